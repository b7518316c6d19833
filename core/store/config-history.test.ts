import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  getConfigVersion,
  highestTrustedVersion,
  latestCommittedConfig,
  raiseTrustedVersion,
  recordConfigBundle,
  setConfigStatus,
} from "./config-history";
import type { WritableDb } from "./handles";
import { openDatabase } from "./open";

let dir = "";
let db: WritableDb;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "kiosk-config-"));
  db = openDatabase(join(dir, "kiosk.db")).db;
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("config history", () => {
  it("tracks a bundle from received to committed and finds the last good one", () => {
    recordConfigBundle(db, { version: 3, bundle: '{"v":3}', receivedAt: "t1", status: "received" });
    setConfigStatus(db, 3, "applied", "t2");
    expect(getConfigVersion(db, 3)).toMatchObject({ status: "applied", applied_at: "t2" });
    setConfigStatus(db, 3, "committed", "t3");
    recordConfigBundle(db, { version: 4, bundle: '{"v":4}', receivedAt: "t4", status: "received" });
    setConfigStatus(db, 4, "rolled-back", "t5", "self-test failed: printer");
    expect(latestCommittedConfig(db)).toMatchObject({ version: 3, applied_at: "t2", status: "committed" });
  });

  it("never lowers the highest trusted version", () => {
    expect(highestTrustedVersion(db)).toBe(0);
    expect(raiseTrustedVersion(db, 7)).toBe(7);
    expect(raiseTrustedVersion(db, 5)).toBe(7);
    expect(highestTrustedVersion(db)).toBe(7);
  });
});
