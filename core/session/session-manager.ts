import { randomUUID } from "node:crypto";
import type { SessionEndReason, SessionInfo } from "../api";
import type { Clock, Timer } from "../clock";
import type { KioskEvents } from "../events";

/** Something that holds a resident's data for one session and must forget it when it ends. */
export type SessionWiper = (sessionId: string) => void;

/** Options for the session manager. */
export interface SessionOptions {
  /**
   * Milliseconds without a keep-alive after which core ends the session by itself; the renderer's
   * own idle warning normally ends it first. Default: warn + countdown + 30 s of grace.
   */
  expireAfterMs: number;
}

/**
 * The resident's session: at most one at a time. Core owns it, not the page, so a hung or closed
 * page cannot leave a resident's data behind: without keep-alives the session expires and every
 * registered wiper runs.
 */
export class SessionManager {
  #current: (SessionInfo & { lastSeen: number }) | null = null;
  #expiry: Timer | null = null;
  readonly #wipers = new Set<SessionWiper>();

  constructor(
    private readonly events: KioskEvents,
    private readonly clock: Clock,
    private readonly options: SessionOptions,
  ) {}

  get current(): SessionInfo | null {
    return this.#current ? { sessionId: this.#current.sessionId, startedAt: this.#current.startedAt } : null;
  }

  /** Registers a wiper called with the session id whenever a session ends, for any reason. */
  onWipe(wiper: SessionWiper): () => void {
    this.#wipers.add(wiper);
    return () => this.#wipers.delete(wiper);
  }

  start(): SessionInfo {
    if (this.#current) this.end(this.#current.sessionId, "cancel");
    const now = this.clock.now();
    this.#current = { sessionId: randomUUID(), startedAt: new Date(now).toISOString(), lastSeen: now };
    this.#armExpiry();
    const info = { sessionId: this.#current.sessionId, startedAt: this.#current.startedAt };
    this.events.emit("session-started", info);
    return info;
  }

  /** Returns false when the id is not the current session (it ended, or belongs to another page). */
  keepAlive(sessionId: string): boolean {
    if (this.#current?.sessionId !== sessionId) return false;
    this.#current.lastSeen = this.clock.now();
    this.#armExpiry();
    return true;
  }

  /** Ends the session if it is the current one; idempotent, so a late or repeated end is harmless. */
  end(sessionId: string, reason: SessionEndReason): void {
    if (this.#current?.sessionId !== sessionId) return;
    this.#expiry?.cancel();
    this.#expiry = null;
    this.#current = null;
    // Wipers run before anyone hears the session ended, so nothing can read data mid-wipe.
    for (const wipe of this.#wipers) wipe(sessionId);
    this.events.emit("session-ended", { sessionId, reason });
  }

  /** Ends whatever session is open; used at shutdown. */
  endAny(reason: SessionEndReason): void {
    if (this.#current) this.end(this.#current.sessionId, reason);
  }

  #armExpiry(): void {
    this.#expiry?.cancel();
    const session = this.#current;
    if (!session) return;
    this.#expiry = this.clock.setTimer(() => {
      this.end(session.sessionId, "expired");
    }, this.options.expireAfterMs);
  }
}
