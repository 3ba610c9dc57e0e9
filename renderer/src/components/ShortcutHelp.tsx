import { keyLabel, SHORTCUTS, type Shortcut } from '../keyboard/shortcuts';
import { Modal } from './Modal';

const GROUPS: Shortcut['group'][] = ['Move', 'Moderate', 'Selection', 'Write', 'App'];

export function ShortcutHelp({ onClose }: { onClose(): void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} className="help">
      <div className="shortcut-groups">
        {GROUPS.map((group) => (
          <section key={group}>
            <h3>{group}</h3>
            <dl className="shortcut-list">
              {SHORTCUTS.filter((s) => s.group === group).map((s) => (
                <div key={s.command} className="shortcut-row">
                  <dt>
                    {s.keys.map((k) => (
                      <kbd key={k}>{keyLabel(k)}</kbd>
                    ))}
                  </dt>
                  <dd>{s.label}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="muted small">
        As in WordPress: <kbd>d</kbd> moves to the trash (so does <kbd>t</kbd>); <kbd>Shift+D</kbd> deletes for good
        after asking; capital letters act on every selected comment.
      </p>
    </Modal>
  );
}
