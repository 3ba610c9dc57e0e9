// Above the queue: the view's title, the sort, the search box and, when some
// comments are checked, the bulk actions.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueFilter } from '../../../shared/types';
import { registerSearchField } from '../keyboard/keyboard';
import { keyLabel } from '../keyboard/shortcuts';
import { actions, appStore, useApp } from '../state/app';
import { Icon } from './Icon';
import { LikelyFineBar } from './LikelyFineBar';
import { viewOf } from './Sidebar';

const TITLED = new Set(['pending', 'approved', 'spam', 'trash', 'all', 'flagged', 'unsent', 'failed'] as const);
type Titled = typeof TITLED extends Set<infer T> ? T : never;
const isTitled = (view: string): view is Titled => (TITLED as Set<string>).has(view);

export function QueueHeader() {
  const filter = useApp((s) => s.filter);
  const sites = useApp((s) => s.sites);
  const { t } = useTranslation('queue');
  const { t: tViews } = useTranslation('views');
  const view: string = viewOf(filter);
  const title =
    view === 'unreplied' || view === 'likelyFine' ? tViews(`${view}.title`) : isTitled(view) ? t(`titles.${view}`) : t('titles.other');
  const siteName = filter.siteId !== undefined ? sites.find((s) => s.id === filter.siteId)?.name : undefined;
  return (
    <header className="queue-header">
      <div className="queue-title-row">
        <h1 className="queue-title" title={siteName ? `${title} · ${siteName}` : title}>
          {title}
        </h1>
        <select
          className="sort-select"
          aria-label={t('header.sort')}
          value={filter.sort}
          onChange={(e) => actions.setFilter({ ...filter, sort: e.target.value as QueueFilter['sort'] })}
        >
          <option value="newest">{t('header.newest')}</option>
          <option value="oldest">{t('header.oldest')}</option>
          <option value="spam">{t('header.spamFirst')}</option>
        </select>
      </div>
      <SearchBox applied={filter.search ?? ''} />
      <BulkBar />
      <LikelyFineBar />
    </header>
  );
}

/** Typed text reaches the filter after a short pause. */
function SearchBox({ applied }: { applied: string }) {
  const { t } = useTranslation('queue');
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
        placeholder={t('header.searchPlaceholder')}
        aria-label={t('header.search')}
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
  const { t } = useTranslation('queue');
  if (checked.size === 0) return null;
  const ids = () => [...checked];
  return (
    <div className="bulk-bar" role="toolbar" aria-label={t('header.selection')}>
      <span>{t('header.selected', { count: checked.size })}</span>
      <button type="button" className="button small" title={keyLabel('A')} aria-keyshortcuts="Shift+A" onClick={() => void actions.decide('approve', ids())}>
        {t('header.approve')}
      </button>
      <button type="button" className="button small" title={keyLabel('S')} aria-keyshortcuts="Shift+S" onClick={() => void actions.decide('spam', ids())}>
        {t('header.spam')}
      </button>
      <button type="button" className="button small" title={keyLabel('T')} aria-keyshortcuts="Shift+T" onClick={() => void actions.decide('trash', ids())}>
        {t('header.trash')}
      </button>
      <button type="button" className="link-button small" onClick={actions.clearChecks}>
        {t('header.clear')}
      </button>
    </div>
  );
}
