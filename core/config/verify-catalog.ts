import { CatalogReply, SignedCatalogReply } from "../../central/protocol";
import { signedByTrustedKey, type TrustedKey } from "./verify-signature";

export type CatalogVerdict =
  | { ok: true; catalog: SignedCatalogReply }
  | { ok: false; reason: "malformed" | "unsigned" | "untrusted-signature"; detail: string };

/**
 * Checks a pulled catalog before the kiosk keeps it: the catalog holds the questions residents
 * are asked, so it is used only when a key this kiosk trusts (the config-signing key) signed the
 * canonical JSON of its `{ version, services }`. Anything else is refused whole.
 */
export function verifyCatalog(raw: unknown, trustedKeys: readonly TrustedKey[]): CatalogVerdict {
  const plain = CatalogReply.safeParse(raw);
  if (!plain.success) return { ok: false, reason: "malformed", detail: "not a catalog" };
  const signed = SignedCatalogReply.safeParse(raw);
  if (!signed.success) return { ok: false, reason: "unsigned", detail: "the catalog carries no signature" };
  const { signatures, ...catalog } = signed.data;
  if (!signedByTrustedKey(catalog, signatures, trustedKeys)) {
    return { ok: false, reason: "untrusted-signature", detail: "no valid signature by a trusted key" };
  }
  return { ok: true, catalog: signed.data };
}
