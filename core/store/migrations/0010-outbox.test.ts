import { afterEach, describe, expect, it } from "vitest";
import { databaseAt, isStrict } from "./testing";

describe("migration 10: outbox", () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it("creates a STRICT outbox whose queued rows, and only those, hold a payload", () => {
    const t = databaseAt(10);
    cleanup = t.cleanup;
    expect(isStrict(t.db, "outbox")).toBe(true);
    const insert = t.db.prepare(
      `INSERT INTO outbox (id, service_id, payload, created_at, state, next_attempt_at) VALUES (?, 's', ?, 'now', ?, 0)`,
    );
    insert.run("a", Buffer.from([1]), "queued");
    expect(() => insert.run("b", null, "queued")).toThrow(/CHECK/);
    expect(() => insert.run("c", Buffer.from([1]), "sent")).toThrow(/CHECK/);
    expect(() => insert.run("d", null, "lost")).toThrow(/CHECK/);
    expect(() => insert.run("a", Buffer.from([1]), "queued")).toThrow(/UNIQUE/);
    // STRICT: a text in an INTEGER column is refused rather than silently stored.
    expect(() =>
      t.db
        .prepare(
          `INSERT INTO outbox (id, service_id, payload, created_at, state, next_attempt_at) VALUES ('e', 's', x'01', 'now', 'queued', 'soon')`,
        )
        .run(),
    ).toThrow(/cannot store TEXT/);
  });
});
