import { afterEach, describe, expect, it } from "vitest";
import { databaseAt, isStrict } from "./testing";

describe("migration 100: payments", () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it("creates a STRICT table with one row per order and per submission", () => {
    const t = databaseAt(100);
    cleanup = t.cleanup;
    expect(isStrict(t.db, "payments")).toBe(true);
    const insert = t.db.prepare(
      "INSERT INTO payments (order_id, submission_id, service_id, amount_fen, state, created_at, updated_at) VALUES (?, ?, 'svc', 100, 'pending', 'now', 'now')",
    );
    insert.run("o1", "s1");
    expect(() => insert.run("o1", "s2")).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run("o2", "s1")).toThrow(/UNIQUE/);
    expect(() =>
      t.db
        .prepare(
          "INSERT INTO payments (order_id, submission_id, service_id, amount_fen, state, created_at, updated_at) VALUES ('o3', 's3', 'svc', 'lots', 'pending', 'now', 'now')",
        )
        .run(),
    ).toThrow();
  });
});
