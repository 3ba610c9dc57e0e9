// Whatever is logged, an Application Password or an Authorization header never reaches the log file.
import { describe, expect, it } from 'vitest';
import { redactForLog, redactLogMessage, redactString, registerSecret } from '../../../electron/core/shell/log-redaction';

const PASSWORD = 'abcd EFGH ijkl MNOP qrst UVWX';
const BASIC = Buffer.from(`cyn:${PASSWORD}`).toString('base64');

describe('log redaction', () => {
  it('masks Authorization headers in request dumps and error messages', () => {
    const out = redactString(`GET /wp-json/wp/v2/comments\nAuthorization: Basic ${BASIC}\nAccept: application/json`);
    expect(out).not.toContain(BASIC);
    expect(out).toContain('Accept: application/json');
    expect(redactString(`fetch failed {"authorization":"Bearer abcdefghijklmnop"}`)).not.toContain('abcdefghijklmnop');
  });

  it('masks user:password@ in URLs and token query parameters', () => {
    expect(redactString('https://cyn:hunter2secret@blog.example/wp-json/')).toBe('https://cyn:[redacted]@blog.example/wp-json/');
    expect(redactString('http://127.0.0.1:4321/?token=0123456789abcdef&x=1')).toBe('http://127.0.0.1:4321/?token=[redacted]&x=1');
  });

  it('masks secret-looking fields at any depth, and keeps the rest readable', () => {
    const input = {
      site: { url: 'https://blog.example', user: 'cyn', password: PASSWORD },
      request: { headers: { Authorization: `Basic ${BASIC}`, 'Content-Type': 'application/json' } },
      list: [{ app_password: PASSWORD }],
    };
    const out = redactForLog(input);
    expect(JSON.stringify(out)).not.toContain(PASSWORD);
    expect(JSON.stringify(out)).not.toContain(BASIC);
    expect(out).toMatchObject({ site: { url: 'https://blog.example', user: 'cyn' }, request: { headers: { 'Content-Type': 'application/json' } } });
    // The original object is not modified: the app keeps using it.
    expect(input.site.password).toBe(PASSWORD);
  });

  it('masks a registered secret wherever it appears, including error messages and stacks', () => {
    registerSecret(PASSWORD);
    const err = new Error(`login failed for cyn with ${PASSWORD}`);
    const out = redactForLog(err) as Error;
    expect(out).toBeInstanceOf(Error);
    expect(out.message).toBe('login failed for cyn with [redacted]');
    expect(out.stack).not.toContain(PASSWORD);
    expect(redactString(`said ${PASSWORD} twice: ${PASSWORD}`)).toBe('said [redacted] twice: [redacted]');
  });

  it('survives cycles and non-plain values', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    expect(redactForLog(a)).toEqual({ name: 'a', self: '[circular]' });
    expect(redactForLog(42)).toBe(42);
    expect(redactForLog(null)).toBeNull();
  });

  it('redacts every argument of an electron-log message', () => {
    const message = { data: ['adding site', { password: PASSWORD }, `Basic ${BASIC}`], level: 'info' };
    const out = redactLogMessage(message);
    expect(out.level).toBe('info');
    expect(JSON.stringify(out.data)).not.toContain(PASSWORD);
    expect(JSON.stringify(out.data)).not.toContain(BASIC);
  });
});
