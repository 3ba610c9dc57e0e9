// Credentials never reach the log file. Every log call passes its arguments
// through redactForLog (an electron-log hook in the app), which masks:
// - values under secret-sounding keys (password, authorization, token, cookie…),
// - "Authorization: Basic …" / "Bearer …" in strings (request dumps, error messages),
// - user:password@ in URLs and token= in query strings,
// - any exact secret registered at run time (the Application Passwords in use).

const SECRET_KEY = /password|passwd|^pass$|authorization|secret|token|cookie|credential|api[-_]?key/i;
const MASK = '[redacted]';

const knownSecrets = new Set<string>();

/** Registers a secret (e.g. an Application Password) so that it is masked wherever it appears. */
export function registerSecret(secret: string): void {
  // Very short strings would mask ordinary words; Application Passwords are 24+ characters.
  if (secret.length >= 6) knownSecrets.add(secret);
}

export function redactString(text: string): string {
  let out = text
    .replace(/(authorization\s*[:=]\s*)("?)[^"\r\n,}]+/gi, `$1$2${MASK}`)
    .replace(/\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]{8,}/g, `$1 ${MASK}`)
    .replace(/(\/\/[^/\s:@]+):[^@\s/]+@/g, `$1:${MASK}@`)
    .replace(/([?&](?:token|password|pass|app_password)=)[^&#\s]+/gi, `$1${MASK}`);
  for (const secret of knownSecrets) {
    if (out.includes(secret)) out = out.split(secret).join(MASK);
  }
  return out;
}

/** A copy of value that is safe to log. Handles nesting, cycles and Errors. */
export function redactForLog(value: unknown, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === 'string') return redactString(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (value instanceof Error) {
    const copy = new Error(redactString(value.message));
    copy.name = value.name;
    copy.stack = value.stack === undefined ? undefined : redactString(value.stack);
    const cause = (value as { cause?: unknown }).cause;
    if (cause !== undefined) (copy as { cause?: unknown }).cause = redactForLog(cause, seen);
    return copy;
  }
  if (Array.isArray(value)) return value.map((v) => redactForLog(v, seen));
  if (value instanceof Map) {
    return new Map([...value].map(([k, v]) => [k, SECRET_KEY.test(String(k)) ? MASK : redactForLog(v, seen)]));
  }
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) ? MASK : redactForLog(v, seen);
  }
  return out;
}

/** An electron-log hook: every argument of every log call is redacted before any transport sees it. */
export function redactLogMessage<M extends { data: unknown[] }>(message: M): M {
  return { ...message, data: message.data.map((item) => redactForLog(item)) };
}
