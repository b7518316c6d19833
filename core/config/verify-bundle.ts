import { SignedConfigBundle } from "../../central/protocol";
import { KioskConfig } from "../../kiosk-config/config/schema";
import { signedByTrustedKey, type TrustedKey } from "./verify-signature";

export type { TrustedKey };

export type BundleVerdict =
  | { ok: true; version: number; config: KioskConfig; sources: Record<string, string> }
  | {
      ok: false;
      /** "stale" keeps the last good config running and is reported as config_stale. */
      reason: "malformed" | "untrusted-signature" | "rollback" | "stale" | "other-kiosk" | "invalid-config";
      detail: string;
    };

/**
 * Checks a pulled config bundle in this order: a signature by a
 * trusted key over the canonical JSON of `signed`; a version not lower than the highest accepted
 * (rollback protection); not expired; meant for this kiosk; and a config the schema accepts.
 */
export function verifyBundle(
  raw: unknown,
  context: { trustedKeys: readonly TrustedKey[]; highestTrusted: number; kioskId: string; now: Date },
): BundleVerdict {
  const parsed = SignedConfigBundle.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "malformed", detail: "not a signed config bundle" };
  const { signed, signatures } = parsed.data;
  if (!signedByTrustedKey(signed, signatures, context.trustedKeys))
    return { ok: false, reason: "untrusted-signature", detail: "no valid signature by a trusted key" };
  if (signed.version < context.highestTrusted) {
    return {
      ok: false,
      reason: "rollback",
      detail: `version ${signed.version} < accepted ${context.highestTrusted}`,
    };
  }
  if (Date.parse(signed.expires) <= context.now.getTime()) {
    return { ok: false, reason: "stale", detail: `expired ${signed.expires}` };
  }
  if (signed.kiosk !== context.kioskId) {
    return { ok: false, reason: "other-kiosk", detail: "bundle names another kiosk" };
  }
  const config = KioskConfig.safeParse(signed.config);
  if (!config.success) {
    const problems = config.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    return { ok: false, reason: "invalid-config", detail: problems };
  }
  return { ok: true, version: signed.version, config: config.data, sources: signed.sources ?? {} };
}
