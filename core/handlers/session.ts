import type { SessionManager } from "../session/session-manager";
import type { KioskHandlers } from "../rpc";

export function sessionHandlers(
  sessions: SessionManager,
): Pick<KioskHandlers, "startSession" | "keepSessionAlive" | "endSession"> {
  return {
    startSession: () => sessions.start(),
    keepSessionAlive: ({ sessionId }) => ({ alive: sessions.keepAlive(sessionId) }),
    endSession: ({ sessionId, reason }) => {
      sessions.end(sessionId, reason);
      return { wiped: true };
    },
  };
}
