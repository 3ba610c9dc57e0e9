import { Trans, useTranslation } from 'react-i18next';
import { keyLabel, PLACE_SHORTCUTS, SHORTCUTS, type Shortcut } from '../keyboard/shortcuts';
import { Modal } from './Modal';

const GROUPS: Shortcut['group'][] = ['Move', 'Moderate', 'Selection', 'Write', 'App'];

export function ShortcutHelp({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('shortcuts');
  const { t: tViews } = useTranslation('views');
  return (
    <Modal title={t('title')} onClose={onClose} className="help">
      <div className="shortcut-groups">
        {GROUPS.map((group) => (
          <section key={group} aria-labelledby={`shortcut-group-${group}`}>
            <h3 id={`shortcut-group-${group}`}>{t(`groups.${group}`)}</h3>
            <dl className="shortcut-list">
              {SHORTCUTS.filter((s) => s.group === group).map((s) => (
                <div key={s.command} className="shortcut-row">
                  <dt>
                    {s.keys.map((k) => (
                      <kbd key={k}>{keyLabel(k)}</kbd>
                    ))}
                  </dt>
                  <dd>{t(`commands.${s.command}`)}</dd>
                </div>
              ))}
              {PLACE_SHORTCUTS.filter((s) => s.group === group).map((s) => (
                <div key={s.label} className="shortcut-row">
                  <dt>
                    {s.keys.map((k) => (
                      <kbd key={k}>{keyLabel(k)}</kbd>
                    ))}
                  </dt>
                  <dd>{tViews(s.label)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="muted small">
        <Trans t={t} i18nKey="note" components={{ kbd: <kbd /> }} />
      </p>
    </Modal>
  );
}
