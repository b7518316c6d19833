import { describe, expect, it } from "vitest";
import { ManualClock } from "../../test/support/manual-clock";
import type { EventPayload } from "../api";
import { KioskEvents } from "../events";
import { MenuVisit } from "./menu-visit";
import { SessionManager } from "./session-manager";

function setup() {
  const events = new KioskEvents();
  const ended: EventPayload<"session-ended">[] = [];
  events.on("session-ended", (e) => ended.push(e));
  const sessions = new SessionManager(events, new ManualClock(), { expireAfterMs: 60_000 });
  let rereads = 0;
  const visit = new MenuVisit(sessions, () => {
    rereads++;
  });
  return { sessions, visit, ended, rereads: () => rereads };
}

describe("MenuVisit", () => {
  it("keeps the resident's session that was open when the menu opened", () => {
    const { sessions, visit, ended, rereads } = setup();
    const resident = sessions.start();
    visit.enter();
    visit.leave();
    expect(sessions.current?.sessionId).toBe(resident.sessionId);
    expect(ended).toEqual([]);
    expect(rereads()).toBe(0);
  });

  it("ends a session begun while the menu was open, and has the card on the reader read again", () => {
    const { sessions, visit, ended, rereads } = setup();
    visit.enter();
    const technician = sessions.start();
    visit.leave();
    expect(sessions.current).toBeNull();
    expect(ended).toEqual([{ sessionId: technician.sessionId, reason: "cancel" }]);
    expect(rereads()).toBe(1);
  });

  it("ends a session that replaced the resident's while the menu was open", () => {
    const { sessions, visit, ended } = setup();
    sessions.start();
    visit.enter();
    const later = sessions.start();
    visit.leave();
    expect(sessions.current).toBeNull();
    expect(ended.at(-1)).toEqual({ sessionId: later.sessionId, reason: "cancel" });
  });

  it("does nothing when no session is open, and forgets the resident after leaving", () => {
    const { sessions, visit, ended, rereads } = setup();
    visit.enter();
    visit.leave();
    expect(ended).toEqual([]);
    expect(rereads()).toBe(0);
    // A visit that was never entered (menu closed by its own idle lock) keeps nobody's session.
    sessions.start();
    visit.leave();
    expect(sessions.current).toBeNull();
  });
});
