import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import * as z from "zod";
import type { AppVersion } from "../../central/protocol";
import { UpdateRefused } from "./feed-client";

const run = promisify(execFile);

/**
 * The versioned install folder of the web shell on Linux:
 *
 *     <root>/versions/<version>/   one folder per version, as unpacked from its release
 *     <root>/current               a symlink to the running one (the supervisor starts current/)
 *
 * Switching versions is one rename of a new symlink over `current`: at every instant `current`
 * names a complete version, the old one or the new one, never half of either.
 */
export class InstallFolder {
  constructor(readonly root: string) {}

  get versionsDir(): string {
    return join(this.root, "versions");
  }

  /** The version `current` points at; undefined before the first install. */
  currentVersion(): string | undefined {
    try {
      return basename(readlinkSync(join(this.root, "current")));
    } catch {
      return undefined;
    }
  }

  has(version: string): boolean {
    return existsSync(join(this.versionsDir, version, "package.json"));
  }

  /**
   * Unpacks a release tarball into versions/<version>. The archive holds the app at its top
   * (package.json beside dist/); its package.json must name `version`, or it is refused: a
   * mislabelled release never becomes `current`.
   */
  async unpack(tarball: string, version: AppVersion): Promise<void> {
    mkdirSync(this.versionsDir, { recursive: true });
    const staging = join(this.versionsDir, `.${version}.${randomUUID()}.partial`);
    mkdirSync(staging);
    try {
      // GNU tar refuses members with ".." and strips leading "/" by default; no owners from the archive.
      await run("tar", ["-xzf", tarball, "-C", staging, "--no-same-owner"]);
      const manifest = z.object({ version: z.string() }).safeParse(readJson(join(staging, "package.json")));
      if (!manifest.success) throw new UpdateRefused("release archive has no package.json with a version");
      if (manifest.data.version !== version) {
        throw new UpdateRefused(`release archive holds ${manifest.data.version}, the feed says ${version}`);
      }
      rmSync(join(this.versionsDir, version), { recursive: true, force: true });
      renameSync(staging, join(this.versionsDir, version));
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw error;
    }
  }

  /** Points `current` at versions/<version>, atomically (a temp symlink renamed over it). */
  switchTo(version: string): void {
    if (!this.has(version)) throw new Error(`version ${version} is not installed in ${this.versionsDir}`);
    const temp = join(this.root, `.current.${randomUUID()}`);
    // Relative, so the install folder can be moved or mounted elsewhere as a whole.
    symlinkSync(join("versions", version), temp);
    try {
      renameSync(temp, join(this.root, "current"));
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }

  /** Removes every version folder but `keep` (the running one and the one to go back to). */
  prune(keep: readonly string[]): void {
    if (!existsSync(this.versionsDir)) return;
    for (const entry of readdirSync(this.versionsDir)) {
      if (!keep.includes(entry)) rmSync(join(this.versionsDir, entry), { recursive: true, force: true });
    }
  }
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined;
  }
}
