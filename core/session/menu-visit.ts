import type { SessionManager } from "./session-manager";

/**
 * What a visit to the maintenance menu does to the resident's session. A session that was open
 * when the menu opened belongs to a resident who is still there (a technician came to refill the
 * paper): it carries on when the menu closes. A session that began while the menu was open is the
 * technician's (a card placed from "virtual devices", a test card): it ends when the menu closes,
 * so nothing the technician did is left behind, and the card still lying on the reader is read
 * again for whoever comes next.
 */
export class MenuVisit {
  #residentSession: string | null = null;

  constructor(
    private readonly sessions: SessionManager,
    private readonly rereadCard: () => void,
  ) {}

  /** The menu was unlocked: remember whose session, if any, was open. */
  enter(): void {
    this.#residentSession = this.sessions.current?.sessionId ?? null;
  }

  /** The menu was locked: end the technician's session, keep the resident's. */
  leave(): void {
    const current = this.sessions.current;
    const resident = this.#residentSession;
    this.#residentSession = null;
    if (current === null || current.sessionId === resident) return;
    this.sessions.end(current.sessionId, "cancel");
    this.rereadCard();
  }
}
