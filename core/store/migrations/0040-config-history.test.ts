import { afterEach, describe, expect, it } from "vitest";
import { databaseAt, isStrict } from "./testing";

describe("migration 40: config history", () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it("starts trust at version 0 in a single row that cannot be duplicated", () => {
    const t = databaseAt(40);
    cleanup = t.cleanup;
    expect(isStrict(t.db, "config_history")).toBe(true);
    expect(isStrict(t.db, "config_trust")).toBe(true);
    expect(t.db.prepare("SELECT * FROM config_trust").all()).toEqual([{ id: 1, highest_version: 0 }]);
    expect(() => t.db.prepare("INSERT INTO config_trust VALUES (2, 9)").run()).toThrow(/CHECK/);
    expect(() =>
      t.db
        .prepare(
          "INSERT INTO config_history (version, bundle, received_at, status) VALUES (1, '{}', 'now', 'maybe')",
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});
