import { createHash, randomUUID } from "node:crypto";
import { createWriteStream, mkdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { HttpError } from "../http/errors";
import type { AppVersion, ReleaseChannel, ReleaseFileName } from "../protocol";

/** Largest release file the service stores (an AppImage with Electron is about 120 MB). */
export const MAX_RELEASE_BYTES = 1024 * 1024 * 1024;

/** The folder under the central data folder that holds every release file. */
export const releasesDir = (dataDir: string): string => join(dataDir, "releases");

/** Where one release file lives; every part was validated (no separators, not hidden). */
export function releaseFilePath(
  dir: string,
  file: { channel: ReleaseChannel; version: AppVersion; name: ReleaseFileName },
): string {
  return join(dir, file.channel, file.version, file.name);
}

/** A file received in full beside its final place: keep it (rename into place) or discard it. */
export interface StagedReleaseFile {
  sha512: string;
  size: number;
  keep(): void;
  discard(): void;
}

/**
 * Streams `source` into the release folder under a temporary name, hashing as it goes; the caller
 * renames it into place only once it is complete and registered: a feed never lists a
 * half-written file, and an upload cut short leaves nothing behind.
 */
export async function stageReleaseFile(
  dir: string,
  file: { channel: ReleaseChannel; version: AppVersion; name: ReleaseFileName },
  source: Readable,
): Promise<StagedReleaseFile> {
  const target = releaseFilePath(dir, file);
  mkdirSync(join(dir, file.channel, file.version), { recursive: true });
  const temp = `${target}.${randomUUID()}.part`;
  const hash = createHash("sha512");
  let size = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > MAX_RELEASE_BYTES) {
        done(
          new HttpError(
            413,
            "too_large",
            "发布文件过大",
            `a release file is at most ${MAX_RELEASE_BYTES} bytes`,
          ),
        );
        return;
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, count, createWriteStream(temp, { mode: 0o644 }));
    if (size === 0) throw new HttpError(400, "empty_release", "发布文件为空", "the release file is empty");
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return {
    sha512: hash.digest("base64"),
    size,
    keep: () => {
      renameSync(temp, target);
    },
    discard: () => {
      rmSync(temp, { force: true });
    },
  };
}
