import { afterEach, describe, expect, it } from "vitest";
import { databaseAt, isStrict } from "./testing";

describe("migration 70: local config", () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it("creates a STRICT, append-only table of saved layers numbered in order", () => {
    const t = databaseAt(70);
    cleanup = t.cleanup;
    expect(isStrict(t.db, "local_config")).toBe(true);
    const insert = t.db.prepare("INSERT INTO local_config (layer, saved_at) VALUES (?, 'now')");
    const first = insert.run("{}").lastInsertRowid;
    const second = insert.run('{"reader":{}}').lastInsertRowid;
    expect(Number(second)).toBeGreaterThan(Number(first));
    expect(() => insert.run(null)).toThrow(/NOT NULL/);
  });
});
