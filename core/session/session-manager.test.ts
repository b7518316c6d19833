import { describe, expect, it } from "vitest";
import { ManualClock } from "../../test/support/manual-clock";
import type { EventPayload } from "../api";
import { KioskEvents } from "../events";
import { SessionManager } from "./session-manager";

function setup() {
  const clock = new ManualClock();
  const events = new KioskEvents();
  const ended: EventPayload<"session-ended">[] = [];
  events.on("session-ended", (e) => ended.push(e));
  const sessions = new SessionManager(events, clock, { expireAfterMs: 60_000 });
  return { clock, sessions, ended };
}

describe("SessionManager", () => {
  it("wipes the session's data before announcing its end", () => {
    const { sessions, ended } = setup();
    const held = new Map<string, string>();
    const order: string[] = [];
    sessions.onWipe((id) => {
      held.delete(id);
      order.push("wipe");
    });
    const { sessionId } = sessions.start();
    held.set(sessionId, "35010219900101123X");
    sessions.end(sessionId, "done");
    order.push(`ended:${ended.length}`);
    expect(held.size).toBe(0);
    expect(order).toEqual(["wipe", "ended:1"]);
    expect(ended).toEqual([{ sessionId, reason: "done" }]);
    expect(sessions.current).toBeNull();
  });

  it("expires a session that stops hearing keep-alives, and not one that keeps hearing them", () => {
    const { clock, sessions, ended } = setup();
    const { sessionId } = sessions.start();
    clock.advance(50_000);
    expect(sessions.keepAlive(sessionId)).toBe(true);
    clock.advance(50_000);
    expect(sessions.current?.sessionId).toBe(sessionId);
    clock.advance(10_001);
    expect(sessions.current).toBeNull();
    expect(ended).toEqual([{ sessionId, reason: "expired" }]);
  });

  it("ignores ends and keep-alives for sessions that are not current", () => {
    const { sessions, ended } = setup();
    const first = sessions.start();
    const second = sessions.start();
    expect(ended).toEqual([{ sessionId: first.sessionId, reason: "cancel" }]);
    expect(sessions.keepAlive(first.sessionId)).toBe(false);
    sessions.end(first.sessionId, "done");
    expect(sessions.current?.sessionId).toBe(second.sessionId);
    sessions.end(second.sessionId, "idle");
    sessions.end(second.sessionId, "idle");
    expect(ended).toHaveLength(2);
  });
});
