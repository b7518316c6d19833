import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadIdentity, saveIdentity } from "./identity";
import { openKioskStore } from "./kiosk-store";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("identity", () => {
  it("keeps the kiosk id and a sealed token across restarts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kiosk-identity-"));
    dirs.push(dir);
    const store = await openKioskStore({ dataDir: dir });
    expect(loadIdentity(store.db, store.sealer)).toBeUndefined();
    const identity = {
      kioskId: "k-1",
      name: "鼓楼大厅 1",
      centralUrl: "http://127.0.0.1:1",
      token: "tok-SECRET-abc",
    };
    saveIdentity(store.db, store.sealer, identity, "t1");
    store.db.pragma("wal_checkpoint(TRUNCATE)");
    expect(readFileSync(store.path).includes("tok-SECRET-abc")).toBe(false);
    store.close();

    const again = await openKioskStore({ dataDir: dir });
    expect(loadIdentity(again.db, again.sealer)).toEqual(identity);
    again.close();
  });
});
