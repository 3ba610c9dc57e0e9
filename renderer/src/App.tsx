// The window: sidebar | queue | comment, a status bar, and the keyboard.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { AppCommand, MenuCommand } from '../../shared/bridge';
import type { AppEvent, AppInfo, CommentSummary, Counts, QueueFilter, Settings, Site, StatusAction, SyncStatus } from '../../shared/types';
import { CommentPane } from './components/CommentPane';
import { Icon } from './components/Icon';
import { Modal } from './components/Modal';
import { QueueList } from './components/QueueList';
import { SettingsDialog } from './components/SettingsDialog';
import { ShortcutHelp } from './components/ShortcutHelp';
import { filterFor, Sidebar, viewOf } from './components/Sidebar';
import { StatusBar, type SyncProgress } from './components/StatusBar';
import { Toast, type ToastMessage } from './components/Toast';
import { DONE_LABEL, plural } from './format/labels';
import { decodeEntities } from './format/entities';
import { commandFor, type Command } from './keyboard/shortcuts';
import { useQueue } from './state/use-queue';
import { api, bridge, errorMessage } from './transport/client';
import { setTheme } from './theme';

/** Where a comment ends up after an action; null when it leaves every list (deleted). */
const RESULT_STATUS: Record<StatusAction, QueueFilter['status'] | null> = {
  approve: 'approved',
  unapprove: 'pending',
  spam: 'spam',
  unspam: 'pending',
  trash: 'trash',
  restore: 'pending',
  delete: null,
};

const MENU_TO_COMMAND: Record<MenuCommand, Command> = {
  approve: 'approve',
  unapprove: 'unapprove',
  spam: 'spam',
  trash: 'trash',
  delete: 'delete',
  reply: 'reply',
  edit: 'edit',
  undo: 'undo',
  next: 'next',
  previous: 'previous',
  search: 'search',
  settings: 'open-settings',
};

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

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [infoError, setInfoError] = useState<string | null>(null);
  const [sites, setSites] = useState<Site[]>([]);
  const [sitesKnown, setSitesKnown] = useState(false);
  const [counts, setCounts] = useState<Counts | null>(null);
  const [syncStatus, setSyncStatus] = useState<SyncStatus | null>(null);
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  const [syncing, setSyncing] = useState(false);
  const [filter, setFilter] = useState<QueueFilter>({ status: 'pending', sort: 'newest' });
  const [searchText, setSearchText] = useState('');
  const [chosenId, setSelectedId] = useState<number | null>(null);
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set());
  const [detailVersion, setDetailVersion] = useState(0);
  const [replyRequest, setReplyRequest] = useState(0);
  const [editRequest, setEditRequest] = useState(0);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [dialog, setDialog] = useState<'help' | 'settings' | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<number[] | null>(null);
  const searchField = useRef<HTMLInputElement>(null);
  const toastSeq = useRef(0);

  const queue = useQueue(filter);

  const say = useCallback((text: string, tone: ToastMessage['tone'] = 'info', undo?: () => void) => {
    const message: ToastMessage = { id: ++toastSeq.current, text, tone };
    if (undo) message.undo = undo;
    setToast(message);
  }, []);
  const dismissToast = useCallback(() => setToast(null), []);

  // ---- data that is not the queue ----------------------------------------
  // Promise callbacks rather than await: state is only ever set when an answer arrives.
  const refreshCounts = useCallback(
    () =>
      api.getCounts({}).then(setCounts, () => {
        // The sidebar simply shows no numbers; the queue pane reports the error.
      }),
    [],
  );
  const refreshSync = useCallback(() => api.getSyncStatus({}).then(setSyncStatus, () => setSyncStatus(null)), []);
  const refreshSites = useCallback(
    () =>
      api.listSites({}).then(
        (list) => {
          setSites(list);
          setSitesKnown(true);
        },
        () => setSites([]),
      ),
    [],
  );
  // With no site at all, the welcome says what to do; a queue error would only be noise.
  const welcome = sitesKnown && sites.length === 0;

  useEffect(() => {
    api
      .getAppInfo({})
      .then(setInfo)
      .catch((err: unknown) => setInfoError(`Moderato’s core is not answering: ${errorMessage(err)}`));
    api
      .getSettings({})
      .then(applyTheme)
      .catch(() => undefined);
    void refreshSites();
    void refreshCounts();
    void refreshSync();
  }, [refreshCounts, refreshSites, refreshSync]);

  const { reload } = queue;
  const refreshAll = useCallback(() => {
    void reload();
    void refreshCounts();
    void refreshSync();
    setDetailVersion((v) => v + 1);
  }, [reload, refreshCounts, refreshSync]);

  // The status bar's "synced 14:05" and offline state age without events; look again now and then.
  useEffect(() => {
    const timer = setInterval(() => void refreshSync(), 30_000);
    return () => clearInterval(timer);
  }, [refreshSync]);

  useEffect(
    () =>
      bridge.onEvent((event: AppEvent) => {
        switch (event.type) {
          case 'queue-changed':
            refreshAll();
            break;
          case 'sync-progress':
            setProgress({ siteId: event.siteId, phase: event.phase, done: event.done, total: event.total });
            break;
          case 'sync-finished':
            setProgress(null);
            void refreshSync();
            void refreshCounts();
            break;
          case 'notice':
            // A site-wide sync failure is already in the status bar (and repeats on every
            // retry while offline); a toast is for news about a comment or good news.
            if (event.level === 'error' && event.commentId === undefined) void refreshSync();
            else say(event.message, event.level === 'error' ? 'error' : 'info');
            break;
        }
      }),
    [refreshAll, refreshCounts, refreshSync, say],
  );

  // ---- search: typed text reaches the filter after a short pause ---------
  const appliedSearch = filter.search ?? '';
  useEffect(() => {
    const search = searchText.trim();
    if (search === appliedSearch) return;
    const timer = setTimeout(() => {
      setFilter((f) => {
        const next = { ...f };
        if (search) next.search = search;
        else delete next.search;
        return next;
      });
      // New results: start again from their first comment, at the top of the list.
      setSelectedId(null);
    }, 200);
    return () => clearTimeout(timer);
  }, [searchText, appliedSearch]);

  // ---- selection follows the list ------------------------------------------
  const items = queue.items;
  // Until the user picks one, the first comment of the list is the selected one.
  const selectedId = chosenId ?? items[0]?.id ?? null;

  // What the keyboard acts on. Key presses can arrive faster than React renders
  // (a a a, or j held down); each handler reads and advances this, so the
  // second press acts on the next comment, never the same one twice.
  // A layout effect, not a passive one: it runs in the same task as the commit,
  // so a key pressed once the list is on screen always finds it here. (Chromium
  // runs input before React's deferred effects when the machine is busy.)
  const live = useRef<{ items: CommentSummary[]; selectedId: number | null }>({ items: [], selectedId: null });
  useLayoutEffect(() => {
    live.current = { items, selectedId };
  }, [items, selectedId]);
  const select = useCallback((id: number | null) => {
    live.current = { ...live.current, selectedId: id };
    setSelectedId(id);
  }, []);

  const changeFilter = useCallback((next: QueueFilter) => {
    setFilter(next);
    setSelectedId(null);
    setChecked(new Set());
  }, []);

  const { loadMore, removeLocally } = queue;
  const move = useCallback(
    (delta: number) => {
      const { items: shown, selectedId: at } = live.current;
      if (shown.length === 0) return;
      const index = shown.findIndex((c) => c.id === at);
      const nextIndex = index < 0 ? 0 : Math.max(0, Math.min(shown.length - 1, index + delta));
      select(shown[nextIndex]?.id ?? null);
      if (nextIndex >= shown.length - 5) loadMore();
    },
    [select, loadMore],
  );

  // ---- actions -------------------------------------------------------------
  const undoActions = useCallback(
    async (actionIds: number[]) => {
      try {
        let last: string | null = null;
        // Newest first, so a chain of changes on one comment unwinds in order.
        for (const actionId of [...actionIds].reverse()) last = (await api.undo({ actionId })).undone ?? last;
        say(last ? `Undone: ${last}` : 'Undone');
      } catch (err) {
        say(`Couldn’t undo: ${errorMessage(err)}`, 'error');
      }
      refreshAll();
    },
    [refreshAll, say],
  );

  const act = useCallback(
    async (kind: StatusAction, ids: number[]) => {
      if (ids.length === 0) return;
      const acted = new Set(ids);
      const target = RESULT_STATUS[kind];
      const leaves = filter.status !== 'all' ? target !== filter.status : target === null;
      const { items: shown, selectedId: current } = live.current;
      const subjects = shown.filter((c) => acted.has(c.id));
      if (leaves && current !== null && acted.has(current)) {
        // Select the next comment that stays, as WordPress does.
        const at = shown.findIndex((c) => c.id === current);
        const after = shown.slice(at + 1).find((c) => !acted.has(c.id));
        const before = shown.slice(0, at).reverse().find((c) => !acted.has(c.id));
        select((after ?? before)?.id ?? null);
      }
      if (leaves) {
        live.current = { ...live.current, items: live.current.items.filter((c) => !acted.has(c.id)) };
        removeLocally(acted);
      }
      setChecked((old) => (old.size ? new Set([...old].filter((id) => !acted.has(id))) : old));
      try {
        const { actionIds } = await api.act({ ids, kind });
        const who = subjects.length === 1 ? ` by ${decodeEntities(subjects[0]?.authorName ?? '') || 'anonymous'}` : '';
        const what = ids.length === 1 ? `comment${who}` : plural(ids.length, 'comment');
        const undo = kind === 'delete' ? undefined : () => void undoActions(actionIds);
        say(`${DONE_LABEL[kind]} ${what}`, 'info', undo);
      } catch (err) {
        say(`Couldn’t ${kind} ${ids.length === 1 ? 'the comment' : 'the comments'}: ${errorMessage(err)}`, 'error');
      }
      refreshAll();
    },
    [filter.status, select, removeLocally, refreshAll, say, undoActions],
  );

  const undoLast = useCallback(async () => {
    try {
      const { undone } = await api.undo({});
      say(undone ? `Undone: ${undone}` : 'Nothing to undo');
    } catch (err) {
      say(`Couldn’t undo: ${errorMessage(err)}`, 'error');
    }
    refreshAll();
  }, [refreshAll, say]);

  const reply = useCallback(
    async (id: number, text: string, approve: boolean) => {
      try {
        await api.reply({ id, text, approve });
        say(approve ? 'Approved and replied' : 'Reply saved — it goes out with the next sync');
        refreshAll();
        return true;
      } catch (err) {
        say(`Couldn’t reply: ${errorMessage(err)}`, 'error');
        return false;
      }
    },
    [refreshAll, say],
  );

  const edit = useCallback(
    async (id: number, text: string) => {
      try {
        await api.edit({ id, text });
        say('Edit saved');
        refreshAll();
        return true;
      } catch (err) {
        say(`Couldn’t save the edit: ${errorMessage(err)}`, 'error');
        return false;
      }
    },
    [refreshAll, say],
  );

  const syncNow = useCallback(async () => {
    setSyncing(true);
    try {
      const runs = await api.syncNow({});
      const failed = runs.find((r) => r.error);
      if (failed?.error) say(`Sync: ${failed.error}`, 'error');
    } catch (err) {
      say(`Couldn’t sync: ${errorMessage(err)}`, 'error');
    } finally {
      setSyncing(false);
      setProgress(null);
      void refreshSync();
      refreshAll();
    }
  }, [refreshAll, refreshSync, say]);

  // ---- keyboard ------------------------------------------------------------
  const selection = useMemo(() => [...checked], [checked]);
  const run = useCallback(
    (command: Command) => {
      const currentId = live.current.selectedId;
      const current = currentId === null ? [] : [currentId];
      switch (command) {
        case 'next':
          return move(1);
        case 'previous':
          return move(-1);
        case 'approve':
          return void act('approve', current);
        case 'unapprove':
          return void act('unapprove', current);
        case 'spam':
          return void act('spam', current);
        case 'trash':
          return void act('trash', current);
        case 'delete':
          return setConfirmDelete(selection.length ? selection : current);
        case 'bulk-approve':
          return void act('approve', selection);
        case 'bulk-unapprove':
          return void act('unapprove', selection);
        case 'bulk-spam':
          return void act('spam', selection);
        case 'bulk-trash':
          return void act('trash', selection);
        case 'reply':
          return setReplyRequest((n) => n + 1);
        case 'edit':
          return setEditRequest((n) => n + 1);
        case 'undo':
          return void undoLast();
        case 'toggle-check':
          if (currentId === null) return;
          return setChecked((old) => {
            const next = new Set(old);
            if (!next.delete(currentId)) next.add(currentId);
            return next;
          });
        case 'check-all':
          return setChecked(new Set(items.map((c) => c.id)));
        case 'clear-checks':
          return setChecked(new Set());
        case 'search':
          searchField.current?.focus();
          searchField.current?.select();
          return;
        case 'help':
          return setDialog('help');
        case 'sync':
          return void syncNow();
        case 'open-settings':
          return setDialog('settings');
      }
    },
    [act, items, move, selection, syncNow, undoLast],
  );

  // The Electron menu and notification clicks arrive as commands; the web host has none.
  useEffect(
    () =>
      bridge.onCommand?.((command: AppCommand) => {
        if (command.type === 'focus-comment') select(command.commentId);
        else run(MENU_TO_COMMAND[command.command]);
      }),
    [run, select],
  );

  // One listener for the app's life, reading the latest handler from a ref set in
  // the commit: re-adding the listener in a passive effect left a gap after each
  // render where a key met the previous screen's handler (closed dialog, old list).
  const keys = useRef<{ run: typeof run; blocked: boolean }>({ run, blocked: false });
  useLayoutEffect(() => {
    keys.current = { run, blocked: dialog !== null || confirmDelete !== null };
  }, [run, dialog, confirmDelete]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (keys.current.blocked) return;
      const command = commandFor(event);
      if (command === null) return;
      event.preventDefault();
      keys.current.run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // ---- layout --------------------------------------------------------------
  const view = viewOf(filter);
  const title = VIEW_TITLES[view] ?? 'Comments';
  const siteName = filter.siteId !== undefined ? sites.find((s) => s.id === filter.siteId)?.name : undefined;
  const empty = welcome ? (
    <div className="welcome">
      <Icon name="site" size={36} />
      <h2>Connect your first site</h2>
      <p>Moderato brings the comments waiting on your WordPress sites here, so you can go through them with the keyboard — online or not.</p>
      <button type="button" className="button primary" onClick={() => setDialog('settings')}>
        Add a site
      </button>
    </div>
  ) : queue.error ? null : filter.search ? (
    <p>No comment matches “{filter.search}”.</p>
  ) : view === 'pending' ? (
    <div className="welcome">
      <Icon name="approved" size={36} />
      <h2>All caught up</h2>
      <p>Nothing is waiting for you.</p>
    </div>
  ) : (
    <p>Nothing here.</p>
  );

  return (
    <div className="app">
      <Sidebar sites={sites} counts={counts} filter={filter} onFilter={changeFilter} onOpenSettings={() => setDialog('settings')} />
      <main className="queue-pane" aria-label="Queue">
        <header className="queue-header">
          <div className="queue-title-row">
            <h1 className="queue-title" title={siteName ? `${title} · ${siteName}` : title}>
              {title}
            </h1>
            <select
              className="sort-select"
              aria-label="Sort"
              value={filter.sort}
              onChange={(e) => changeFilter({ ...filter, sort: e.target.value as QueueFilter['sort'] })}
            >
              <option value="newest">Newest first</option>
              <option value="oldest">Oldest first</option>
              <option value="spam">Likely spam first</option>
            </select>
          </div>
          <div className="search-box">
            <Icon name="search" size={14} />
            <input
              ref={searchField}
              type="search"
              placeholder="Search author, email, text…"
              aria-label="Search comments"
              aria-keyshortcuts="/"
              value={searchText}
              onChange={(e) => setSearchText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  setSearchText('');
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
          {checked.size > 0 && (
            <div className="bulk-bar" role="toolbar" aria-label="Selected comments">
              <span>{checked.size.toLocaleString()} selected</span>
              <button type="button" className="button small" title="Shift+A" aria-keyshortcuts="Shift+A" onClick={() => void act('approve', selection)}>
                Approve
              </button>
              <button type="button" className="button small" title="Shift+S" aria-keyshortcuts="Shift+S" onClick={() => void act('spam', selection)}>
                Spam
              </button>
              <button type="button" className="button small" title="Shift+T" aria-keyshortcuts="Shift+T" onClick={() => void act('trash', selection)}>
                Trash
              </button>
              <button type="button" className="link-button small" onClick={() => setChecked(new Set())}>
                Clear
              </button>
            </div>
          )}
        </header>
        {queue.error && !welcome && (
          <div className="error-banner" role="alert">
            Couldn’t load the queue: {queue.error}{' '}
            <button type="button" className="link-button" onClick={() => void queue.reload()}>
              Try again
            </button>
          </div>
        )}
        <QueueList
          items={items}
          selectedId={selectedId}
          checked={checked}
          hasMore={queue.hasMore}
          loading={queue.loading}
          showStatus={filter.status === 'all'}
          showSite={sites.length > 1 && filter.siteId === undefined}
          empty={empty}
          onSelect={select}
          onToggleCheck={(id) =>
            setChecked((old) => {
              const next = new Set(old);
              if (!next.delete(id)) next.add(id);
              return next;
            })
          }
          onLoadMore={queue.loadMore}
        />
      </main>
      <CommentPane
        key={selectedId ?? 'none'}
        id={selectedId}
        version={detailVersion}
        replyRequest={replyRequest}
        editRequest={editRequest}
        onAction={(kind, ids) => (kind === 'delete' ? setConfirmDelete(ids) : void act(kind, ids))}
        onReply={reply}
        onEdit={edit}
        onSelect={select}
      />
      <StatusBar
        info={info}
        infoError={infoError}
        status={syncStatus}
        counts={counts}
        sites={sites}
        progress={progress}
        syncing={syncing}
        onSync={() => void syncNow()}
        onShowUnsent={() => changeFilter(filterFor('unsent', filter))}
      />
      <Toast toast={toast} onDismiss={dismissToast} />
      {dialog === 'help' && <ShortcutHelp onClose={() => setDialog(null)} />}
      {dialog === 'settings' && (
        <SettingsDialog
          info={info}
          onClose={() => setDialog(null)}
          onSitesChanged={() => {
            void refreshSites();
            refreshAll();
          }}
          onSettings={applyTheme}
        />
      )}
      {confirmDelete !== null && (
        <Modal
          title="Delete permanently?"
          onClose={() => setConfirmDelete(null)}
          footer={
            <>
              <button type="button" className="button" onClick={() => setConfirmDelete(null)}>
                Cancel
              </button>
              <button
                type="button"
                className="button destructive"
                autoFocus
                onClick={() => {
                  const ids = confirmDelete;
                  setConfirmDelete(null);
                  void act('delete', ids);
                }}
              >
                Delete {plural(confirmDelete.length, 'comment')}
              </button>
            </>
          }
        >
          <p>
            {confirmDelete.length === 1 ? 'This comment is' : 'These comments are'} removed from the site for good once
            sent. Trash (<kbd>d</kbd>) keeps them recoverable.
          </p>
        </Modal>
      )}
    </div>
  );
}

function applyTheme(settings: Settings): void {
  setTheme(settings.theme);
}
