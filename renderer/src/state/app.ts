// The app's one store instance, wired to the core, and the hook components read it with.
import { useStore } from 'zustand';
import { firstView, INITIAL_FILTER } from '../boot';
import { api, errorMessage } from '../transport/client';
import { createAppStore, type AppState } from './app-store';

const app = createAppStore({ api, errorMessage, firstView, initialFilter: INITIAL_FILTER });

export const appStore = app.store;
export const actions = app.actions;

/** A component reads the slice it shows; it re-renders only when that slice changes. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
