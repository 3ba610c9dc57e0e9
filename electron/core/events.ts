import type { AppEvent } from '../../shared/types';

export type Listener = (event: AppEvent) => void;

/** The event stream the UI subscribes to (queue changed, sync progress). One bus per service. */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: AppEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A broken subscriber (a closed window, a dropped HTTP stream) must not stop the others.
      }
    }
  }
}
