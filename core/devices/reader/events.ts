import type { ReaderErrorInfo } from "../../../drivers/idcard/errors";
import type { IdentityRecord } from "../../../drivers/idcard/identity";
import type { WltPhoto } from "../../../drivers/idcard/wlt";

/** The card reader's events and their arguments. */
export interface ReaderEvents {
  /** A card was found on the reader (once per placement). */
  "card-present": [];
  /**
   * The card was read (once per placement). The WLT photo travels beside the record, in memory
   * only; whoever keeps it wipes it with the session.
   */
  "card-read": [record: IdentityRecord, photo: WltPhoto];
  /** The card that was present has gone (two consecutive "no card" replies). */
  "card-removed": [];
  /** Something went wrong that the resident or technician should hear about. */
  "reader-error": [error: ReaderErrorInfo];
  /** The reader went away or cannot be reached; it will be retried. */
  "reader-offline": [error: ReaderErrorInfo];
  /** The reader answered its status check and polling has started; samId is §5.3's string. */
  "reader-online": [info: { port: string; baudRate: number; samId: string | null }];
}

export type ReaderEventName = keyof ReaderEvents;

type AnyListener = (...args: never[]) => void;

/**
 * A typed event hub: `on(event, fn)` returns the unsubscribe function. A listener that throws
 * is skipped, never allowed to break the reader's polling loop or the other listeners.
 */
export class ReaderEventHub {
  readonly #listeners = new Map<ReaderEventName, Set<AnyListener>>();

  on<E extends ReaderEventName>(event: E, listener: (...args: ReaderEvents[E]) => void): () => void {
    let set = this.#listeners.get(event);
    if (set === undefined) {
      set = new Set();
      this.#listeners.set(event, set);
    }
    const stored = listener as AnyListener;
    set.add(stored);
    return () => {
      set.delete(stored);
    };
  }

  emit<E extends ReaderEventName>(event: E, ...args: ReaderEvents[E]): void {
    for (const listener of [...(this.#listeners.get(event) ?? [])]) {
      try {
        (listener as (...a: ReaderEvents[E]) => void)(...args);
      } catch {
        // A faulty listener must not stop the reader; its owner's own tests should catch it.
      }
    }
  }

  clear(): void {
    this.#listeners.clear();
  }
}
