// The page gets window.moderato and nothing else: no ipcRenderer, no Node.
import { beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as Array<{ channel: string; args: unknown[] }>,
  listeners: new Map<string, Array<(event: unknown, payload: unknown) => void>>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: async (channel: string, ...args: unknown[]) => {
      electron.invoked.push({ channel, args });
      if (channel === 'moderato:call:noSuchMethod') throw new Error("Error invoking remote method: No handler registered");
      return { ok: true, value: 'answer' };
    },
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      electron.listeners.set(channel, [...(electron.listeners.get(channel) ?? []), listener]);
    },
    removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      electron.listeners.set(channel, (electron.listeners.get(channel) ?? []).filter((l) => l !== listener));
    },
  },
}));

import type { Bridge } from '../../../shared/bridge';

const userActivation = { isActive: false };
let bridge: Bridge;
beforeAll(async () => {
  vi.stubGlobal('navigator', { userActivation });
  await import('../../../electron/preload');
  bridge = electron.exposed.get('moderato') as Bridge;
});

function emit(channel: string, payload: unknown) {
  for (const l of electron.listeners.get(channel) ?? []) l({ sender: 'IpcRenderer internals' }, payload);
}

describe('the preload bridge', () => {
  it('exposes exactly one object, window.moderato, with the Bridge methods', () => {
    expect([...electron.exposed.keys()]).toEqual(['moderato']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onCommand', 'onEvent', 'openExternal']);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('calls an operation on its own channel', async () => {
    expect(await bridge.call('getCounts', {})).toEqual({ ok: true, value: 'answer' });
    expect(electron.invoked.at(-1)).toEqual({ channel: 'moderato:call:getCounts', args: [{}] });
  });

  it('turns a call nobody answers into a Result, not a throw', async () => {
    const result = await bridge.call('noSuchMethod' as never, {});
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(JSON.stringify(result)).not.toMatch(/remote method|handler/);
  });

  it('hands events and commands to the page without Electron internals, and unsubscribes', () => {
    const events: unknown[] = [];
    const commands: unknown[] = [];
    const offEvents = bridge.onEvent((e) => events.push(e));
    const offCommands = bridge.onCommand!((c) => commands.push(c));
    emit('moderato:event', { type: 'queue-changed', siteIds: [1] });
    emit('moderato:command', { type: 'menu', command: 'approve' });
    expect(events).toEqual([{ type: 'queue-changed', siteIds: [1] }]);
    expect(commands).toEqual([{ type: 'menu', command: 'approve' }]);
    offEvents();
    offCommands();
    emit('moderato:event', { type: 'queue-changed', siteIds: [2] });
    expect(events).toHaveLength(1);
  });

  it('opens links only right after a user gesture', async () => {
    electron.invoked.length = 0;
    userActivation.isActive = false;
    await bridge.openExternal('https://example.org/');
    expect(electron.invoked).toEqual([]);
    userActivation.isActive = true;
    await bridge.openExternal('https://example.org/');
    expect(electron.invoked).toEqual([{ channel: 'moderato:open-external', args: ['https://example.org/'] }]);
  });
});
