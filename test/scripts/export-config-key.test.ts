import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startCentralServer } from "../../central/server";
import { readTrustedKeys } from "../../core/config/trusted-keys";
import { runScript } from "./run-script";

/**
 * `fleet export-config-key` prints what a kiosk image installs as trusted-config-keys.json: the
 * public half of the key this very central signs with, found where the service keeps it.
 */
describe("fleet export-config-key", () => {
  it("prints the service's own public key as the kiosk's trusted-keys file, or the bare PEM", async () => {
    const dir = mkdtempSync(join(tmpdir(), "export-key-"));
    const db = join(dir, "central.db");
    const server = await startCentralServer({ db, port: 0, demoData: false });
    const expected = server.publicKeys();
    await server.close();

    const [json, pem] = await Promise.all([
      runScript("fleet.ts", ["export-config-key"], { CENTRAL_DB: db }),
      runScript("fleet.ts", ["export-config-key", "--pem"], { CENTRAL_DB: db }),
    ]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(expected);
    expect(pem.code).toBe(0);
    expect(pem.stdout).toBe(expected[0]?.publicKeyPem);

    // Installed as the kiosk reads it: the kiosk trusts exactly that key.
    const kioskDir = mkdtempSync(join(tmpdir(), "export-key-kiosk-"));
    writeFileSync(join(kioskDir, "trusted-config-keys.json"), json.stdout);
    expect(readTrustedKeys(kioskDir)).toEqual(expected);
  }, 60_000);

  it("follows CENTRAL_DATA_DIR as the service does, and never mints a key where there is none", async () => {
    const dir = mkdtempSync(join(tmpdir(), "export-key-dir-"));
    const keys = join(dir, "keys");
    const db = join(dir, "central.db");
    const server = await startCentralServer({ db, port: 0, demoData: false, dataDir: keys });
    const expected = server.publicKeys();
    await server.close();
    const elsewhere = mkdtempSync(join(tmpdir(), "export-key-none-"));
    writeFileSync(join(elsewhere, "config-signing-key.pem"), "not a key\n");
    const [withDir, withoutDir, none, damaged] = await Promise.all([
      runScript("fleet.ts", ["export-config-key"], { CENTRAL_DB: db, CENTRAL_DATA_DIR: keys }),
      runScript("fleet.ts", ["export-config-key"], { CENTRAL_DB: db }),
      runScript("fleet.ts", ["export-config-key"], { CENTRAL_DB: join(dir, "nowhere", "c.db") }),
      runScript("fleet.ts", ["export-config-key"], { CENTRAL_DB: db, CENTRAL_DATA_DIR: elsewhere }),
    ]);
    expect(withDir.code).toBe(0);
    expect(JSON.parse(withDir.stdout)).toEqual(expected);
    // The database's folder holds no key when the service keeps it in CENTRAL_DATA_DIR.
    expect(withoutDir.code).toBe(1);
    expect(withoutDir.stderr).toContain(`no signing key at ${join(dir, "config-signing-key.pem")}`);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/start the central service once/);
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toMatch(/is not a usable key/);
    for (const r of [withoutDir, none, damaged]) {
      expect(r.stdout).toBe("");
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  }, 60_000);
});
