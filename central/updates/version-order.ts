import type { AppVersion } from "../protocol";

/**
 * Orders app versions as semver does for MAJOR.MINOR.PATCH[-tag]: numbers numerically, and a
 * pre-release before its release (1.2.0-rc.1 < 1.2.0). Tags compare as plain text, which is
 * enough for the fleet's "rc.N" tags below ten; the feed never needs more.
 */
export function compareVersions(a: AppVersion, b: AppVersion): number {
  const [coreA = "", tagA] = splitTag(a);
  const [coreB = "", tagB] = splitTag(b);
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
