// The renderer's Content-Security-Policy: only the app's own files, nothing
// remote. Comment HTML is sanitised by the core, but this is the second wall:
// even a tag that slipped through cannot load a tracker image, a font, a frame
// or a script. `data:` images are allowed for the app's own inline icons.
// renderer/index.html carries the same policy in a <meta> tag (minus
// frame-ancestors, which browsers ignore there) for the Electron app.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
