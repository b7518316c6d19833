import { maskIdNumbersIn } from "./privacy/mask";

/** Event names mapped to their listeners' arguments, e.g. `{ "card-read": [record: IdentityRecord] }`. */
export type EventMap<M> = { [E in keyof M]: unknown[] };

/** Hears a listener that threw: which event it was listening to, and what it threw. */
export type ListenerFault = (error: unknown, event: string) => void;

/** Where a listener's throw goes when the hub's owner named no logger: stderr, ID numbers masked. */
export const reportToStderr: ListenerFault = (error, event) => {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(maskIdNumbersIn(`a listener for "${event}" threw: ${text}\n`));
};

/** One listener set per event name, so `on` and `emit` stay typed without casts. */
type ListenerSets<M extends EventMap<M>> = { [E in keyof M]?: Set<(...args: M[E]) => void> };

/**
 * The one typed event hub in core (kiosk → page events, the reader's, the sync engine's):
 * `on(event, fn)` returns the unsubscribe function.
 *
 * A listener that throws is reported to `onFault` and skipped: the other listeners still hear
 * the event and `emit` returns normally. The emitter is a polling loop, a session ending or a
 * sync exchange, none of which a broken subscriber may stop.
 */
export class EventHub<M extends EventMap<M>> {
  #listeners: ListenerSets<M> = {};
  readonly #any = new Set<<E extends keyof M>(event: E, ...args: M[E]) => void>();
  readonly #onFault: ListenerFault;

  constructor(onFault: ListenerFault = reportToStderr) {
    this.#onFault = onFault;
  }

  on<E extends keyof M>(event: E, listener: (...args: M[E]) => void): () => void {
    const set = this.#listeners[event] ?? new Set();
    this.#listeners[event] = set;
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  /** Every event, after its own listeners: for shells that forward all of them to their page. */
  onAny(listener: <E extends keyof M>(event: E, ...args: M[E]) => void): () => void {
    this.#any.add(listener);
    return () => {
      this.#any.delete(listener);
    };
  }

  emit<E extends keyof M>(event: E, ...args: M[E]): void {
    // Copies, so a listener that unsubscribes (itself or another) mid-emit changes the next emit only.
    for (const listener of [...(this.#listeners[event] ?? [])]) this.#call(event, () => listener(...args));
    for (const listener of [...this.#any]) this.#call(event, () => listener(event, ...args));
  }

  clear(): void {
    this.#listeners = {};
    this.#any.clear();
  }

  #call(event: keyof M, deliver: () => void): void {
    try {
      deliver();
    } catch (error) {
      this.#onFault(error, String(event));
    }
  }
}
