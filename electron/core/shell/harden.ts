// Wires the navigation and permission policy onto a window's web contents and
// session. Written against the few methods it needs, so tests can hand it
// fakes; the glue hands it Electron's objects.
import { mayGrantPermission, mayNavigate, windowOpenDecision } from './navigation';

interface PreventableEvent {
  preventDefault(): void;
}

/** The slice of Electron's WebContents the policy touches. */
export interface HardenableContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** The slice of Electron's Session the policy touches. */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
}

export function hardenWebContents(
  contents: HardenableContents,
  report: (what: string, url: string) => void = () => {},
): void {
  const guard = (kind: string) => (event: PreventableEvent, url: string) => {
    if (!mayNavigate(url)) {
      event.preventDefault();
      report(`blocked ${kind}`, url);
    }
  };
  contents.on('will-navigate', guard('navigation'));
  contents.on('will-redirect', guard('redirect'));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => {
    report('blocked new window', details.url);
    return windowOpenDecision();
  });
}

export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(mayGrantPermission(permission)));
  session.setPermissionCheckHandler((_contents, permission) => mayGrantPermission(permission));
}
