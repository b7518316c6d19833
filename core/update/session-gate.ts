/** The part of the session manager an update needs: is a resident here, and when do they leave. */
export interface SessionState {
  readonly current: unknown;
  onWipe(wiper: (sessionId: string) => void): () => void;
}

/**
 * Resolves once no resident's session is open: at once when none is, else when the current one
 * ends (for any reason). An update never restarts the kiosk under a resident.
 *
 * The caller must act synchronously on resolution (flip, then restart): a session can only start
 * from the page, which needs the event loop.
 */
export function whenNoSession(sessions: SessionState): Promise<void> {
  return new Promise((resolve) => {
    const check = (): boolean => {
      if (sessions.current !== null) return false;
      resolve();
      return true;
    };
    if (check()) return;
    const off = sessions.onWipe(() => {
      // start() ends an open session before it opens the next, in the same turn: look after it.
      queueMicrotask(() => {
        if (check()) off();
      });
    });
  });
}
