import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../../core/log";
import { KioskEvents } from "../../core/events";
import { SessionManager } from "../../core/session/session-manager";
import { InstallFolder } from "../../core/update/install-folder";
import { UpdateRefused } from "../../core/update/feed-client";
import { WebShellUpdater } from "../../core/update/web-updater";
import { ManualClock } from "../support/manual-clock";
import { type ReleaseFeed, runCurrent, standInRelease, startReleaseFeed } from "./release-feed";

let feed: ReleaseFeed;
let work = "";
let root = "";
let channel = "";
let n = 0;

beforeAll(async () => {
  feed = await startReleaseFeed();
});
afterAll(async () => {
  await feed.close();
});
beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), "web-updater-"));
  root = join(work, "opt");
  // A channel per test: each starts from "1.0.0 installed, nothing newer published".
  n += 1;
  channel = `web-${n}`;
  const folder = new InstallFolder(root);
  await folder.unpack(standInRelease(work, "1.0.0"), "1.0.0");
  folder.switchTo("1.0.0");
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

/** One start of the kiosk at `running`: its updater, its sessions, and the restarts it asked for. */
function kioskAt(running: string) {
  const sessions = new SessionManager(new KioskEvents(), new ManualClock(), { expireAfterMs: 60_000 });
  const restarts: string[] = [];
  const updater = new WebShellUpdater({
    folder: new InstallFolder(root),
    journalPath: join(work, "data", "update-journal.json"),
    feed: { centralUrl: feed.url, channel, token: () => feed.token },
    sessions,
    running,
    requestRestart: () => restarts.push(new InstallFolder(root).currentVersion() ?? "none"),
    logger: createLogger("silent"),
    now: () => new Date(),
  });
  return { updater, sessions, restarts };
}

describe("the web shell's updates on Linux (versioned folder, real central feed)", () => {
  it("downloads, verifies and unpacks the new version, switches current and asks for a restart", async () => {
    const { updater, restarts } = kioskAt("1.0.0");
    expect(await updater.checkOnce()).toBe("nothing-new");
    await feed.publish(channel, "1.1.0", standInRelease(work, "1.1.0"));
    expect(await updater.checkOnce()).toBe("restarting");
    expect(restarts).toEqual(["1.1.0"]);
    expect(runCurrent(root)).toBe("1.1.0");
    // The previous version stays, the way back; no download or staging left behind.
    expect(readdirSync(join(root, "versions")).sort()).toEqual(["1.0.0", "1.1.0"]);
    expect(readdirSync(join(root, "downloads"))).toEqual([]);
    expect(updater.report()).toEqual({ pendingAppVersion: "1.1.0" });

    // The new version starts and passes its self-test: kept, reported as installed.
    const next = kioskAt("1.1.0");
    expect(next.updater.noteStart()).toBe(false);
    expect(next.updater.settle(() => undefined)).toBe("kept");
    expect(next.restarts).toEqual([]);
    const report = next.updater.report();
    expect(report.pendingAppVersion).toBeUndefined();
    expect(report.lastAppUpdate).toMatchObject({ version: "1.1.0", outcome: "installed" });
    expect(runCurrent(root)).toBe("1.1.0");
    expect(await next.updater.checkOnce()).toBe("nothing-new");
  });

  it("refuses a file whose sha512 is not the feed's, and keeps running what it runs", async () => {
    const { updater, restarts } = kioskAt("1.0.0");
    const tarball = standInRelease(work, "1.2.0");
    await feed.publish(channel, "1.2.0", tarball);
    // Someone changes the stored file after it was published (a disk fault, or an attacker on the
    // central host): same size, other bytes; the feed still lists the published hash.
    const stored = join(feed.dir, "releases", channel, "1.2.0", "efuzhou-kiosk-web-1.2.0.tar.gz");
    const bytes = readFileSync(stored);
    bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0xff;
    writeFileSync(stored, bytes);
    await expect(updater.checkOnce()).rejects.toThrow(UpdateRefused);
    await expect(updater.checkOnce()).rejects.toThrow(/sha512/);
    expect(restarts).toEqual([]);
    expect(runCurrent(root)).toBe("1.0.0");
    expect(existsSync(join(root, "versions", "1.2.0"))).toBe(false);
    expect(readdirSync(join(root, "downloads"))).toEqual([]);
    expect(updater.report()).toEqual({});
  });

  it("refuses an archive whose package.json names another version than the feed", async () => {
    const { updater, restarts } = kioskAt("1.0.0");
    const mislabelled = join(work, "efuzhou-kiosk-web-1.3.0.tar.gz");
    writeFileSync(mislabelled, readFileSync(standInRelease(work, "1.2.9")));
    await feed.publish(channel, "1.3.0", mislabelled);
    await expect(updater.checkOnce()).rejects.toThrow(/holds 1.2.9/);
    expect(restarts).toEqual([]);
    expect(readdirSync(join(root, "versions"))).toEqual(["1.0.0"]);
  });

  it("never switches while a resident's session is open; switches as soon as it ends", async () => {
    const { updater, sessions, restarts } = kioskAt("1.0.0");
    await feed.publish(channel, "1.4.0", standInRelease(work, "1.4.0"));
    const session = sessions.start();
    const outcome = updater.checkOnce();
    // Downloaded and unpacked, then waiting: current untouched, no restart, pending reported.
    await expect.poll(() => existsSync(join(root, "versions", "1.4.0", "package.json"))).toBe(true);
    await expect.poll(() => updater.report().pendingAppVersion).toBe("1.4.0");
    await new Promise((r) => setTimeout(r, 50));
    expect(restarts).toEqual([]);
    expect(runCurrent(root)).toBe("1.0.0");
    // A resident who leaves and another who arrives at once (start() ends the first): still waiting.
    sessions.start();
    await new Promise((r) => setTimeout(r, 20));
    expect(restarts).toEqual([]);
    expect(session.sessionId).not.toBe(sessions.current?.sessionId);
    sessions.endAny("done");
    expect(await outcome).toBe("restarting");
    expect(restarts).toEqual(["1.4.0"]);
    expect(runCurrent(root)).toBe("1.4.0");
  });

  it("goes back to the previous version when the new one fails its self-test, tells the fleet, and never retakes it", async () => {
    await feed.publish(channel, "1.5.0", standInRelease(work, "1.5.0"));
    expect(await kioskAt("1.0.0").updater.checkOnce()).toBe("restarting");
    const started = kioskAt("1.5.0");
    expect(started.updater.noteStart()).toBe(false);
    const verdict = started.updater.settle(() => {
      throw new Error('site "x" offers no services');
    });
    expect(verdict).toBe("rolled-back");
    expect(started.restarts).toEqual(["1.0.0"]);
    expect(runCurrent(root)).toBe("1.0.0");
    // Both folders stay: the failed one is harmless and a technician may want to look at it.
    expect(readdirSync(join(root, "versions")).sort()).toEqual(["1.0.0", "1.5.0"]);
    const back = kioskAt("1.0.0");
    expect(back.updater.settle(() => undefined)).toBe("none");
    const report = back.updater.report();
    expect(report.lastAppUpdate).toMatchObject({ version: "1.5.0", outcome: "rolled-back" });
    expect(report.lastAppUpdate?.reason).toMatch(/self-test failed: site "x" offers no services/);
    expect(await back.updater.checkOnce()).toBe("skipped-failed");

    // The heartbeat carries it to central, which keeps the versions and raises one alert.
    const beat = await fetch(new URL("/v1/heartbeat", feed.url), {
      method: "POST",
      headers: { authorization: `Bearer ${feed.token}`, "content-type": "application/json" },
      body: JSON.stringify({
        appVersion: "1.0.0",
        configVersion: 0,
        devices: { reader: { state: "ok" }, printer: { state: "ok", paper: "ok", coverOpen: false } },
        outboxDepth: 0,
        ...report,
      }),
    });
    expect(beat.status).toBe(200);
  });

  it("goes back when the new version stopped before its self-test ended (a crash at start)", async () => {
    await feed.publish(channel, "1.6.0", standInRelease(work, "1.6.0"));
    expect(await kioskAt("1.0.0").updater.checkOnce()).toBe("restarting");
    // The first start of 1.6.0 counts itself, then dies while booting (no verdict, no settle).
    const first = kioskAt("1.6.0");
    expect(first.updater.noteStart()).toBe(false);
    expect(first.restarts).toEqual([]);
    // The supervisor starts current again: this start goes back before it boots.
    const second = kioskAt("1.6.0");
    expect(second.updater.noteStart()).toBe(true);
    expect(second.restarts).toEqual(["1.0.0"]);
    expect(runCurrent(root)).toBe("1.0.0");
    expect(second.updater.report().lastAppUpdate).toMatchObject({ version: "1.6.0", outcome: "rolled-back" });
    expect(second.updater.report().lastAppUpdate?.reason).toMatch(/stopped before its self-test/);
    // And 1.0.0, started again, has nothing on trial.
    const back = kioskAt("1.0.0");
    expect(back.updater.noteStart()).toBe(false);
    expect(back.updater.settle(() => undefined)).toBe("none");
  });
});
