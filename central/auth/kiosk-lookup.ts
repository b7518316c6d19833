import type { Kysely } from "kysely";
import type { CentralSchema, KioskRow } from "../db/schema";

/** Token hashes asked for in one query, at most. */
const MAX_BATCH = 200;

interface Waiting {
  hash: string;
  resolve: (kiosk: KioskRow | undefined) => void;
  reject: (error: unknown) => void;
}

/**
 * Finds the kiosk behind a token hash (its token, or a rotated one not used yet), reading the
 * hashes asked for together in one query, with one query in flight at a time: the hashes asked
 * for while it runs wait for it and are read together in the next.
 *
 * Why: every heartbeat authenticates, and a kiosk beats once a minute, so the 1 s cache in front
 * of this never hits for heartbeats; at 10,000 kiosks that was hundreds of single-row queries a
 * second, and on PostgreSQL each one a round trip whose socket writes alone took a fifth of a
 * central's CPU. Reading per turn of the event loop was not enough: under load a turn holds one
 * or two requests, so the queries went out nearly one per request and queued for the pool. Nothing
 * is kept between reads, and a lookup only joins a read that starts after it was asked for, so a
 * revoked token is refused exactly as soon as before.
 */
export class KioskLookup {
  #waiting: Waiting[] = [];
  #reading = false;
  #queries = 0;

  constructor(private readonly db: Kysely<CentralSchema>) {}

  find(hash: string): Promise<KioskRow | undefined> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ hash, resolve, reject });
      if (!this.#reading) {
        this.#reading = true;
        setImmediate(() => void this.#drain());
      }
    });
  }

  /** Queries made so far: how tests see that lookups were read together. */
  get queries(): number {
    return this.#queries;
  }

  async #drain(): Promise<void> {
    while (this.#waiting.length > 0) {
      await this.#read(this.#waiting.splice(0, MAX_BATCH));
      // Let the requests that arrived during the read join the next one.
      if (this.#waiting.length < MAX_BATCH) await new Promise((resolve) => setImmediate(resolve));
    }
    this.#reading = false;
  }

  async #read(batch: Waiting[]): Promise<void> {
    const hashes = [...new Set(batch.map((w) => w.hash))];
    try {
      this.#queries += 1;
      const rows = await this.db
        .selectFrom("kiosks")
        .selectAll()
        .where((eb) => eb.or([eb("token_hash", "in", hashes), eb("next_token_hash", "in", hashes)]))
        .execute();
      for (const w of batch) {
        w.resolve(rows.find((r) => r.token_hash === w.hash || r.next_token_hash === w.hash));
      }
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }
}
