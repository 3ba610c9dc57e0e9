// The Bridge over HTTP, for `npm run web`: the same calls and events as the
// Electron preload, carried by fetch and server-sent events. The token travels
// in an HttpOnly cookie set by the first page load, so this code never sees it.
import type { MethodName } from '../../../shared/api';
import { FIRST_VIEW_ELEMENT_ID, HTTP_API_PREFIX, HTTP_EVENTS_PATH, type Bridge } from '../../../shared/bridge';
import { FIRST_VIEW } from '../../../shared/first-view';
import type { ErrorInfo, Result } from '../../../shared/errors';
import type { AppEvent } from '../../../shared/types';

// Coded like the core's errors (shared/messages.ts), the English written here beside its code:
// this first-paint module loads no catalogue; the renderer's errorMessage says the code.
const unreachable: ErrorInfo = {
  kind: 'unreachable',
  message: 'Moderato’s web host is not answering. Is `npm run web` still running?',
  code: 'error.webHostSilent',
  params: {},
};

function isResult(body: unknown): body is Result<unknown> {
  return typeof body === 'object' && body !== null && typeof (body as { ok?: unknown }).ok === 'boolean';
}

/**
 * The answer to the window's first request that the web host wrote into the page
 * (electron/core/web/page.ts), taken once: later asks go to the core, for what is current then.
 */
function answerInPage(): Result<unknown> | null {
  const block = document.getElementById(FIRST_VIEW_ELEMENT_ID);
  if (!block) return null;
  block.remove();
  try {
    const body: unknown = JSON.parse(block.textContent ?? '');
    return isResult(body) ? body : null;
  } catch {
    return null; // asked again below, and any error then is the core's to tell
  }
}

export function createHttpBridge(base: URL): Bridge {
  const listeners = new Set<(event: AppEvent) => void>();
  let source: EventSource | null = null;

  function connect(): void {
    if (source) return;
    source = new EventSource(new URL(HTTP_EVENTS_PATH.replace(/^\//, ''), base));
    source.onmessage = (message: MessageEvent<string>) => {
      let event: AppEvent;
      try {
        event = JSON.parse(message.data) as AppEvent;
      } catch {
        return;
      }
      for (const listener of listeners) listener(event);
    };
    // EventSource reconnects by itself after an error; nothing to do here.
  }

  return {
    async call(method: MethodName, input: unknown): Promise<Result<unknown>> {
      const inPage = method === 'getQueueView' && input === FIRST_VIEW ? answerInPage() : null;
      if (inPage) return inPage;
      let response: Response;
      try {
        response = await fetch(new URL(HTTP_API_PREFIX.replace(/^\//, '') + method, base), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
          credentials: 'same-origin',
        });
      } catch {
        return { ok: false, error: unreachable };
      }
      const body: unknown = await response.json().catch(() => null);
      if (isResult(body)) return body;
      if (response.status === 401) {
        return {
          ok: false,
          error: {
            kind: 'auth',
            message: 'This page lost its access token. Open the address printed by `npm run web` again.',
            code: 'error.tokenLost',
            params: {},
          },
        };
      }
      return {
        ok: false,
        error: { kind: 'internal', message: `The web host answered HTTP ${response.status}.`, code: 'error.webHostStatus', params: { status: response.status } },
      };
    },
    onEvent(listener) {
      listeners.add(listener);
      connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
    async openExternal(url: string): Promise<void> {
      // In a browser the "system browser" is this one: a new tab, with no way back to this page.
      window.open(url, '_blank', 'noopener,noreferrer');
    },
  };
}
