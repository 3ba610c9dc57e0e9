// The window's layout: sidebar | queue | comment, a status bar, a toast and the
// dialogs. The state lives in the store (state/app-store.ts); each part reads
// its own slice, and the keyboard calls the store's actions (keyboard/keyboard.ts).
import { lazy, Suspense, useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { CommentPane } from './components/CommentPane';
import { Icon } from './components/Icon';
import { Modal } from './components/Modal';
import { QueueHeader } from './components/QueueHeader';
import { QueueList } from './components/QueueList';
import { filterFor, Sidebar, viewOf } from './components/Sidebar';
import { StatusBar } from './components/StatusBar';
import { Toast } from './components/Toast';
import { actions, useApp } from './state/app';
import { selectedIdOf } from './state/app-store';
import { applyPreferences } from './preferences';

// Not needed for the first screen: loaded when first opened.
const SettingsDialog = lazy(() => import('./components/SettingsDialog').then((m) => ({ default: m.SettingsDialog })));
const ShortcutHelp = lazy(() => import('./components/ShortcutHelp').then((m) => ({ default: m.ShortcutHelp })));

export function App() {
  const { t } = useTranslation(['queue', 'common']);
  return (
    <div className="app">
      <SidebarPane />
      <main className="queue-pane" aria-label={t('region')}>
        <QueueHeader />
        <QueueError />
        <QueuePane />
      </main>
      <DetailPane />
      <StatusPane />
      <ToastPane />
      <Dialogs />
    </div>
  );
}

function SidebarPane() {
  const sites = useApp((s) => s.sites);
  const counts = useApp((s) => s.counts);
  const filter = useApp((s) => s.filter);
  return <Sidebar sites={sites} counts={counts} filter={filter} onFilter={actions.setFilter} onOpenSettings={() => actions.openDialog('settings')} />;
}

/** With no site at all, the welcome says what to do; a queue error would only be noise. */
const useWelcome = () => useApp((s) => s.sitesKnown && s.sites.length === 0);

function QueueError() {
  const error = useApp((s) => s.queue.error);
  const welcome = useWelcome();
  const { t } = useTranslation(['queue', 'common']);
  if (!error || welcome) return null;
  return (
    <div className="error-banner" role="alert">
      {t('loadError', { reason: error })}{' '}
      <button type="button" className="link-button" onClick={actions.refresh}>
        {t('common:tryAgain')}
      </button>
    </div>
  );
}

function QueuePane() {
  const queue = useApp((s) => s.queue);
  const selectedId = useApp(selectedIdOf);
  const checked = useApp((s) => s.checked);
  const filter = useApp((s) => s.filter);
  const manySites = useApp((s) => s.sites.length > 1);
  const welcome = useWelcome();
  const { t } = useTranslation(['queue', 'common']);
  const { t: tViews } = useTranslation('views');
  const view = viewOf(filter);
  const empty = welcome ? (
    <div className="welcome">
      <Icon name="site" size={36} />
      <h2>{t('empty.welcomeTitle')}</h2>
      <p>{t('empty.welcomeBody')}</p>
      <button type="button" className="button primary" onClick={() => actions.openDialog('settings')}>
        {t('empty.addSite')}
      </button>
    </div>
  ) : queue.error ? null : filter.search ? (
    <p>{t('empty.noMatch', { search: filter.search })}</p>
  ) : view === 'unreplied' || view === 'likelyFine' ? (
    <p>{tViews(`${view}.empty`)}</p>
  ) : view === 'pending' ? (
    <div className="welcome">
      <Icon name="approved" size={36} />
      <h2>{t('empty.caughtUpTitle')}</h2>
      <p>{t('empty.caughtUpBody')}</p>
    </div>
  ) : (
    <p>{t('empty.nothing')}</p>
  );
  return (
    <QueueList
      items={queue.items}
      selectedId={selectedId}
      checked={checked}
      hasMore={queue.next !== null}
      loading={!queue.loaded && queue.error === null}
      showStatus={filter.status === 'all'}
      showSite={manySites && filter.siteId === undefined}
      empty={empty}
      onSelect={actions.select}
      onToggleCheck={actions.toggleCheck}
      onLoadMore={actions.loadMore}
    />
  );
}

function DetailPane() {
  const selectedId = useApp(selectedIdOf);
  // The window's first render draws the queue, and the comment follows a frame later: on a cold
  // load the pane (flags, history, reply box) is a good part of the first render (~80 ms here).
  const [opened, setOpened] = useState(false);
  useEffect(() => setOpened(true), []);
  if (!opened) return <section className="detail" aria-busy="true" />;
  return <CommentPane id={selectedId} />;
}

function StatusPane() {
  const info = useApp((s) => s.info);
  const infoError = useApp((s) => s.infoError);
  const sync = useApp((s) => s.sync);
  const counts = useApp((s) => s.counts);
  const sites = useApp((s) => s.sites);
  const progress = useApp((s) => s.progress);
  const syncing = useApp((s) => s.syncing);
  const filter = useApp((s) => s.filter);
  return (
    <StatusBar
      info={info}
      infoError={infoError}
      status={sync}
      counts={counts}
      sites={sites}
      progress={progress}
      syncing={syncing}
      onSync={() => void actions.syncNow()}
      onShowUnsent={() => actions.setFilter(filterFor('unsent', filter))}
    />
  );
}

function ToastPane() {
  const toast = useApp((s) => s.toast);
  return <Toast toast={toast} onDismiss={actions.dismissToast} />;
}

function Dialogs() {
  const dialog = useApp((s) => s.dialog);
  const info = useApp((s) => s.info);
  const confirmDelete = useApp((s) => s.confirmDelete);
  const { t } = useTranslation();
  const close = () => actions.openDialog(null);
  return (
    <>
      <Suspense fallback={null}>
        {dialog === 'help' && <ShortcutHelp onClose={close} />}
        {dialog === 'settings' && (
          <SettingsDialog
            info={info}
            onClose={close}
            onSitesChanged={() => {
              void actions.refreshSites();
              actions.refresh();
            }}
            onSettings={applyPreferences}
          />
        )}
      </Suspense>
      {confirmDelete !== null && (
        <Modal
          title={t('deleteDialog.title')}
          onClose={() => actions.askDelete(null)}
          footer={
            <>
              <button type="button" className="button" onClick={() => actions.askDelete(null)}>
                {t('cancel')}
              </button>
              <button
                type="button"
                className="button destructive"
                autoFocus
                onClick={() => {
                  actions.askDelete(null);
                  void actions.decide('delete', confirmDelete);
                }}
              >
                {t('deleteDialog.confirm', { count: confirmDelete.length })}
              </button>
            </>
          }
        >
          <p>
            <Trans t={t} i18nKey="deleteDialog.body" count={confirmDelete.length} components={{ kbd: <kbd /> }} />
          </p>
        </Modal>
      )}
    </>
  );
}
