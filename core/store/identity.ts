import type { ReadableDb, WritableDb } from "./handles";
import { getValue, kvKeys, setValue } from "./kv";
import type { Sealer } from "./seal";

/** Who this kiosk is to the central service, kept after enrollment. */
export interface KioskIdentity {
  kioskId: string;
  name: string;
  centralUrl: string;
  token: string;
}

export function loadIdentity(db: ReadableDb, sealer: Sealer): KioskIdentity | undefined {
  const kioskId = getValue(db, kvKeys.kioskId);
  const sealed = getValue(db, kvKeys.sealedToken);
  if (kioskId === undefined || sealed === undefined) return undefined;
  return {
    kioskId,
    name: getValue(db, kvKeys.kioskName) ?? "",
    centralUrl: getValue(db, kvKeys.centralUrl) ?? "",
    token: sealer.open(Buffer.from(sealed, "base64"), kvKeys.sealedToken),
  };
}

/** Saved in one transaction so a crash never leaves an id without its token. */
export function saveIdentity(db: WritableDb, sealer: Sealer, identity: KioskIdentity, at: string): void {
  db.transaction(() => {
    setValue(db, kvKeys.kioskId, identity.kioskId, at);
    setValue(db, kvKeys.kioskName, identity.name, at);
    setValue(db, kvKeys.centralUrl, identity.centralUrl, at);
    setValue(db, kvKeys.sealedToken, sealer.seal(identity.token, kvKeys.sealedToken).toString("base64"), at);
  })();
}

/**
 * Points an enrolled identity at the central service's current address. Returns true when it
 * moved; false when it was already there or the kiosk is not enrolled (enrollment saves the URL).
 */
export function moveIdentity(db: WritableDb, centralUrl: string, at: string): boolean {
  if (getValue(db, kvKeys.sealedToken) === undefined) return false;
  if (getValue(db, kvKeys.centralUrl) === centralUrl) return false;
  setValue(db, kvKeys.centralUrl, centralUrl, at);
  return true;
}
