import { afterEach, describe, expect, it } from "vitest";
import { databaseAt, isStrict } from "./testing";

describe("migration 50: kv", () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it("creates a STRICT key-value table with one value per key", () => {
    const t = databaseAt(50);
    cleanup = t.cleanup;
    expect(isStrict(t.db, "kv")).toBe(true);
    const insert = t.db.prepare("INSERT INTO kv (key, value, updated_at) VALUES ('k', ?, 'now')");
    insert.run("1");
    expect(() => insert.run("2")).toThrow(/UNIQUE/);
    expect(() => insert.run(null)).toThrow(/NOT NULL/);
  });
});
