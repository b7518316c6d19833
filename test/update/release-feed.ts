import { execFileSync } from "node:child_process";
import { createReadStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openCentralDb } from "../../central/db/connect";
import { type CentralServer, startCentralServer } from "../../central/server";
import { releasesDir } from "../../central/updates/release-files";
import { publishRelease } from "../../central/updates/releases";
import type { EnrollReply } from "../../central/protocol";

/**
 * A real central service on SQLite in a scratch folder, with one enrolled kiosk: the update feed
 * the kiosk-side updaters are tested against (no fake feed: the real route, real HTTP).
 */
export interface ReleaseFeed {
  url: string;
  token: string;
  kioskId: string;
  dir: string;
  /** Publishes a file on the channel, as `fleet publish-release` does. */
  publish(channel: string, version: string, file: string): Promise<void>;
  close(): Promise<void>;
}

export async function startReleaseFeed(): Promise<ReleaseFeed> {
  const dir = mkdtempSync(join(tmpdir(), "update-feed-"));
  const target = join(dir, "central.db");
  const server: CentralServer = await startCentralServer({
    port: 0,
    db: target,
    dataDir: dir,
    demoData: false,
  });
  const code = await server.createEnrollmentCode();
  const enrolled = (await (
    await fetch(new URL("/v1/enroll", server.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code, name: "update test kiosk" }),
    })
  ).json()) as EnrollReply;
  return {
    url: server.url,
    token: enrolled.token,
    kioskId: enrolled.kioskId,
    dir,
    async publish(channel, version, file) {
      const db = await openCentralDb(target, { poolSize: 1 });
      try {
        const name = file.split("/").at(-1) ?? file;
        await publishRelease(
          db.db,
          releasesDir(dir),
          { channel, version, name },
          createReadStream(file),
          new Date(),
        );
      } finally {
        await db.close();
      }
    },
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A stand-in app release: a tarball holding package.json and app.cjs, which prints its version
 * (what a real release's entry point would run), at the archive's top like a real release.
 */
export function standInRelease(workDir: string, version: string): string {
  const src = join(workDir, `src-${version}`);
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, "package.json"), JSON.stringify({ name: "efuzhou-kiosk", version }));
  writeFileSync(join(src, "app.cjs"), 'process.stdout.write(require("./package.json").version);\n');
  const tarball = join(workDir, `efuzhou-kiosk-web-${version}.tar.gz`);
  execFileSync("tar", ["-czf", tarball, "-C", src, "."]);
  return tarball;
}

/** Runs `<root>/current/app.cjs` as the supervisor would start `current`, and returns what it printed. */
export function runCurrent(root: string): string {
  return execFileSync(process.execPath, [join(root, "current", "app.cjs")], { encoding: "utf8" });
}
