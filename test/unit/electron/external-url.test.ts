// Which links may leave the app for the system browser or mail client.
import { describe, expect, it } from 'vitest';
import { safeExternalUrl } from '../../../electron/core/shell/external-url';

describe('openExternal URL check', () => {
  it.each([
    ['https://example.org/2024/01/post/#comment-12', 'https://example.org/2024/01/post/#comment-12'],
    ['http://blog.example', 'http://blog.example/'],
    ['HTTPS://Example.org/a', 'https://example.org/a'],
    ['mailto:cyn@example.org?subject=Votre%20commentaire', 'mailto:cyn@example.org?subject=Votre%20commentaire'],
  ])('accepts %s', (url, normalised) => {
    expect(safeExternalUrl(url)).toBe(normalised);
  });

  it.each([
    'file:///etc/passwd',
    'FILE:///C:/Windows/System32/calc.exe',
    'javascript:alert(document.cookie)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox',
    'smb://attacker/share',
    'ms-msdt:/id PCWDiagnostic',
    'vscode://file/etc/passwd',
    'app://moderato/index.html',
    'ftp://example.org/',
    'https://user:pass@example.org/',
    'https://',
    'mailto:',
    '//example.org/path',
    'example.org',
    'not a url',
    '',
    'https://example.org/' + 'a'.repeat(5000),
  ])('refuses %s', (url) => {
    expect(safeExternalUrl(url)).toBeNull();
  });

  it('refuses things that are not strings', () => {
    for (const value of [undefined, null, 42, { href: 'https://example.org' }, ['https://example.org']]) {
      expect(safeExternalUrl(value)).toBeNull();
    }
  });
});
