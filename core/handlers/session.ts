import { KioskCallError } from "../api";
import type { IdentitySlot } from "../session/identity-slot";
import type { SessionManager } from "../session/session-manager";
import type { KioskHandlers } from "../rpc";

export function sessionHandlers(
  sessions: SessionManager,
  card: { identity: IdentitySlot; rereadCard: () => void },
): Pick<KioskHandlers, "startSession" | "keepSessionAlive" | "readCardOnReader" | "endSession"> {
  return {
    startSession: () => sessions.start(),
    keepSessionAlive: ({ sessionId }) => ({ alive: sessions.keepAlive(sessionId) }),
    readCardOnReader: ({ sessionId }) => {
      if (sessions.current?.sessionId !== sessionId) {
        throw new KioskCallError("session-ended", "this session has ended; please start again");
      }
      // A session that holds a card already has it: reading again would only repeat the event.
      if (card.identity.recordFor(sessionId) === null) card.rereadCard();
      return { asked: true };
    },
    endSession: ({ sessionId, reason }) => {
      sessions.end(sessionId, reason);
      return { wiped: true };
    },
  };
}
