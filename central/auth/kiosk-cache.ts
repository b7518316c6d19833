import type { Kysely } from "kysely";
import { KIOSKS_CHANGED } from "../db/migrations/0190-kiosks-changed";
import type { CentralSchema, KioskRow } from "../db/schema";
import { SharedSnapshot } from "../db/shared-snapshot";
import { TtlCache } from "./ttl-cache";

export interface KioskCacheOptions {
  /** How old the change counter this process goes by may be; default 250 ms. */
  checkEveryMs?: number;
  /** How long a kiosk is kept when nothing changes; default 2 minutes. */
  keepMs?: number;
  /** Most kiosks kept; default 50,000. */
  maxEntries?: number;
}

/**
 * The kiosks behind tokens, kept until any kiosk changes: every write to `kiosks` moves a
 * counter by trigger (migration 0190), and a process forgets every kiosk it keeps as soon as it
 * sees the counter move. It reads the counter at most every `checkEveryMs`, one small query
 * shared by all requests, so a revocation or a retired token reaches every process within that
 * (it was 1 s before, with a 1 s cache).
 *
 * Why: every heartbeat authenticates and a kiosk beats once a minute, so a cache that forgot
 * after a second never helped heartbeats, and each one read its kiosk again — on PostgreSQL a
 * round trip per heartbeat, a third of a fleet's queries.
 *
 * A lookup that began before the cache was last cleared is not kept: it may have read the kiosk
 * before the change that cleared it.
 */
export class KioskCache {
  readonly #rows: TtlCache<KioskRow>;
  readonly #changes: SharedSnapshot<number>;
  #seen: number | undefined;
  #epoch = 0;

  constructor(db: Kysely<CentralSchema>, options: KioskCacheOptions = {}) {
    this.#rows = new TtlCache(options.keepMs ?? 120_000, options.maxEntries ?? 50_000);
    this.#changes = new SharedSnapshot(() => kioskChanges(db), options.checkEveryMs ?? 250);
  }

  /**
   * Forgets every kiosk if the counter moved since this process last looked; returns the epoch a
   * lookup made from now on belongs to (hand it back to `set`).
   */
  async current(): Promise<number> {
    const changes = await this.#changes.get();
    if (changes !== this.#seen) {
      this.#seen = changes;
      this.clear();
    }
    return this.#epoch;
  }

  get(tokenHash: string): KioskRow | undefined {
    return this.#rows.get(tokenHash);
  }

  /** Keeps a kiosk read by a lookup that began in `epoch`, unless the cache was cleared since. */
  set(tokenHash: string, kiosk: KioskRow, epoch: number): void {
    if (epoch === this.#epoch) this.#rows.set(tokenHash, kiosk);
  }

  /** Forgets every kiosk (this process changed one) and every lookup still under way. */
  clear(): void {
    this.#rows.clear();
    this.#epoch += 1;
  }
}

async function kioskChanges(db: Kysely<CentralSchema>): Promise<number> {
  const row = await db
    .selectFrom("counters")
    .select("value")
    .where("name", "=", KIOSKS_CHANGED)
    .executeTakeFirst();
  return row?.value ?? 0;
}
