// Settings: sites (add, test, remove), word lists with a live check, theme,
// the spam model per site, and what this copy of Moderato is.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveLanguage } from '../../../shared/i18n/language';
import type { AppInfo, FlagResult, Settings, Site, WordLists } from '../../../shared/types';
import { i18n } from '../i18n';
import { flagText } from '../i18n/flags';
import { api, errorMessage } from '../transport/client';
import { HighlightedText } from './HighlightedText';
import { Modal } from './Modal';
import { RepliesTab } from './SavedRepliesSettings';

type Tab = 'sites' | 'words' | 'replies' | 'appearance' | 'model' | 'about';
const TABS: { key: Tab; label: string }[] = [
  {
    key: 'sites',
    get label() {
      return i18n.t('settings:tabs.sites');
    },
  },
  {
    key: 'words',
    get label() {
      return i18n.t('settings:tabs.words');
    },
  },
  {
    key: 'replies',
    get label() {
      return i18n.t('views:savedReplies.tab');
    },
  },
  {
    key: 'appearance',
    get label() {
      return i18n.t('settings:tabs.appearance');
    },
  },
  {
    key: 'model',
    get label() {
      return i18n.t('settings:tabs.model');
    },
  },
  {
    key: 'about',
    get label() {
      return i18n.t('settings:tabs.about');
    },
  },
];

interface Props {
  info: AppInfo | null;
  onClose(): void;
  onSitesChanged(): void;
  onSettings(settings: Settings): void;
}

export function SettingsDialog({ info, onClose, onSitesChanged, onSettings }: Props) {
  const [tab, setTab] = useState<Tab>('sites');
  const { t } = useTranslation('settings');
  return (
    <Modal title={t('title')} onClose={onClose} className="settings">
      <div className="settings-layout">
        <div className="tab-list" role="tablist" aria-orientation="vertical" aria-label={t('sections')}>
          {TABS.map((t) => (
            <button
              key={t.key}
              type="button"
              role="tab"
              id={`tab-${t.key}`}
              aria-selected={tab === t.key}
              aria-controls={`panel-${t.key}`}
              className={`tab${tab === t.key ? ' active' : ''}`}
              onClick={() => setTab(t.key)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <div className="tab-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {tab === 'sites' && <SitesTab onChanged={onSitesChanged} />}
          {tab === 'words' && <WordsTab />}
          {tab === 'replies' && <RepliesTab />}
          {tab === 'appearance' && <AppearanceTab info={info} onSettings={onSettings} />}
          {tab === 'model' && <ModelTab />}
          {tab === 'about' && <AboutTab info={info} />}
        </div>
      </div>
    </Modal>
  );
}

// Module-level loaders, so useLoad's effect depends on stable functions.
const loadSites = () => api.listSites({});
const loadWordLists = () => api.getWordLists({});
const loadSettings = () => api.getSettings({});
const loadModels = () => api.getModelStatus({});

/** Loads once on mount and again on reload(); `load` must be a stable function. */
function useLoad<T>(load: () => Promise<T>): { data: T | null; error: string | null; reload(): void; set(v: T): void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let current = true;
    load()
      .then((v) => current && (setData(v), setError(null)))
      .catch((err: unknown) => current && setError(errorMessage(err)));
    return () => {
      current = false;
    };
  }, [load, tick]);
  return { data, error, reload: () => setTick((t) => t + 1), set: setData };
}

function SitesTab({ onChanged }: { onChanged(): void }) {
  const { t } = useTranslation(['settings', 'common']);
  const sites = useLoad(loadSites);
  const [form, setForm] = useState({ url: '', user: '', password: '' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [siteMessages, setSiteMessages] = useState<Record<number, { tone: 'ok' | 'error'; text: string }>>({});

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const site = await api.addSite(form);
      setMessage({ tone: 'ok', text: t('sites.connected', { site: site.name || site.baseUrl }) });
      setForm({ url: '', user: '', password: '' });
      sites.reload();
      onChanged();
    } catch (err) {
      setMessage({ tone: 'error', text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };
  const test = async (site: Site) => {
    setSiteMessages((m) => ({ ...m, [site.id]: { tone: 'ok', text: t('sites.checking') } }));
    try {
      const result = await api.testSite({ siteId: site.id });
      setSiteMessages((m) => ({ ...m, [site.id]: { tone: 'ok', text: t('sites.works', { user: result.user }) } }));
    } catch (err) {
      setSiteMessages((m) => ({ ...m, [site.id]: { tone: 'error', text: errorMessage(err) } }));
    }
  };
  const [passwordFor, setPasswordFor] = useState<{ siteId: number; password: string } | null>(null);
  const replacePassword = async (event: FormEvent, site: Site) => {
    event.preventDefault();
    if (!passwordFor) return;
    setSiteMessages((m) => ({ ...m, [site.id]: { tone: 'ok', text: t('sites.checkingPassword') } }));
    try {
      await api.setSitePassword({ siteId: site.id, password: passwordFor.password });
      setPasswordFor(null);
      setSiteMessages((m) => ({ ...m, [site.id]: { tone: 'ok', text: t('sites.passwordSaved') } }));
      sites.reload();
      onChanged();
    } catch (err) {
      setSiteMessages((m) => ({ ...m, [site.id]: { tone: 'error', text: errorMessage(err) } }));
    }
  };
  const remove = async (site: Site) => {
    if (!window.confirm(t('sites.confirmRemove', { site: site.name || site.baseUrl }))) return;
    try {
      await api.removeSite({ siteId: site.id });
      sites.reload();
      onChanged();
    } catch (err) {
      setSiteMessages((m) => ({ ...m, [site.id]: { tone: 'error', text: errorMessage(err) } }));
    }
  };

  return (
    <div className="settings-section">
      <h3>{t('sites.yours')}</h3>
      {sites.error && <p className="error-banner" role="alert">{sites.error}</p>}
      {sites.data && sites.data.length === 0 && <p className="muted">{t('sites.none')}</p>}
      <ul className="site-list">
        {sites.data?.map((site) => (
          <li key={site.id} className="site-card">
            <div className="site-card-main">
              <strong>{site.name || site.baseUrl}</strong>
              <span className="muted small">
                {site.baseUrl} · {site.user}
              </span>
              {site.pausedReason && <span className="badge danger">{site.pausedReason}</span>}
              {siteMessages[site.id] && (
                <span className={`inline-message ${siteMessages[site.id]?.tone}`} role="status">
                  {siteMessages[site.id]?.text}
                </span>
              )}
              {passwordFor?.siteId === site.id && (
                <form className="inline-form" onSubmit={(e) => void replacePassword(e, site)}>
                  <input
                    type="password"
                    required
                    autoFocus
                    autoComplete="new-password"
                    aria-label={t('sites.newPasswordFor', { site: site.name || site.baseUrl })}
                    placeholder={t('sites.newPassword')}
                    value={passwordFor.password}
                    onChange={(e) => setPasswordFor({ siteId: site.id, password: e.target.value })}
                  />
                  <button type="submit" className="button small primary">
                    {t('common:save')}
                  </button>
                  <button type="button" className="button small" onClick={() => setPasswordFor(null)}>
                    {t('common:cancel')}
                  </button>
                </form>
              )}
            </div>
            <div className="site-card-actions">
              <button type="button" className="button small" onClick={() => void test(site)}>
                {t('sites.test')}
              </button>
              <button type="button" className="button small" onClick={() => setPasswordFor({ siteId: site.id, password: '' })}>
                {t('sites.replacePassword')}
              </button>
              <button type="button" className="button small danger-text" onClick={() => void remove(site)}>
                {t('sites.remove')}
              </button>
            </div>
          </li>
        ))}
      </ul>

      <h3>{t('sites.add')}</h3>
      <form className="form-grid" onSubmit={(e) => void add(e)}>
        <label>
          {t('sites.address')}
          <input type="url" required placeholder="https://example.org" value={form.url} onChange={(e) => setForm({ ...form, url: e.target.value })} />
        </label>
        <label>
          {t('sites.user')}
          <input type="text" required autoComplete="username" value={form.user} onChange={(e) => setForm({ ...form, user: e.target.value })} />
        </label>
        <label>
          {t('sites.password')}
          <input
            type="password"
            required
            autoComplete="new-password"
            placeholder="xxxx xxxx xxxx xxxx xxxx xxxx"
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
          />
          <span className="field-hint">{t('sites.passwordHint')}</span>
        </label>
        <div className="form-actions">
          {message && (
            <span className={`inline-message ${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
              {message.text}
            </span>
          )}
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('sites.connecting') : t('sites.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}

function WordsTab() {
  const { t, i18n: i18nInstance } = useTranslation('settings');
  const lists = useLoad<WordLists>(loadWordLists);
  const [draft, setDraft] = useState({ block: '', allow: '' });
  const [error, setError] = useState<string | null>(null);
  const [sample, setSample] = useState('');
  const [check, setCheck] = useState<FlagResult | null>(null);

  const change = async (list: 'block' | 'allow', add: string[], remove: string[]) => {
    try {
      lists.set(await api.updateWordLists({ list, add, remove }));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const runCheck = useCallback(async (content: string) => {
    if (!content.trim()) {
      setCheck(null);
      return;
    }
    try {
      setCheck(await api.checkFlags({ content }));
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);
  // Re-check as the user types and whenever a list changes.
  useEffect(() => {
    const timer = setTimeout(() => void runCheck(sample), 150);
    return () => clearTimeout(timer);
  }, [sample, lists.data, runCheck]);

  const listEditor = (list: 'block' | 'allow', title: string, hint: string) => (
    <section className="word-list">
      <h3>{title}</h3>
      <p className="muted small">{hint}</p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const words = draft[list].split(',').map((w) => w.trim()).filter(Boolean);
          if (words.length) void change(list, words, []);
          setDraft({ ...draft, [list]: '' });
        }}
      >
        <input
          type="text"
          aria-label={t('words.addTo', { list: title.toLowerCase() })}
          placeholder={t('words.placeholder')}
          value={draft[list]}
          onChange={(e) => setDraft({ ...draft, [list]: e.target.value })}
        />
        <button type="submit" className="button small">
          {t('words.add')}
        </button>
      </form>
      <ul className="chips" aria-label={title}>
        {lists.data?.[list].map((word) => (
          <li key={word} className="chip">
            {word}
            <button type="button" aria-label={t('words.remove', { word })} onClick={() => void change(list, [], [word])}>
              ×
            </button>
          </li>
        ))}
        {lists.data && lists.data[list].length === 0 && <li className="muted small">{t('words.empty')}</li>}
      </ul>
    </section>
  );

  return (
    <div className="settings-section">
      {(lists.error ?? error) && <p className="error-banner" role="alert">{lists.error ?? error}</p>}
      <div className="word-lists">
        {listEditor('block', t('words.block'), t('words.blockHint'))}
        {listEditor('allow', t('words.allow'), t('words.allowHint'))}
      </div>
      <section className="live-check">
        <h3>{t('words.try')}</h3>
        <textarea rows={3} value={sample} placeholder={t('words.tryPlaceholder')} aria-label={t('words.tryLabel')} onChange={(e) => setSample(e.target.value)} />
        {check && (
          <div className="check-result" aria-live="polite">
            <HighlightedText text={sample} spans={check.flags.flatMap((f) => f.spans ?? []).filter((s) => s.field === 'content')} />
            <p className={check.likelySpam ? 'danger-text' : 'ok-text'}>
              {check.likelySpam ? t('words.likelySpam') : check.flags.length ? t('words.flagged') : t('words.nothing')} ·{' '}
              {t('words.score', { score: check.score.toLocaleString(i18nInstance.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })}
            </p>
            <ul className="flag-list">
              {check.flags.map((f, i) => (
                <li key={i}>{flagText(f)}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
      {lists.data && <p className="muted small">{t('words.bundled', { version: lists.data.bundledVersion })}</p>}
    </div>
  );
}

/** Each language named in itself, as language pickers do. */
const LANGUAGE_NAMES = { en: 'English', fr: 'Français' } as const;

/** The OS's preferred locales: Electron's app.getLocale() when known, then the browser's. */
function systemLocales(info: AppInfo | null): readonly string[] {
  return [...(info?.locale ? [info.locale] : []), ...navigator.languages];
}

function AppearanceTab({ info, onSettings }: { info: AppInfo | null; onSettings(settings: Settings): void }) {
  const { t } = useTranslation('settings');
  const settings = useLoad<Settings>(loadSettings);
  const [error, setError] = useState<string | null>(null);
  const update = async (patch: Partial<Settings>) => {
    try {
      const next = await api.updateSettings(patch);
      settings.set(next);
      onSettings(next);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const s = settings.data;
  return (
    <div className="settings-section">
      {(settings.error ?? error) && <p className="error-banner" role="alert">{settings.error ?? error}</p>}
      <fieldset className="radio-group">
        <legend>{t('appearance.theme')}</legend>
        {(['system', 'light', 'dark'] as const).map((theme) => (
          <label key={theme}>
            <input type="radio" name="theme" checked={s?.theme === theme} disabled={!s} onChange={() => void update({ theme })} />
            {t(`appearance.${theme}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="radio-group">
        <legend>{t('appearance.language')}</legend>
        {(['system', 'en', 'fr'] as const).map((language) => (
          <label key={language}>
            <input type="radio" name="language" checked={s?.language === language} disabled={!s} onChange={() => void update({ language })} />
            {language === 'system' ? (
              t('appearance.languageSystem', { language: LANGUAGE_NAMES[resolveLanguage('system', systemLocales(info))] })
            ) : (
              <span lang={language}>{LANGUAGE_NAMES[language]}</span>
            )}
          </label>
        ))}
      </fieldset>
      <label className="field-row">
        {t('appearance.syncEvery')}
        <select
          value={s?.syncIntervalMinutes ?? 5}
          disabled={!s}
          onChange={(e) => void update({ syncIntervalMinutes: Number(e.target.value) })}
        >
          {[1, 5, 15, 30, 60, 240].map((m) => (
            <option key={m} value={m}>
              {m < 60 ? t('appearance.minutes', { count: m }) : t('appearance.hours', { count: m / 60 })}
            </option>
          ))}
        </select>
      </label>
      <label className="field-row">
        <input type="checkbox" checked={s?.notifications ?? false} disabled={!s} onChange={(e) => void update({ notifications: e.target.checked })} />
        {t('appearance.notify')}
      </label>
    </div>
  );
}

function ModelTab() {
  const { t } = useTranslation('settings');
  const models = useLoad(loadModels);
  const sites = useLoad(loadSites);
  const [error, setError] = useState<string | null>(null);
  const run = async (op: 'retrain' | 'reset', siteId: number) => {
    try {
      if (op === 'reset' && !window.confirm(t('model.confirmReset'))) return;
      if (op === 'retrain') await api.retrainModel({ siteId });
      else await api.resetModel({ siteId });
      models.reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const name = (id: number) => sites.data?.find((s) => s.id === id)?.name ?? t('model.site', { id });
  return (
    <div className="settings-section">
      {(models.error ?? error) && <p className="error-banner" role="alert">{models.error ?? error}</p>}
      <p className="muted">{t('model.intro')}</p>
      {models.data?.length === 0 && <p className="muted">{t('model.none')}</p>}
      <ul className="site-list">
        {models.data?.map((m) => (
          <li key={m.siteId} className="site-card">
            <div className="site-card-main">
              <strong>{name(m.siteId)}</strong>
              <span className="muted small">
                {t('model.examples', { spam: m.spamExamples, ham: m.hamExamples })}
              </span>
              <span className={`badge ${m.learning ? 'neutral' : 'ok'}`}>{m.learning ? t('model.learning') : t('model.active')}</span>
            </div>
            <div className="site-card-actions">
              <button type="button" className="button small" onClick={() => void run('retrain', m.siteId)}>
                {t('model.retrain')}
              </button>
              <button type="button" className="button small danger-text" onClick={() => void run('reset', m.siteId)}>
                {t('model.reset')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

function AboutTab({ info }: { info: AppInfo | null }) {
  const { t } = useTranslation(['settings', 'common']);
  if (!info) return <p className="muted">{t('common:loadingEllipsis')}</p>;
  return (
    <dl className="about-list">
      <dt>{t('about.version')}</dt>
      <dd>{info.version}</dd>
      <dt>{t('about.runningAs')}</dt>
      <dd>{t(`about.${info.host}`)}</dd>
      <dt>{t('about.database')}</dt>
      <dd className="mono">{info.dbPath}</dd>
      <dt>{t('about.passwords')}</dt>
      <dd>{passwordStorage(info)}</dd>
    </dl>
  );
}

/** Where Application Passwords are kept, said plainly (the app never stores them in plain text silently). */
function passwordStorage(info: AppInfo): string {
  if (info.credentialsEncrypted) return i18n.t('settings:about.encrypted');
  if (info.host === 'electron') return i18n.t('settings:about.notSaved');
  return i18n.t('settings:about.notEncrypted');
}
