import { afterEach, describe, expect, it } from "vitest";
import { databaseAt, migrateToLatest } from "./testing";

describe("migration 60: outbox parking", () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it("keeps queued items queued and unparked, with no failures counted", () => {
    const t = databaseAt(50);
    cleanup = t.cleanup;
    t.db
      .prepare(
        `INSERT INTO outbox (id, service_id, payload, created_at, state, attempts, next_attempt_at, last_error)
         VALUES ('a', 'svc', x'00', '2026-01-01T00:00:00Z', 'queued', 3, 0, 'HTTP 503')`,
      )
      .run();
    const db = migrateToLatest(t.path, t.db);
    cleanup = () => {
      db.close();
      t.cleanup();
    };
    expect(db.prepare("SELECT * FROM outbox").get()).toMatchObject({
      id: "a",
      state: "queued",
      attempts: 3,
      server_failures: 0,
      first_failed_at: null,
      parked_at: null,
      parked_reason: null,
    });
    // A parked row still holds its payload: the CHECK on queued rows is unchanged.
    expect(() => db.prepare("UPDATE outbox SET payload = NULL, parked_at = 'x'").run()).toThrow(/CHECK/);
  });
});
