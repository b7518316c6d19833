import type { SessionManager } from "./session-manager";

/** A receipt as core makes it: a layout and the data that fills it. */
export interface SessionReceipt {
  layoutId: string;
  data: Record<string, unknown>;
}

type Held = { receipt: SessionReceipt; state: "ready" | "printing" | "printed" };

/**
 * The receipt core made for the current session (a submission's, a query's, a queue ticket's),
 * held until the session ends. The page asks to print *this*, by session id; it never hands core
 * a layout and data of its own, so it cannot print an official-looking receipt that core did not
 * make. Each receipt prints once: again only after a failed attempt, never while one is running.
 */
export class SessionReceipts {
  #held: { sessionId: string; held: Held } | null = null;

  constructor(private readonly sessions: SessionManager) {
    sessions.onWipe((sessionId) => {
      if (this.#held?.sessionId === sessionId) this.#held = null;
    });
  }

  /** Keeps the receipt a call made, if the call was for the session that is open now. */
  record(sessionId: string, receipt: SessionReceipt | null): void {
    if (receipt === null || this.sessions.current?.sessionId !== sessionId) return;
    this.#held = { sessionId, held: { receipt, state: "ready" } };
  }

  /** The receipt of this session, if it is the open one and core made one in it. */
  get(sessionId: string): SessionReceipt | null {
    return this.#current(sessionId)?.receipt ?? null;
  }

  /**
   * Claims the receipt for one print: the receipt, or why not. The caller reports the outcome
   * with `printed` or `failed`.
   */
  claim(sessionId: string): { ok: true; receipt: SessionReceipt } | { ok: false; why: string } {
    const held = this.#current(sessionId);
    if (held === null) return { ok: false, why: "this session has no receipt to print" };
    if (held.state === "printing") return { ok: false, why: "this session's receipt is printing" };
    if (held.state === "printed") return { ok: false, why: "this session's receipt was already printed" };
    held.state = "printing";
    return { ok: true, receipt: held.receipt };
  }

  /** The claimed print ended: printed for good, or free to try again. */
  settle(sessionId: string, printed: boolean): void {
    const held = this.#current(sessionId);
    if (held?.state === "printing") held.state = printed ? "printed" : "ready";
  }

  #current(sessionId: string): Held | null {
    if (this.sessions.current?.sessionId !== sessionId || this.#held?.sessionId !== sessionId) return null;
    return this.#held.held;
  }
}
