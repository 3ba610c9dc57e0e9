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

/** Headers that go with every renderer response (app:// protocol, and the web host may reuse them). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
