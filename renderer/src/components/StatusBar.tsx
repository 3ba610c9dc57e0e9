// The bottom line: is everything sent, and if not, why. Plus "Sync now".
import { useTranslation } from 'react-i18next';
import type { AppInfo, Counts, Site, SyncStatus } from '../../../shared/types';
import { timeOfDay, formatNumber } from '../format/dates';
import { messageText } from '../i18n/messages';
import type { SyncProgress } from '../state/app-store';
import { Icon } from './Icon';

interface Props {
  info: AppInfo | null;
  infoError: string | null;
  status: SyncStatus | null;
  counts: Counts | null;
  sites: Site[];
  progress: SyncProgress | null;
  syncing: boolean;
  onSync(): void;
  onShowUnsent(): void;
}

export function StatusBar({ info, infoError, status, counts, sites, progress, syncing, onSync, onShowUnsent }: Props) {
  const { t } = useTranslation('queue');
  const unsent = counts?.total.unsent ?? 0;
  const failed = counts?.total.failed ?? 0;
  const siteName = (id: number) => sites.find((s) => s.id === id)?.name ?? t('status.aSite');

  let state: { tone: 'ok' | 'busy' | 'warning' | 'error'; text: string };
  if (progress) {
    const of =
      progress.total !== null
        ? ` ${t('status.progress', { done: progress.done, total: progress.total })}`
        : progress.done
          ? ` ${formatNumber(progress.done)}`
          : '';
    const doing = progress.phase === 'pull' ? t('status.fetching', { site: siteName(progress.siteId) }) : t('status.sending', { site: siteName(progress.siteId) });
    state = { tone: 'busy', text: `${doing}${of}` };
  } else if (syncing || status?.sites.some((s) => s.state === 'syncing')) {
    state = { tone: 'busy', text: t('status.syncing') };
  } else if (status && !status.online) {
    state = { tone: 'warning', text: t('status.offline') };
  } else {
    const problem = status?.sites.find((s) => s.state === 'paused' || s.state === 'error');
    const unreachable = status?.sites.filter((s) => s.state === 'offline') ?? [];
    if (problem) {
      state = { tone: 'error', text: t('status.problem', { site: siteName(problem.siteId), message: problem.message === null ? t('status.stopped') : messageText({ message: problem.message, code: problem.code, params: problem.params }) }) };
    } else if (unreachable.length > 0) {
      const names = unreachable.length === 1 ? siteName(unreachable[0]!.siteId) : t('status.sitesCount', { count: unreachable.length });
      state = { tone: 'warning', text: t('status.unreachable', { names }) };
    } else if (unsent > 0) {
      // Nothing is wrong that we know of, but not everything is on the site yet.
      state = { tone: 'warning', text: t('status.waiting') };
    } else if (status && status.sites.length === 0) {
      state = { tone: 'ok', text: t('status.noSite') };
    } else {
      const last = status?.sites
        .map((s) => s.lastRun?.finishedAt)
        .filter((d): d is string => !!d)
        .sort()
        .pop();
      state = { tone: 'ok', text: last ? t('status.upToDate', { time: timeOfDay(last) }) : t('status.neverSynced') };
    }
  }

  return (
    <footer className="status-bar" role="contentinfo">
      <span className={`status-state ${state.tone}`} role="status" aria-live="polite" data-testid="sync-state">
        {state.tone === 'busy' ? <span className="spinner small" aria-hidden="true" /> : <span className="status-dot" aria-hidden="true" />}
        {state.text}
      </span>
      {unsent > 0 && (
        <button type="button" className="status-chip" onClick={onShowUnsent} data-testid="unsent-count">
          <Icon name="unsent" size={13} />
          {t('status.unsent', { count: unsent })}
          {status && !status.online ? t('status.offlineSuffix') : ''}
        </button>
      )}
      {failed > 0 && (
        <span className="status-chip danger" data-testid="failed-count">
          <Icon name="failed" size={13} />
          {t('status.failed', { count: failed })}
        </span>
      )}
      <button type="button" className="button small" onClick={onSync} disabled={syncing} aria-keyshortcuts="g">
        <Icon name="sync" size={13} /> {t('status.syncNow')}
      </button>
      <span className="status-spacer" />
      <span className="app-info" data-testid="app-info" title={info ? t('status.database', { path: info.dbPath }) : undefined}>
        {info ? (
          <>
            Moderato {info.version} · <span className="db-path">{info.dbPath}</span>
          </>
        ) : (
          infoError ?? ''
        )}
      </span>
    </footer>
  );
}
