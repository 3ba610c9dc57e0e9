// The Content-Security-Policy sent with every page of the renderer (app:// protocol).
//
// style-src has no 'unsafe-inline': the built renderer links one CSS file, and
// React (and @tanstack/react-virtual) apply style props through the CSSOM
// (element.style), which CSP does not govern. What it does block is a style
// attribute or <style> smuggled in through comment HTML, which is what we want.
// img-src allows data: for inline icons; no remote image is ever loaded, so a
// comment cannot ping a tracker when it is displayed.
import { CONTENT_SECURITY_POLICY } from '../web/csp';

// One policy for both hosts: the web host's (electron/core/web/csp.ts) is the same
// list, so it is imported rather than written a second time.
export { CONTENT_SECURITY_POLICY };

/**
 * Headers that go with every renderer response (app:// protocol, and the web host may reuse them).
 *
 * No Cross-Origin-Opener-Policy: it made Chromium start a second renderer process for the page on
 * every load (a browsing context group of its own), 60-150 ms before the first row here, and it
 * guards little these pages have. The app's window is never opened by another page (harden.ts
 * denies window.open). A page of another site that opens the web host's address gets its 401 (the
 * token cookie is SameSite=Strict and the token is not in the address); one of another origin holds
 * a cross-origin reference only, which reads nothing, and the page listens to no postMessage. Site
 * isolation already gives 127.0.0.1 a process of its own.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
