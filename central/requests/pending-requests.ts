import type { Kysely } from "kysely";
import { allPendingRequests } from "../db/queries/kiosk-requests";
import type { CentralSchema } from "../db/schema";
import { SharedSnapshot } from "../db/shared-snapshot";
import { KioskRequestKind, type PendingKioskRequest } from "../protocol";

interface Snapshot {
  byKiosk: Map<string, PendingKioskRequest[]>;
}

/** More pending requests than this in one fleet is a runaway script, not managers at work. */
const MAX_LOADED = 50_000;

/**
 * The fleet's pending requests as the heartbeat reply carries them, from one snapshot shared by
 * every kiosk and at most `ttlMs` old (like DesiredVersions): a query per heartbeat would cost
 * every kiosk a round trip for something almost none of them has. This process drops the
 * snapshot when it adds or finishes a request; another process's change shows within `ttlMs`,
 * and a kiosk that hears of a finished request once more ignores it (it keeps what it did).
 */
export class PendingRequests {
  readonly #snapshot: SharedSnapshot<Snapshot>;

  constructor(db: Kysely<CentralSchema>, ttlMs = 1_000) {
    this.#snapshot = new SharedSnapshot(() => load(db), ttlMs);
  }

  clear(): void {
    this.#snapshot.clear();
  }

  /** The kiosk's pending requests, oldest first; empty when it has none. */
  async forKiosk(kioskId: string): Promise<PendingKioskRequest[]> {
    const snapshot = await this.#snapshot.get();
    return snapshot.byKiosk.get(kioskId) ?? [];
  }
}

async function load(db: Kysely<CentralSchema>): Promise<Snapshot> {
  const rows = await allPendingRequests(db, MAX_LOADED);
  const byKiosk = new Map<string, PendingKioskRequest[]>();
  for (const r of rows) {
    const kind = KioskRequestKind.safeParse(r.kind);
    if (!kind.success) continue;
    const list = byKiosk.get(r.kiosk_id) ?? [];
    list.push({ id: r.id, kind: kind.data, requestedAt: r.requested_at });
    byKiosk.set(r.kiosk_id, list);
  }
  return { byKiosk };
}
