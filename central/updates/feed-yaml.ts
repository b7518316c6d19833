import { type UpdateFeed, UpdateFeed as UpdateFeedSchema } from "../protocol";
import type { ReleaseFile } from "./releases";

/** The feed of one release for one platform, or undefined when the release has no file for it. */
export function feedOf(version: string, files: readonly ReleaseFile[]): UpdateFeed | undefined {
  const [first] = files;
  if (first === undefined) return undefined;
  const listed = files.map((f) => ({ url: `${version}/${f.name}`, sha512: f.sha512, size: f.size }));
  return UpdateFeedSchema.parse({
    version,
    files: listed,
    path: listed[0]?.url,
    sha512: first.sha512,
    releaseDate: files
      .map((f) => f.publishedAt)
      .sort()
      .at(-1),
  });
}

/**
 * The feed as YAML, the only format electron-updater reads. Every value is a validated token
 * (version, file name, base64, ISO time), written double-quoted: JSON's string syntax is YAML's,
 * so nothing in a value can break the document.
 */
export function feedYaml(feed: UpdateFeed): string {
  const q = (v: string): string => JSON.stringify(v);
  const files = feed.files
    .map((f) => `  - url: ${q(f.url)}\n    sha512: ${q(f.sha512)}\n    size: ${f.size}\n`)
    .join("");
  return (
    `version: ${q(feed.version)}\nfiles:\n${files}path: ${q(feed.path)}\n` +
    `sha512: ${q(feed.sha512)}\nreleaseDate: ${q(feed.releaseDate)}\n`
  );
}
