/**
 * App updates: the feed a kiosk's updater reads (electron-updater's generic provider, and the web
 * shell's own switcher on Linux) and the fleet manager's release publishing.
 *
 * The feed is YAML (electron-updater reads nothing else), so these schemas describe what the YAML
 * holds once parsed; the kiosk parses it back with them before it downloads a byte.
 */
import * as z from "zod";
import { isoDateTime } from "./primitives";

/** A release channel, e.g. "stable" or "pilot". */
export const ReleaseChannel = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,31}$/, "a channel is lower-case kebab-case");
export type ReleaseChannel = z.infer<typeof ReleaseChannel>;

/** An app version: MAJOR.MINOR.PATCH, optionally with a pre-release tag (package.json's version). */
export const AppVersion = z
  .string()
  .max(64)
  .regex(/^\d{1,6}\.\d{1,6}\.\d{1,6}(-[0-9A-Za-z][0-9A-Za-z.-]{0,31})?$/, "a version is MAJOR.MINOR.PATCH");
export type AppVersion = z.infer<typeof AppVersion>;

/**
 * Orders app versions as semver does for MAJOR.MINOR.PATCH[-tag]: numbers numerically, and a
 * pre-release before its release (1.2.0-rc.1 < 1.2.0). Tags compare as plain text, enough for the
 * fleet's "rc.N" tags below ten. Both sides order with it: central picks the latest release, a
 * kiosk never takes a version lower than its own.
 */
export function compareVersions(a: AppVersion, b: AppVersion): number {
  const [coreA, tagA] = splitTag(a);
  const [coreB, tagB] = splitTag(b);
  const numsA = coreA.split(".").map(Number);
  const numsB = coreB.split(".").map(Number);
  for (let i = 0; i < 3; i += 1) {
    const d = (numsA[i] ?? 0) - (numsB[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (tagA === tagB) return 0;
  if (tagA === undefined) return 1;
  if (tagB === undefined) return -1;
  return tagA < tagB ? -1 : 1;
}

function splitTag(v: string): [string, string | undefined] {
  const dash = v.indexOf("-");
  return dash < 0 ? [v, undefined] : [v.slice(0, dash), v.slice(dash + 1)];
}

/**
 * A release file's name: plain characters, no folder, not hidden. Installers and archives the
 * kiosk knows: Windows NSIS `.exe`, Linux `.AppImage` and `.deb`, the web shell's `.tar.gz`.
 */
export const ReleaseFileName = z
  .string()
  .max(128)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*\.(exe|AppImage|deb|tar\.gz)$/,
    "a release file is an .exe, .AppImage, .deb or .tar.gz",
  );
export type ReleaseFileName = z.infer<typeof ReleaseFileName>;

/** base64 SHA-512, as electron-updater writes and checks it. */
export const Sha512Base64 = z.string().regex(/^[A-Za-z0-9+/]{86}==$/, "a base64 SHA-512");

/** The feed file a platform's updater asks for: Windows reads latest.yml, Linux latest-linux.yml. */
export const UPDATE_FEEDS = { "latest.yml": "windows", "latest-linux.yml": "linux" } as const;
export type UpdateFeedName = keyof typeof UPDATE_FEEDS;
export type ReleasePlatform = (typeof UPDATE_FEEDS)[UpdateFeedName];

/** Which feed lists a release file, by its name's ending. */
export function platformOfFile(name: ReleaseFileName): ReleasePlatform {
  return name.endsWith(".exe") ? "windows" : "linux";
}

/** One file of a feed; `url` is relative to the feed's folder (`<version>/<name>`). */
export const UpdateFeedFile = z.object({
  url: z.string().min(1).max(256),
  sha512: Sha512Base64,
  size: z.number().int().min(0),
});
export type UpdateFeedFile = z.infer<typeof UpdateFeedFile>;

/** latest.yml / latest-linux.yml once parsed (electron-updater's UpdateInfo). */
export const UpdateFeed = z.object({
  version: AppVersion,
  files: z.array(UpdateFeedFile).min(1).max(16),
  /** The first file again: older electron-updater versions read these two. */
  path: z.string().min(1).max(256),
  sha512: Sha512Base64,
  releaseDate: isoDateTime,
});
export type UpdateFeed = z.infer<typeof UpdateFeed>;

/** `POST /v1/fleet/releases` query: the file itself is the request body (application/octet-stream). */
export const ReleasePublishQuery = z.strictObject({
  channel: ReleaseChannel,
  version: AppVersion,
  name: ReleaseFileName,
});
export type ReleasePublishQuery = z.infer<typeof ReleasePublishQuery>;

export const ReleasePublishReply = z.object({
  channel: ReleaseChannel,
  version: AppVersion,
  name: ReleaseFileName,
  platform: z.enum(["windows", "linux"]),
  sha512: Sha512Base64,
  size: z.number().int().min(0),
  publishedAt: isoDateTime,
});
export type ReleasePublishReply = z.infer<typeof ReleasePublishReply>;

/** Where a kiosk's updater points: the feed folder of its channel under the central URL. */
export const updatesPath = (channel: ReleaseChannel): string => `/v1/updates/${encodeURIComponent(channel)}`;

/**
 * What a kiosk tells the fleet about the last app update it tried (optional in the heartbeat).
 * "rolled-back": the new version failed its self-test and the previous one runs again;
 * "failed": it failed and no previous version was at hand to go back to (a technician is needed).
 */
export const LastAppUpdate = z.strictObject({
  version: AppVersion,
  outcome: z.enum(["installed", "rolled-back", "failed"]),
  at: isoDateTime,
  reason: z.string().max(200).optional(),
});
export type LastAppUpdate = z.infer<typeof LastAppUpdate>;
