// Above the queue: the view's title, the sort, the search box and, when some
// comments are checked, the bulk actions.
import { useEffect, useState } from 'react';
import type { QueueFilter } from '../../../shared/types';
import { registerSearchField } from '../keyboard/keyboard';
import { actions, appStore, useApp } from '../state/app';
import { Icon } from './Icon';
import { viewOf } from './Sidebar';

const VIEW_TITLES: Record<string, string> = {
  pending: 'Pending',
  approved: 'Approved',
  spam: 'Spam',
  trash: 'Trash',
  all: 'All comments',
  flagged: 'Flagged',
  unsent: 'Unsent decisions',
  failed: 'Failed to send',
};

export function QueueHeader() {
  const filter = useApp((s) => s.filter);
  const sites = useApp((s) => s.sites);
  const title = VIEW_TITLES[viewOf(filter)] ?? 'Comments';
  const siteName = filter.siteId !== undefined ? sites.find((s) => s.id === filter.siteId)?.name : undefined;
  return (
    <header className="queue-header">
      <div className="queue-title-row">
        <h1 className="queue-title" title={siteName ? `${title} · ${siteName}` : title}>
          {title}
        </h1>
        <select
          className="sort-select"
          aria-label="Sort"
          value={filter.sort}
          onChange={(e) => actions.setFilter({ ...filter, sort: e.target.value as QueueFilter['sort'] })}
        >
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
          <option value="spam">Likely spam first</option>
        </select>
      </div>
      <SearchBox applied={filter.search ?? ''} />
      <BulkBar />
    </header>
  );
}

/** Typed text reaches the filter after a short pause. */
function SearchBox({ applied }: { applied: string }) {
  const [text, setText] = useState(applied);
  useEffect(() => {
    const search = text.trim();
    if (search === applied) return;
    const timer = setTimeout(() => {
      // The filter as it is now: the user may have changed view during the pause.
      const next = { ...appStore.getState().filter };
      if (search) next.search = search;
      else delete next.search;
      actions.setFilter(next);
    }, 200);
    return () => clearTimeout(timer);
  }, [text, applied]);
  return (
    <div className="search-box">
      <Icon name="search" size={14} />
      <input
        ref={registerSearchField}
        type="search"
        placeholder="Search author, email, text…"
        aria-label="Search comments"
        aria-keyshortcuts="/"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setText('');
            e.currentTarget.blur();
          } else if (e.key === 'Enter' || e.key === 'ArrowDown') {
            e.preventDefault();
            e.currentTarget.blur();
          }
        }}
      />
      <kbd className="search-kbd" aria-hidden="true">
        /
      </kbd>
    </div>
  );
}

function BulkBar() {
  const checked = useApp((s) => s.checked);
  if (checked.size === 0) return null;
  const ids = () => [...checked];
  return (
    <div className="bulk-bar" role="toolbar" aria-label="Selected comments">
      <span>{checked.size.toLocaleString()} selected</span>
      <button type="button" className="button small" title="Shift+A" aria-keyshortcuts="Shift+A" onClick={() => void actions.decide('approve', ids())}>
        Approve
      </button>
      <button type="button" className="button small" title="Shift+S" aria-keyshortcuts="Shift+S" onClick={() => void actions.decide('spam', ids())}>
        Spam
      </button>
      <button type="button" className="button small" title="Shift+T" aria-keyshortcuts="Shift+T" onClick={() => void actions.decide('trash', ids())}>
        Trash
      </button>
      <button type="button" className="link-button small" onClick={actions.clearChecks}>
        Clear
      </button>
    </div>
  );
}
