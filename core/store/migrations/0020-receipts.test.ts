import { afterEach, describe, expect, it } from "vitest";
import { databaseAt, isStrict, migrateToLatest } from "./testing";

describe("migration 20: receipts", () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it("adds receipts and keeps the outbox rows written at version 10", () => {
    const t = databaseAt(10);
    cleanup = t.cleanup;
    t.db
      .prepare(
        `INSERT INTO outbox (id, service_id, payload, created_at, state, next_attempt_at) VALUES ('x', 's', x'01', 'now', 'queued', 5)`,
      )
      .run();
    const db = migrateToLatest(t.path, t.db);
    cleanup = () => {
      db.close();
      t.cleanup();
    };
    expect(db.prepare("SELECT id, next_attempt_at FROM outbox").all()).toEqual([
      { id: "x", next_attempt_at: 5 },
    ]);
    expect(isStrict(db, "receipts")).toBe(true);
    const insert = db.prepare(
      "INSERT INTO receipts (id, kind, service_id, reference_no, issued_at) VALUES (?, ?, 's', 'R1', 'now')",
    );
    insert.run("r1", "ticket");
    expect(() => insert.run("r2", "coupon")).toThrow(/CHECK/);
  });
});
