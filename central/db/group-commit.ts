/**
 * Group commit: items added while a write is in flight are written together in the next one.
 *
 * Why: on SQLite with synchronous=FULL every transaction costs an fsync, and on PostgreSQL a
 * round trip per statement; a fleet's heartbeats arriving together share one transaction instead.
 * Each add resolves only once its own batch is committed, so a 200 still means "stored".
 *
 * Why setImmediate before a write: better-sqlite3 is synchronous, so while it fsyncs, no request
 * is read; deferring the write to the check phase lets every request already waiting on a socket
 * join the batch. Without it each batch would hold exactly one item.
 */
export class GroupCommit<T> {
  #pending: { item: T; resolve: () => void; reject: (error: unknown) => void }[] = [];
  #draining = false;

  /**
   * @param write writes one batch (in one transaction)
   * @param maxBatch largest batch handed to `write`; default 500
   */
  constructor(
    private readonly write: (items: T[]) => Promise<void>,
    private readonly maxBatch = 500,
  ) {}

  add(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ item, resolve, reject });
      if (!this.#draining) {
        this.#draining = true;
        setImmediate(() => void this.#drain());
      }
    });
  }

  async #drain(): Promise<void> {
    while (this.#pending.length > 0) {
      const batch = this.#pending.splice(0, this.maxBatch);
      try {
        await this.write(batch.map((b) => b.item));
        for (const b of batch) b.resolve();
      } catch (error) {
        for (const b of batch) b.reject(error);
      }
      // Let requests that arrived during the write join the next batch.
      if (this.#pending.length < this.maxBatch) await new Promise((resolve) => setImmediate(resolve));
    }
    this.#draining = false;
  }
}
