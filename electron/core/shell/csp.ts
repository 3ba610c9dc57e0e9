// The Content-Security-Policy sent with every page of the renderer.
//
// style-src has no 'unsafe-inline': the built renderer links one CSS file, and
// React (and @tanstack/react-virtual) apply style props through the CSSOM
// (element.style), which CSP does not govern. What it does block is a style
// attribute or <style> smuggled in through comment HTML, which is what we want.
// img-src allows data: for inline icons; no remote image is ever loaded, so a
// comment cannot ping a tracker when it is displayed.

const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['media-src', "'none'"],
  ['frame-src', "'none'"],
  ['worker-src', "'none'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** Headers that go with every renderer response (app:// protocol, and the web host may reuse them). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
