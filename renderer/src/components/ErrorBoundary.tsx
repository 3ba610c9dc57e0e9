// The last line: a render error shows a plain message and a way back instead of a blank window.
import { Component, type ReactNode } from 'react';
import { t } from '../i18n';

export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="fatal" role="alert">
        <h1>{t('fatal.title')}</h1>
        <p>{t('fatal.body')}</p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {t('fatal.reload')}
        </button>
      </div>
    );
  }
}
