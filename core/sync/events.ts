import type { CatalogReply, SignedConfigBundle, SubmissionStatus } from "../../central/protocol";
import { Listeners } from "../../drivers/transport/listeners";
import type { RejectedItem } from "../store/outbox-store";

/** A queued submission the central service acknowledged (during a drain or a direct submit). */
export interface SettledSubmission {
  id: string;
  serviceId: string;
  status: SubmissionStatus;
  trackingNo: string;
}

/** Everything the engine tells the runtime, by event name. */
export interface SyncEventMap {
  /** The central service became reachable (true) or unreachable (false). */
  "online-changed": [online: boolean];
  "submission-settled": [SettledSubmission];
  /** An item left the queue refused; its reason is kept for the maintenance menu. */
  "submission-rejected": [RejectedItem];
  /** A new catalog was pulled (already cached in the store). */
  catalog: [CatalogReply];
  /** A config bundle differing from the applied version was pulled; core/config verifies it. */
  config: [SignedConfigBundle];
}

export type SyncEventName = keyof SyncEventMap;

/** One listener set per event name, so `on` and `emit` stay typed. */
export class SyncEvents {
  readonly #sets: { [E in SyncEventName]: Listeners<SyncEventMap[E]> } = {
    "online-changed": new Listeners(),
    "submission-settled": new Listeners(),
    "submission-rejected": new Listeners(),
    catalog: new Listeners(),
    config: new Listeners(),
  };

  on<E extends SyncEventName>(event: E, listener: (...args: SyncEventMap[E]) => void): () => void {
    return this.#sets[event].add(listener);
  }

  #held: (() => void)[] | undefined;

  emit<E extends SyncEventName>(event: E, ...args: SyncEventMap[E]): void {
    const deliver = () => this.#sets[event].emit(...args);
    if (this.#held === undefined) deliver();
    else this.#held.push(deliver);
  }

  /**
   * Holds events raised inside `fn` (a database transaction) until it returns, and drops them if
   * it throws: listeners never hear of a settlement that was rolled back.
   */
  afterCommit<T>(fn: () => T): T {
    this.#held = [];
    try {
      const result = fn();
      const held = this.#held;
      this.#held = undefined;
      for (const deliver of held) deliver();
      return result;
    } finally {
      this.#held = undefined;
    }
  }
}
