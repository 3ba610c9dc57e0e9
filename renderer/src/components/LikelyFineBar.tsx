// Above the Likely fine view: the button twin of Shift+A, approving every comment of the view
// (loaded or not) as one batch that one undo takes back.
import { useTranslation } from 'react-i18next';
import { keyLabel } from '../keyboard/shortcuts';
import { actions, useApp } from '../state/app';
import { Icon } from './Icon';

export function LikelyFineBar() {
  const { t } = useTranslation('views');
  const shown = useApp((s) => s.filter.likelyFine === true && s.queue.items.length > 0 && s.checked.size === 0);
  if (!shown) return null;
  return (
    <div className="view-actions">
      <button
        type="button"
        className="button small primary"
        aria-keyshortcuts="Shift+A"
        aria-describedby="likely-fine-hint"
        onClick={() => void actions.approveView()}
      >
        <Icon name="likely-fine" /> {t('likelyFine.approveAll')} <kbd>{keyLabel('A')}</kbd>
      </button>
      <span id="likely-fine-hint" className="muted small">
        {t('likelyFine.approveAllHint')}
      </span>
    </div>
  );
}
