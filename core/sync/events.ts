import type { CatalogReply, SignedConfigBundle, SubmissionStatus } from "../../central/protocol";
import { EventHub } from "../event-hub";
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

/**
 * The engine's hub (core/event-hub.ts: a listener that throws is reported and skipped), which can
 * also hold back what a database transaction raised until the transaction committed.
 */
export class SyncEvents extends EventHub<SyncEventMap> {
  #held: (() => void)[] | undefined;

  override emit<E extends SyncEventName>(event: E, ...args: SyncEventMap[E]): void {
    const deliver = () => {
      super.emit(event, ...args);
    };
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
