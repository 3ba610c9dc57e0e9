// Navigation policy for the app window: it only ever shows our own pages.
import { isAppUrl } from './app-origin';

/** will-navigate / will-redirect: may the window go there? Only within app://moderato. */
export function mayNavigate(url: string): boolean {
  return isAppUrl(url);
}

/** window.open, target=_blank, middle clicks: never a new window. Links open through the bridge. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * Permission requests (camera, notifications from the page, geolocation, clipboard read…):
 * the renderer needs none of them; desktop notifications are shown by the main process.
 */
export function mayGrantPermission(_permission: string): boolean {
  return false;
}
