/** Reference data the kiosk must be able to trust: the signed catalog and the signed config bundle. */
import * as z from "zod";
import { isoDateTime } from "./primitives";

/**
 * One service definition as data. The kiosk validates each against kiosk-config's own schema;
 * the contract only promises an id, so the catalog format can grow without a protocol change.
 */
export const CatalogService = z.looseObject({ id: z.string().min(1) });
export type CatalogService = z.infer<typeof CatalogService>;

export const CatalogReply = z.object({
  /** Content hash of the services; also the ETag (quoted). */
  version: z.string(),
  services: z.array(CatalogService),
});
export type CatalogReply = z.infer<typeof CatalogReply>;

/** One Ed25519 signature: `keyid` names the key, `sig` is base64 over the canonical JSON. */
export const Signature = z.object({ keyid: z.string().min(1), sig: z.string().min(1) });
export type Signature = z.infer<typeof Signature>;

/**
 * `GET /v1/catalog` as served: the catalog plus signatures by the config-signing key, each over
 * `canonicalJson({ version, services })`. The questions residents are asked travel in it, so the
 * kiosk uses a catalog only when a key it trusts signed it (as for config bundles).
 */
export const SignedCatalogReply = CatalogReply.extend({ signatures: z.array(Signature).min(1) });
export type SignedCatalogReply = z.infer<typeof SignedCatalogReply>;

export const SignedConfig = z.object({
  version: z.number().int().min(1),
  expires: isoDateTime,
  kiosk: z.string(),
  config: z.record(z.string(), z.unknown()),
  /**
   * Which config layer set each value (dotted path → e.g. "site:fz-citizen-centre v12"); a path
   * not listed is the built-in default. Signed with the rest, shown in the maintenance menu.
   */
  sources: z.record(z.string().max(200), z.string().max(200)).optional(),
});
export type SignedConfig = z.infer<typeof SignedConfig>;

/**
 * A signed config bundle. Each `sig` is base64 Ed25519 over the UTF-8 bytes of
 * `canonicalJson(signed)`; `keyid` is the first 16 hex digits of the SHA-256 of the public key's
 * SPKI DER encoding.
 */
export const SignedConfigBundle = z.object({
  signed: SignedConfig,
  signatures: z.array(Signature).min(1),
});
export type SignedConfigBundle = z.infer<typeof SignedConfigBundle>;

/**
 * JSON with object keys sorted at every depth and no whitespace: the bytes that are signed.
 *
 * Why: JSON.stringify keeps insertion order, which differs between the signer and a verifier that
 * re-parsed the bundle. Values that JSON cannot carry (undefined, functions) are dropped from
 * objects as JSON.stringify does; non-finite numbers are refused rather than silently nulled.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") {
    return JSON.stringify(value);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError("canonicalJson: non-finite number");
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((v: unknown) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && typeof v !== "function")
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  throw new TypeError(`canonicalJson: cannot encode ${typeof value}`);
}
