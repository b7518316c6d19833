import { describe, expect, it } from "vitest";
import { ManualClock } from "../../test/support/manual-clock";
import { KioskEvents } from "../events";
import { SessionManager } from "./session-manager";
import { SessionReceipts } from "./session-receipts";

function setup() {
  const sessions = new SessionManager(new KioskEvents(), new ManualClock(), { expireAfterMs: 60_000 });
  return { sessions, receipts: new SessionReceipts(sessions) };
}

const ticket = { layoutId: "queue-ticket", data: { ticketNumber: "A023" } };

describe("SessionReceipts", () => {
  it("keeps the open session's receipt for one print, again only after a failed attempt", () => {
    const { sessions, receipts } = setup();
    const { sessionId } = sessions.start();
    receipts.record(sessionId, ticket);
    expect(receipts.claim(sessionId)).toEqual({ ok: true, receipt: ticket });
    // A second print while the first runs (a double tap, a page sending twice) is refused.
    expect(receipts.claim(sessionId)).toEqual({ ok: false, why: "this session's receipt is printing" });
    receipts.settle(sessionId, false);
    expect(receipts.claim(sessionId)).toMatchObject({ ok: true });
    receipts.settle(sessionId, true);
    expect(receipts.claim(sessionId)).toEqual({
      ok: false,
      why: "this session's receipt was already printed",
    });
  });

  it("holds nothing for another session, a session that is not open, or after the session ends", () => {
    const { sessions, receipts } = setup();
    receipts.record("not-a-session", ticket);
    expect(receipts.get("not-a-session")).toBeNull();
    const first = sessions.start().sessionId;
    receipts.record(first, ticket);
    expect(receipts.get(first)).toEqual(ticket);
    expect(receipts.claim("other")).toMatchObject({ ok: false });
    // Starting another session ends the first, and its receipt goes with it.
    const second = sessions.start().sessionId;
    expect(receipts.get(first)).toBeNull();
    expect(receipts.get(second)).toBeNull();
    receipts.record(second, ticket);
    sessions.end(second, "done");
    expect(receipts.get(second)).toBeNull();
  });
});
