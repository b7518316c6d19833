import { createHash, randomUUID } from "node:crypto";
import { createWriteStream, mkdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { load } from "js-yaml";
import {
  type ReleaseChannel,
  type UpdateFeed,
  UpdateFeed as UpdateFeedSchema,
  type UpdateFeedFile,
  updatesPath,
} from "../../central/protocol";

/** An update the kiosk will not take: a feed it cannot read, or a file that is not what the feed says. */
export class UpdateRefused extends Error {
  override readonly name = "UpdateRefused";
}

/** Where the kiosk reads its feed: central's URL, its channel, its token. */
export interface FeedSource {
  centralUrl: string;
  channel: ReleaseChannel;
  token: () => string | undefined;
}

/** The feed folder's URL, ending in "/" so the files' relative URLs resolve under it. */
export const feedFolderUrl = (source: FeedSource): URL =>
  new URL(`${updatesPath(source.channel)}/`, source.centralUrl);

function headers(source: FeedSource): Record<string, string> {
  const token = source.token();
  return token === undefined ? {} : { authorization: `Bearer ${token}` };
}

/**
 * Reads latest-linux.yml (or `name`); undefined when central offers nothing (404). Anything else
 * that is not a valid feed is refused, before a byte of a release is fetched.
 */
export async function fetchFeed(
  source: FeedSource,
  name = "latest-linux.yml",
): Promise<UpdateFeed | undefined> {
  const response = await fetch(new URL(name, feedFolderUrl(source)), { headers: headers(source) });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new UpdateRefused(`update feed answered ${response.status}`);
  let parsed: unknown;
  try {
    parsed = load(await response.text());
  } catch (error) {
    throw new UpdateRefused(
      `update feed is not YAML: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const feed = UpdateFeedSchema.safeParse(parsed);
  if (!feed.success)
    throw new UpdateRefused(`update feed is malformed: ${feed.error.issues[0]?.message ?? ""}`);
  return feed.data;
}

/**
 * Downloads one file of the feed into `dir` and returns its path, only if its size and SHA-512 are
 * the feed's: anything else is deleted and refused. Streams to a temporary name, so a cut download
 * never looks complete.
 */
export async function downloadVerified(
  source: FeedSource,
  file: UpdateFeedFile,
  dir: string,
): Promise<string> {
  const url = new URL(file.url, feedFolderUrl(source));
  // The feed's URLs are relative to its folder; one that points elsewhere is not taken.
  if (!url.href.startsWith(feedFolderUrl(source).href))
    throw new UpdateRefused(`file URL leaves the feed: ${file.url}`);
  const response = await fetch(url, { headers: headers(source) });
  if (!response.ok || response.body === null)
    throw new UpdateRefused(`release file answered ${response.status}`);
  mkdirSync(dir, { recursive: true });
  const name = decodeURIComponent(url.pathname.split("/").at(-1) ?? "release");
  const target = join(dir, name);
  const temp = join(dir, `.${randomUUID()}.part`);
  const hash = createHash("sha512");
  let size = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > file.size) {
        done(new UpdateRefused(`release file is larger than the feed says (${file.size} bytes)`));
        return;
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(response.body), count, createWriteStream(temp, { mode: 0o600 }));
    if (size !== file.size)
      throw new UpdateRefused(`release file has ${size} bytes, the feed says ${file.size}`);
    const sha512 = hash.digest("base64");
    if (sha512 !== file.sha512)
      throw new UpdateRefused("release file's sha512 differs from the feed's: refused");
    renameSync(temp, target);
    return target;
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
