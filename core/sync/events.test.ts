import { describe, expect, it } from "vitest";
import { SyncEvents } from "./events";

describe("SyncEvents.afterCommit", () => {
  it("delivers events raised inside only after the work returns", () => {
    const events = new SyncEvents();
    const heard: boolean[] = [];
    events.on("online-changed", (online) => heard.push(online));
    const result = events.afterCommit(() => {
      events.emit("online-changed", true);
      expect(heard).toEqual([]);
      return 7;
    });
    expect(result).toBe(7);
    expect(heard).toEqual([true]);
  });

  it("drops them when the work throws (a rolled-back transaction)", () => {
    const events = new SyncEvents();
    const heard: boolean[] = [];
    events.on("online-changed", (online) => heard.push(online));
    expect(() =>
      events.afterCommit(() => {
        events.emit("online-changed", true);
        throw new Error("rollback");
      }),
    ).toThrow("rollback");
    events.emit("online-changed", false);
    expect(heard).toEqual([false]);
  });
});

describe("SyncEvents listeners", () => {
  it("keeps the hub's rule for a throwing listener inside afterCommit", () => {
    const faults: unknown[] = [];
    const events = new SyncEvents((error) => faults.push(error));
    const heard: boolean[] = [];
    events.on("online-changed", () => {
      throw new Error("listener bug");
    });
    events.on("online-changed", (online) => heard.push(online));
    const result = events.afterCommit(() => {
      events.emit("online-changed", true);
      return "committed";
    });
    expect(result).toBe("committed");
    expect(heard).toEqual([true]);
    expect(faults).toHaveLength(1);
  });
});
