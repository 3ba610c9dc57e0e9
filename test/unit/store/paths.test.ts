import { describe, expect, it } from 'vitest';
import { defaultDbPath } from '../../../electron/core/paths';

describe('default database location (same folder as Electron userData for "Moderato")', () => {
  it('Linux: XDG_CONFIG_HOME when set, else ~/.config', () => {
    expect(defaultDbPath('linux', { XDG_CONFIG_HOME: '/x/conf' }, '/home/ann')).toBe('/x/conf/Moderato/moderato.db');
    expect(defaultDbPath('linux', {}, '/home/ann')).toBe('/home/ann/.config/Moderato/moderato.db');
  });
  it('macOS: Application Support', () => {
    expect(defaultDbPath('darwin', {}, '/Users/ann')).toBe('/Users/ann/Library/Application Support/Moderato/moderato.db');
  });
  it('Windows: %APPDATA%', () => {
    expect(defaultDbPath('win32', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'C:\\Users\\ann')).toBe(
      'C:\\Users\\ann\\AppData\\Roaming\\Moderato\\moderato.db',
    );
  });
});
