import type { Readable } from "node:stream";
import type { Kysely } from "kysely";
import type { CentralSchema } from "../db/schema";
import { HttpError } from "../http/errors";
import {
  type AppVersion,
  platformOfFile,
  type ReleaseChannel,
  type ReleasePlatform,
  type ReleasePublishQuery,
  type ReleasePublishReply,
} from "../protocol";
import { stageReleaseFile } from "./release-files";

/** One stored release file, as the feed lists it. */
export interface ReleaseFile {
  name: string;
  platform: ReleasePlatform;
  sha512: string;
  size: number;
  publishedAt: string;
}

/**
 * Stores a release file and registers it. Publishing the same bytes again under the same name is
 * a no-op (a retried upload); different bytes under a published name are refused (409): a kiosk
 * that verified the first file must never meet another under its name.
 */
export async function publishRelease(
  db: Kysely<CentralSchema>,
  dir: string,
  release: ReleasePublishQuery,
  source: Readable,
  now: Date,
): Promise<ReleasePublishReply> {
  const existing = await registered(db, release);
  const staged = await stageReleaseFile(dir, release, source);
  if (existing !== undefined) {
    staged.discard();
    if (staged.sha512 !== existing.sha512) {
      throw conflict(release);
    }
    return replyOf(
      existing.channel,
      existing.version,
      existing.name,
      existing.sha512,
      Number(existing.size),
      existing.published_at,
    );
  }
  const publishedAt = now.toISOString();
  try {
    // The row and the file together: the rename happens inside the transaction that inserts the
    // row, so the row is never seen without its file, and of two managers racing on one name the
    // loser's insert fails before its file can replace the winner's.
    await db.transaction().execute(async (tx) => {
      await tx
        .insertInto("app_releases")
        .values({
          channel: release.channel,
          version: release.version,
          name: release.name,
          platform: platformOfFile(release.name),
          sha512: staged.sha512,
          size: staged.size,
          published_at: publishedAt,
        })
        .execute();
      staged.keep();
    });
  } catch (error) {
    staged.discard();
    const winner = await registered(db, release);
    if (winner === undefined) throw error;
    if (winner.sha512 !== staged.sha512) throw conflict(release);
    return replyOf(
      winner.channel,
      winner.version,
      winner.name,
      winner.sha512,
      Number(winner.size),
      winner.published_at,
    );
  }
  return replyOf(release.channel, release.version, release.name, staged.sha512, staged.size, publishedAt);
}

function conflict(release: ReleasePublishQuery): HttpError {
  return new HttpError(
    409,
    "release_exists",
    "该版本的此文件已发布，内容不同",
    `${release.name} of ${release.version} on ${release.channel} is already published with other content`,
  );
}

function registered(db: Kysely<CentralSchema>, release: ReleasePublishQuery) {
  return db
    .selectFrom("app_releases")
    .selectAll()
    .where("channel", "=", release.channel)
    .where("version", "=", release.version)
    .where("name", "=", release.name)
    .executeTakeFirst();
}

function replyOf(
  channel: string,
  version: string,
  name: string,
  sha512: string,
  size: number,
  publishedAt: string,
): ReleasePublishReply {
  return {
    channel,
    version,
    name,
    platform: platformOfFile(name),
    sha512,
    size,
    publishedAt,
  };
}

/** The highest version published on the channel, if any. */
/** Every version published on a channel, in no particular order. */
export async function publishedVersionsOf(
  db: Kysely<CentralSchema>,
  channel: ReleaseChannel,
): Promise<AppVersion[]> {
  const rows = await db
    .selectFrom("app_releases")
    .select("version")
    .distinct()
    .where("channel", "=", channel)
    .execute();
  return rows.map((r) => r.version);
}

/** The files of one release, oldest first (the first one is the feed's `path`). */
export async function releaseFiles(
  db: Kysely<CentralSchema>,
  channel: ReleaseChannel,
  version: AppVersion,
): Promise<ReleaseFile[]> {
  const rows = await db
    .selectFrom("app_releases")
    .selectAll()
    .where("channel", "=", channel)
    .where("version", "=", version)
    .orderBy("published_at")
    .orderBy("name")
    .execute();
  return rows.map((r) => ({
    name: r.name,
    platform: r.platform === "windows" ? "windows" : "linux",
    sha512: r.sha512,
    size: Number(r.size),
    publishedAt: r.published_at,
  }));
}
