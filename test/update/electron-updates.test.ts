import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../../core/log";
import { KioskEvents } from "../../core/events";
import { SessionManager } from "../../core/session/session-manager";
import { ElectronUpdates, type UpdaterEdge } from "../../core/update/electron-updates";
import { downloadVerified, type FeedSource, fetchFeed } from "../../core/update/feed-client";
import { ManualClock } from "../support/manual-clock";
import { type ReleaseFeed, startReleaseFeed } from "./release-feed";

/**
 * The Electron edge, which cannot run here: electron-updater's part (read the feed it is pointed
 * at, download, check the sha512) done with the kiosk's own feed client against the real central
 * route; installing is recorded instead of run.
 */
class RecordingEdge implements UpdaterEdge {
  feed: FeedSource | undefined;
  readonly installs: string[] = [];
  readonly installersRun: string[] = [];
  constructor(
    private readonly base: Omit<FeedSource, "token">,
    private readonly cache: string,
  ) {}
  configure({ url, headers }: { url: string; headers: Record<string, string> }): void {
    expect(url).toBe(new URL(`/v1/updates/${this.base.channel}/`, this.base.centralUrl).href);
    const token = headers.authorization?.replace(/^Bearer /, "");
    this.feed = { ...this.base, token: () => token };
  }
  async download() {
    if (this.feed === undefined) throw new Error("not configured");
    const feed = await fetchFeed(this.feed, "latest.yml");
    const file = feed?.files[0];
    if (feed === undefined || file === undefined) return undefined;
    return { version: feed.version, file: await downloadVerified(this.feed, file, this.cache) };
  }
  install(): void {
    this.installs.push("install");
  }
  runInstaller(file: string): void {
    this.installersRun.push(basename(file));
  }
}

let feed: ReleaseFeed;
let work = "";
let channel = "";
let n = 0;

beforeAll(async () => {
  feed = await startReleaseFeed();
});
afterAll(async () => {
  await feed.close();
});
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "electron-updates-"));
  n += 1;
  channel = `electron-${n}`;
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

function installer(version: string, bytes = `installer of ${version}`): string {
  const file = join(work, `efuzhou-kiosk-setup-${version}.exe`);
  writeFileSync(file, bytes);
  return file;
}

function kioskAt(running: string) {
  const sessions = new SessionManager(new KioskEvents(), new ManualClock(), { expireAfterMs: 60_000 });
  const edge = new RecordingEdge({ centralUrl: feed.url, channel }, join(work, "updater-cache"));
  const updates = new ElectronUpdates({
    edge,
    feedName: "latest.yml",
    feed: { centralUrl: feed.url, channel, token: () => feed.token },
    journalPath: join(work, "data", "update-journal.json"),
    installersDir: join(work, "data", "installers"),
    sessions,
    running,
    logger: createLogger("silent"),
    now: () => new Date(),
  });
  return { updates, edge, sessions };
}

describe("the Electron shell's updates (electron-updater at the edge, real central feed)", () => {
  it("installs a downloaded version only once no session is open, keeping its installer", async () => {
    const { updates, edge, sessions } = kioskAt("1.0.0");
    expect(await updates.checkOnce()).toBe("nothing-new");
    expect(edge.feed).toBeUndefined();
    await feed.publish(channel, "1.1.0", installer("1.1.0"));
    sessions.start();
    const outcome = updates.checkOnce();
    await expect.poll(() => updates.report().pendingAppVersion).toBe("1.1.0");
    await new Promise((r) => setTimeout(r, 50));
    expect(edge.installs).toEqual([]);
    sessions.endAny("done");
    expect(await outcome).toBe("installing");
    expect(edge.installs).toEqual(["install"]);
    expect(readdirSync(join(work, "data", "installers", "1.1.0"))).toEqual(["efuzhou-kiosk-setup-1.1.0.exe"]);

    const started = kioskAt("1.1.0");
    expect(started.updates.settle(() => undefined)).toBe("kept");
    expect(started.updates.report().lastAppUpdate).toMatchObject({ version: "1.1.0", outcome: "installed" });
  });

  it("does not install what electron-updater refused (sha512 differs from the feed)", async () => {
    const { updates, edge } = kioskAt("1.0.0");
    await feed.publish(channel, "1.2.0", installer("1.2.0"));
    const stored = join(feed.dir, "releases", channel, "1.2.0", "efuzhou-kiosk-setup-1.2.0.exe");
    writeFileSync(stored, "installer of 1.2.X");
    await expect(updates.checkOnce()).rejects.toThrow(/sha512/);
    expect(edge.installs).toEqual([]);
    expect(updates.report()).toEqual({});
    expect(existsSync(join(work, "data", "installers", "1.2.0"))).toBe(false);
  });

  it("runs the previous version's kept installer when the new one fails its self-test", async () => {
    // 1.0.0 itself came through the updater: its installer is kept.
    mkdirSync(join(work, "data", "installers", "1.0.0"), { recursive: true });
    copyFileSync(
      installer("1.0.0"),
      join(work, "data", "installers", "1.0.0", "efuzhou-kiosk-setup-1.0.0.exe"),
    );
    await feed.publish(channel, "1.3.0", installer("1.3.0"));
    expect(await kioskAt("1.0.0").updates.checkOnce()).toBe("installing");
    const started = kioskAt("1.3.0");
    const verdict = started.updates.settle(() => {
      throw new Error("default locale is not offered");
    });
    expect(verdict).toBe("rolled-back");
    expect(started.edge.installersRun).toEqual(["efuzhou-kiosk-setup-1.0.0.exe"]);
    const back = kioskAt("1.0.0");
    expect(back.updates.settle(() => undefined)).toBe("none");
    expect(back.updates.report().lastAppUpdate).toMatchObject({ version: "1.3.0", outcome: "rolled-back" });
    // Not downloaded again while the feed still offers the version that failed here.
    expect(await back.updates.checkOnce()).toBe("skipped-failed");
    expect(back.edge.feed).toBeUndefined();
  });

  it("reports a failed update when no installer of the previous version was kept", async () => {
    await feed.publish(channel, "1.4.0", installer("1.4.0"));
    expect(await kioskAt("1.0.0").updates.checkOnce()).toBe("installing");
    const started = kioskAt("1.4.0");
    expect(
      started.updates.settle(() => {
        throw new Error("no services");
      }),
    ).toBe("failed");
    expect(started.edge.installersRun).toEqual([]);
    expect(started.updates.report().lastAppUpdate).toMatchObject({ version: "1.4.0", outcome: "failed" });
  });
});
