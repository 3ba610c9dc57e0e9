// The app itself, loaded by main.tsx once the first screen's request is on its way.
import { StrictMode } from 'react';
// First: i18n is ready (synchronously, strings bundled) before anything renders or toasts.
import './i18n';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { installKeyboard } from './keyboard/keyboard';
import { actions, appStore } from './state/app';
import type { AppState } from './state/app-store';
import { claimWindow, handOver } from './first-screen';
import { applyPreferences } from './preferences';
import { bridge } from './transport/client';

// The first screen was asked for by boot.ts; the rest (sites, settings, app info) now.
actions.boot(applyPreferences);
bridge.onEvent(actions.onEvent);
installKeyboard(bridge);
// The status bar's "synced 14:05" and offline state age without events; look again now and then.
setInterval(actions.refresh, 30_000);

// Once the first page is in the store, the keys pressed on the first screen reach the keyboard.
const firstPageIn = (state: AppState) => state.queue.loaded || state.queue.error !== null;
if (firstPageIn(appStore.getState())) handOver();
else {
  const unsubscribe = appStore.subscribe((state) => {
    if (!firstPageIn(state)) return;
    unsubscribe();
    handOver();
  });
}

const root = document.getElementById('root');
claimWindow();
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}
