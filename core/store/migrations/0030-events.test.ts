import { afterEach, describe, expect, it } from "vitest";
import { databaseAt, isStrict } from "./testing";

describe("migration 30: events", () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it("creates a STRICT events table that takes only device and audit events", () => {
    const t = databaseAt(30);
    cleanup = t.cleanup;
    expect(isStrict(t.db, "events")).toBe(true);
    const insert = t.db.prepare(
      "INSERT INTO events (at, kind, source, code) VALUES ('now', ?, 'printer', 'x')",
    );
    insert.run("device");
    insert.run("audit");
    expect(() => insert.run("gossip")).toThrow(/CHECK/);
    expect(t.db.prepare("SELECT seq FROM events ORDER BY seq").all()).toEqual([{ seq: 1 }, { seq: 2 }]);
  });
});
