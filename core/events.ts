import type { EventName, EventPayload } from "./api";

type Listener<E extends EventName> = (payload: EventPayload<E>) => void;

/**
 * The hub for core → UI events. Shells subscribe once and forward every event to their page;
 * core modules emit without knowing which shell, if any, is listening.
 */
export class KioskEvents {
  readonly #listeners = new Map<EventName, Set<Listener<EventName>>>();
  readonly #any = new Set<<E extends EventName>(event: E, payload: EventPayload<E>) => void>();

  on<E extends EventName>(event: E, listener: Listener<E>): () => void {
    let set = this.#listeners.get(event);
    if (!set) {
      set = new Set();
      this.#listeners.set(event, set);
    }
    const stored = listener as Listener<EventName>;
    set.add(stored);
    return () => set.delete(stored);
  }

  /** Every event, for shells that forward all of them. */
  onAny(listener: <E extends EventName>(event: E, payload: EventPayload<E>) => void): () => void {
    this.#any.add(listener);
    return () => this.#any.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.#listeners.get(event) ?? []) listener(payload);
    for (const listener of this.#any) listener(event, payload);
  }
}
