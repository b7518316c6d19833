import { readdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bootKiosk, type BootedKiosk } from "../../core/boot";
import { parseKioskEnv } from "../../core/config/env";
import { createLogger } from "../../core/log";
import { loadOrCreatePin } from "../../core/maintenance/pin";
import { listEvents } from "../../core/store/events";
import { openDatabase } from "../../core/store/open";
import { tempDir } from "../support/runtime";

const running: BootedKiosk[] = [];
afterEach(async () => {
  for (const kiosk of running.splice(0)) await kiosk.stop();
});

/** A loopback port nothing listens on: the kiosk starts offline, as after a bad night. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("a kiosk whose kiosk.db is damaged", () => {
  it("starts on a fresh store, keeps the damaged file aside and shows the technician an alert", async () => {
    const dataDir = tempDir("kiosk-corrupt-");
    writeFileSync(join(dataDir, "kiosk.db"), Buffer.alloc(64 * 1024, 0x5a));
    const env = parseKioskEnv(
      { KIOSK_DATA_DIR: dataDir, KIOSK_CENTRAL_URL: `http://127.0.0.1:${await deadPort()}` },
      dataDir,
    );
    const kiosk = await bootKiosk({
      env,
      shell: "web",
      appVersion: "0.0.0-test",
      logger: createLogger("silent"),
    });
    running.push(kiosk);

    expect(readdirSync(dataDir).filter((f) => f.startsWith("kiosk.db.corrupt-"))).toHaveLength(1);
    const { handlers } = kiosk.runtime;
    expect((await handlers.getStatus({})).kioskId).toMatch(/.+/);
    const unlocked = await handlers.unlockMaintenance({ pin: loadOrCreatePin(dataDir) });
    if (!unlocked.ok) throw new Error("the PIN should open the menu");
    const report = await handlers.getMaintenanceReport({ token: unlocked.token });
    expect(report.alerts.map((a) => a.code)).toEqual(["store-recovered"]);
    expect(report.alerts[0]?.message["zh-CN"]).toMatch(/数据库已损坏/);
    await kiosk.stop();
    running.splice(0);

    const { db } = openDatabase(join(dataDir, "kiosk.db"));
    const audit = listEvents(db, { kind: "audit", limit: 10 }).map((e) => `${e.source}:${e.code}`);
    db.close();
    expect(audit).toContain("store:store-recovered");
    expect(audit).toContain("maintenance:pin-accepted");
  });
});
