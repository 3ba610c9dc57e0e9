// One toast at a time, bottom centre: "Approved comment by Cyn — Undo".
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ToastMessage } from '../state/app-store';

export function Toast({ toast, onDismiss }: { toast: ToastMessage | null; onDismiss(): void }) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDismiss, toast.tone === 'error' ? 9000 : 6000);
    return () => clearTimeout(timer);
  }, [toast, onDismiss]);

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div className={`toast ${toast.tone}`} key={toast.id} data-testid="toast">
          <span className="toast-text">{toast.text}</span>
          {toast.undo && (
            <button
              type="button"
              className="toast-action"
              onClick={() => {
                toast.undo?.();
                onDismiss();
              }}
            >
              {t('toast.undo')} <kbd>z</kbd>
            </button>
          )}
          <button type="button" className="toast-close" aria-label={t('toast.dismiss')} onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
