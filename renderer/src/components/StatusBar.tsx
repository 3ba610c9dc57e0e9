// The bottom line: is everything sent, and if not, why. Plus "Sync now".
import type { AppInfo, Counts, Site, SyncStatus } from '../../../shared/types';
import { plural } from '../format/labels';
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
  const unsent = counts?.total.unsent ?? 0;
  const failed = counts?.total.failed ?? 0;
  const siteName = (id: number) => sites.find((s) => s.id === id)?.name ?? 'a site';

  let state: { tone: 'ok' | 'busy' | 'warning' | 'error'; text: string };
  if (progress) {
    const of = progress.total !== null ? ` ${progress.done}/${progress.total}` : progress.done ? ` ${progress.done}` : '';
    state = { tone: 'busy', text: `${progress.phase === 'pull' ? 'Fetching from' : 'Sending to'} ${siteName(progress.siteId)}…${of}` };
  } else if (syncing || status?.sites.some((s) => s.state === 'syncing')) {
    state = { tone: 'busy', text: 'Syncing…' };
  } else if (status && !status.online) {
    state = { tone: 'warning', text: 'Offline — decisions are kept and sent when you are back online' };
  } else {
    const problem = status?.sites.find((s) => s.state === 'paused' || s.state === 'error');
    const unreachable = status?.sites.filter((s) => s.state === 'offline') ?? [];
    if (problem) {
      state = { tone: 'error', text: `${siteName(problem.siteId)}: ${problem.message ?? 'sync stopped'}` };
    } else if (unreachable.length > 0) {
      const names = unreachable.length === 1 ? siteName(unreachable[0]!.siteId) : `${unreachable.length} sites`;
      state = { tone: 'warning', text: `Can’t reach ${names} — decisions are kept and sent when it answers again` };
    } else if (unsent > 0) {
      // Nothing is wrong that we know of, but not everything is on the site yet.
      state = { tone: 'warning', text: 'Decisions waiting to be sent — they go out with the next sync' };
    } else if (status && status.sites.length === 0) {
      state = { tone: 'ok', text: 'No site connected' };
    } else {
      const last = status?.sites
        .map((s) => s.lastRun?.finishedAt)
        .filter((d): d is string => !!d)
        .sort()
        .pop();
      state = { tone: 'ok', text: last ? `Up to date · synced ${new Date(last).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}` : 'Not synced yet' };
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
          {plural(unsent, 'unsent decision')}
          {status && !status.online ? ' (offline)' : ''}
        </button>
      )}
      {failed > 0 && (
        <span className="status-chip danger" data-testid="failed-count">
          <Icon name="failed" size={13} />
          {plural(failed, 'failed')}
        </span>
      )}
      <button type="button" className="button small" onClick={onSync} disabled={syncing} aria-keyshortcuts="g">
        <Icon name="sync" size={13} /> Sync now
      </button>
      <span className="status-spacer" />
      <span className="app-info" data-testid="app-info" title={info ? `Database: ${info.dbPath}` : undefined}>
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
