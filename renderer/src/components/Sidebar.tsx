import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format/dates';
import { i18n } from '../i18n';
import { Icon, type IconName } from './Icon';
import type { Counts, FilterCounts, QueueFilter, Site, StatusFilter } from '../../../shared/types';

type ViewKey = StatusFilter | 'flagged' | 'unsent' | 'failed' | 'unreplied' | 'likelyFine';

interface View {
  key: ViewKey;
  label: string;
  icon: IconName;
}
const VIEWS: View[] = [
  {
    key: 'pending',
    get label() {
      return i18n.t('queue:views.pending');
    },
    icon: 'pending',
  },
  {
    key: 'approved',
    get label() {
      return i18n.t('queue:views.approved');
    },
    icon: 'approved',
  },
  {
    key: 'spam',
    get label() {
      return i18n.t('queue:views.spam');
    },
    icon: 'spam',
  },
  {
    key: 'trash',
    get label() {
      return i18n.t('queue:views.trash');
    },
    icon: 'trash',
  },
  {
    key: 'all',
    get label() {
      return i18n.t('queue:views.all');
    },
    icon: 'all',
  },
];
const EXTRA_VIEWS: View[] = [
  {
    key: 'likelyFine',
    get label() {
      return i18n.t('views:likelyFine.label');
    },
    icon: 'likely-fine',
  },
  {
    key: 'unreplied',
    get label() {
      return i18n.t('views:unreplied.label');
    },
    icon: 'unreplied',
  },
  {
    key: 'flagged',
    get label() {
      return i18n.t('queue:views.flagged');
    },
    icon: 'flagged',
  },
  {
    key: 'unsent',
    get label() {
      return i18n.t('queue:views.unsent');
    },
    icon: 'unsent',
  },
  {
    key: 'failed',
    get label() {
      return i18n.t('queue:views.failed');
    },
    icon: 'failed',
  },
];

export function viewOf(filter: QueueFilter): ViewKey {
  if (filter.unreplied) return 'unreplied';
  if (filter.likelyFine) return 'likelyFine';
  if (filter.failed) return 'failed';
  if (filter.unsent) return 'unsent';
  if (filter.flagged) return 'flagged';
  return filter.status;
}

/** The filter for a sidebar entry, keeping the site, sort and search. */
export function filterFor(view: ViewKey, current: QueueFilter): QueueFilter {
  const base: Omit<QueueFilter, 'status'> = { sort: current.sort };
  if (current.siteId !== undefined) base.siteId = current.siteId;
  if (current.search) base.search = current.search;
  switch (view) {
    case 'flagged':
      return { ...base, status: 'pending', flagged: true };
    case 'unsent':
      return { ...base, status: 'all', unsent: true };
    case 'failed':
      return { ...base, status: 'all', failed: true };
    case 'unreplied':
      return { ...base, status: 'approved', unreplied: true };
    case 'likelyFine':
      return { ...base, status: 'pending', likelyFine: true };
    default:
      return { ...base, status: view };
  }
}

interface Props {
  sites: Site[];
  counts: Counts | null;
  filter: QueueFilter;
  onFilter(filter: QueueFilter): void;
  onOpenSettings(): void;
}

export function Sidebar({ sites, counts, filter, onFilter, onOpenSettings }: Props) {
  // Re-renders the labels (getters reading i18n) when the language changes.
  const { t } = useTranslation('queue');
  const current = viewOf(filter);
  const scoped: FilterCounts | undefined =
    filter.siteId === undefined ? counts?.total : counts?.bySite[filter.siteId];

  const entry = (view: View) => {
    const count = scoped?.[view.key];
    const active = current === view.key;
    return (
      <li key={view.key}>
        <button
          type="button"
          className={`nav-item${active ? ' active' : ''}${view.key === 'failed' && count ? ' attention' : ''}`}
          aria-current={active ? 'page' : undefined}
          onClick={() => onFilter(filterFor(view.key, filter))}
          data-view={view.key}
        >
          <Icon name={view.icon} className="nav-icon" />
          <span className="nav-label">{view.label}</span>
          {count !== undefined && count > 0 && (
            <>
              <span className="nav-count" aria-hidden="true">
                {formatNumber(count)}
              </span>
              <span className="visually-hidden">{t('sidebar.count', { count })}</span>
            </>
          )}
        </button>
      </li>
    );
  };

  const site = (id: number | undefined, name: string, title: string) => {
    const active = filter.siteId === id;
    const pending = id === undefined ? counts?.total.pending : counts?.bySite[id]?.pending;
    return (
      <li key={id ?? 'all'}>
        <button
          type="button"
          className={`nav-item site${active ? ' active' : ''}`}
          aria-current={active ? 'true' : undefined}
          title={title}
          onClick={() => {
            const next: QueueFilter = { ...filter };
            if (id === undefined) delete next.siteId;
            else next.siteId = id;
            onFilter(next);
          }}
        >
          <span className="site-dot" aria-hidden="true" data-site={id ?? 0} />
          <span className="nav-label">{name}</span>
          {pending ? (
            <>
              <span className="nav-count subtle" aria-hidden="true">
                {formatNumber(pending)}
              </span>
              <span className="visually-hidden">{t('sidebar.pendingCount', { count: pending })}</span>
            </>
          ) : null}
        </button>
      </li>
    );
  };

  return (
    <nav className="sidebar" aria-label={t('sidebar.label')}>
      <div className="sidebar-brand">
        <span className="brand-mark" aria-hidden="true">
          M
        </span>
        <span className="brand-name">Moderato</span>
      </div>
      <h2 className="nav-heading" id="nav-queue">
        {t('sidebar.queue')}
      </h2>
      <ul className="nav-list" aria-labelledby="nav-queue">
        {VIEWS.map(entry)}
      </ul>
      <ul className="nav-list" aria-label={t('sidebar.moreFilters')}>
        {EXTRA_VIEWS.map(entry)}
      </ul>
      <h2 className="nav-heading" id="nav-sites">
        {t('sidebar.sites')}
      </h2>
      <ul className="nav-list" aria-labelledby="nav-sites">
        {site(undefined, t('sidebar.allSites'), t('sidebar.everySite'))}
        {sites.map((s) => site(s.id, s.name || s.baseUrl, s.baseUrl))}
      </ul>
      {sites.length === 0 && (
        <p className="sidebar-empty">
          {t('sidebar.noSite')}{' '}
          <button type="button" className="link-button" onClick={onOpenSettings}>
            {t('sidebar.addOne')}
          </button>
        </p>
      )}
      <div className="sidebar-footer">
        <button type="button" className="nav-item" onClick={onOpenSettings} aria-keyshortcuts=",">
          <Icon name="settings" className="nav-icon" />
          <span className="nav-label">{t('sidebar.settings')}</span>
        </button>
      </div>
    </nav>
  );
}
