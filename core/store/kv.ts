import type { ReadableDb, WritableDb } from "./handles";

/** Small named values; the key names in use are listed in `kvKeys`. */
export const kvKeys = {
  kioskId: "identity.kioskId",
  kioskName: "identity.name",
  centralUrl: "identity.centralUrl",
  /** Sealed with the outbox key (base64), never stored in the clear. */
  sealedToken: "identity.token.sealed",
  catalogBody: "catalog.body",
  catalogEtag: "catalog.etag",
  /** The site's most-used services as central last ranked them (core/sync/popular.ts). */
  popularBody: "popular.body",
  popularEtag: "popular.etag",
  /** Ids of fleet managers' requests this kiosk has answered (core/sync/remote-requests.ts). */
  answeredRequests: "requests.answered",
} as const;

export function getValue(db: ReadableDb, key: string): string | undefined {
  const row = db.prepare("SELECT value FROM kv WHERE key = ?").get(key) as { value: string } | undefined;
  return row?.value;
}

export function setValue(db: WritableDb, key: string, value: string, at: string): void {
  db.prepare(
    `INSERT INTO kv (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, value, at);
}

export function deleteValue(db: WritableDb, key: string): void {
  db.prepare("DELETE FROM kv WHERE key = ?").run(key);
}
