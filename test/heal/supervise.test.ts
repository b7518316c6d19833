import { existsSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readServiceNote } from "../../core/heal/service-note";
import { get } from "../support/webshell-client";
import { alive, type SupervisedKiosk, startSupervised } from "../support/supervised";

/**
 * The web-shell kiosk under its supervisor (dist/kiosk/supervise.mjs), its processes really
 * killed and stopped: it comes back each time, and a kiosk that cannot start ends on the
 * out-of-service screen, not a blank one.
 */
const running: SupervisedKiosk[] = [];
afterEach(async () => {
  for (const kiosk of running.splice(0)) await kiosk.stop();
});

async function supervised(env: Record<string, string> = {}, dataDir?: string): Promise<SupervisedKiosk> {
  const kiosk = await startSupervised(env, dataDir);
  running.push(kiosk);
  return kiosk;
}

/** Waits until the kiosk's own web shell serves its page (200, with the door's cookie). */
async function serving(kiosk: SupervisedKiosk): Promise<void> {
  await vi.waitFor(
    async () => {
      const page = await get(kiosk.port, "/");
      expect(page.status).toBe(200);
    },
    { timeout: 60_000, interval: 100 },
  );
}

describe("the supervisor", () => {
  it("restarts a kiosk killed with SIGKILL", async () => {
    const kiosk = await supervised();
    await serving(kiosk);
    const first = await kiosk.kioskPid();
    process.kill(first, "SIGKILL");
    const second = await kiosk.kioskPid(first);
    expect(second).not.toBe(first);
    await serving(kiosk);
    expect(kiosk.output()).toMatch(new RegExp(`pid ${String(first)}\\) ended on SIGKILL; restarting`));
  }, 90_000);

  it("kills and restarts a kiosk whose event loop stops answering (SIGSTOP)", async () => {
    const kiosk = await supervised();
    await serving(kiosk);
    const first = await kiosk.kioskPid();
    // Let the heartbeat arm (it arms on the first answer) before the process stops.
    await vi.waitFor(() => expect(existsSync(join(kiosk.dataDir, "kiosk.db"))).toBe(true), {
      timeout: 30_000,
    });
    process.kill(first, "SIGSTOP");
    const second = await kiosk.kioskPid(first);
    expect(kiosk.output()).toMatch(new RegExp(`pid ${String(first)}\\) is stuck, no answer to the watchdog`));
    expect(alive(first)).toBe(false);
    await serving(kiosk);
    expect(second).not.toBe(first);
  }, 90_000);

  it("after a crash loop shows the out-of-service screen with the kiosk's number and help line", async () => {
    // A first, healthy run notes what the screen will say; then the store is made one this app
    // refuses (written by a newer version), so every start fails.
    const first = await supervised();
    await vi.waitFor(() => expect(readServiceNote(first.dataDir)).not.toBeNull(), { timeout: 60_000 });
    const note = readServiceNote(first.dataDir);
    await first.stop();
    const db = new Database(join(first.dataDir, "kiosk.db"));
    db.pragma("user_version = 9999");
    db.close();

    const kiosk = await supervised({ KIOSK_CRASH_LIMIT: "2", KIOSK_PAUSE_S: "600" }, first.dataDir);
    await vi.waitFor(
      async () => {
        const screen = await get(kiosk.port, "/");
        expect(screen.status).toBe(503);
      },
      { timeout: 60_000, interval: 200 },
    );
    const screen = await get(kiosk.port, "/");
    expect(screen.body).toContain("本终端暂停服务");
    expect(screen.body).toContain("This kiosk is out of service");
    expect(screen.body).toContain(note?.kioskId);
    expect(screen.body).toContain("12345");
    expect(screen.headers["cache-control"]).toBe("no-store");
    expect(kiosk.output()).toMatch(/in a crash loop: out of service for 600 s/);
    // Nothing runs during the pause: the loop is not spinning.
    expect(kiosk.output().match(/kiosk started/g)).toHaveLength(2);
  }, 120_000);
});
