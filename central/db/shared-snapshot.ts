/**
 * One query's result shared by every request for up to `ttlMs`, and loaded once however many
 * requests find it expired at the same moment.
 *
 * Why "once" matters: a batch of heartbeats is committed together, so the hundreds of requests in
 * it reach their next step in the same turn of the event loop. When each of them found the
 * snapshot expired and reloaded it, a fleet of 10,000 sent a burst of identical queries every
 * `ttlMs` to a pool of ten connections, and the heartbeats queued behind the burst made the
 * latency tail. Whether the snapshot is fresh is decided synchronously, so the first caller
 * starts the load and everyone after it, in that turn or later, shares the same promise.
 */
export class SharedSnapshot<T> {
  #held: { value: Promise<T>; loadedAt: number } | undefined;

  /**
   * @param load reads the snapshot (called at most once per `ttlMs` while it succeeds)
   * @param ttlMs how long a snapshot is served, counted from when its load began
   * @param now the clock, in milliseconds
   */
  constructor(
    private readonly load: () => Promise<T>,
    private readonly ttlMs = 1_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(): Promise<T> {
    const at = this.now();
    const held = this.#held;
    if (held !== undefined && at - held.loadedAt < this.ttlMs) return held.value;
    const entry = { value: this.load(), loadedAt: at };
    this.#held = entry;
    // A failed load is not kept: the next caller tries again.
    entry.value.catch(() => {
      if (this.#held === entry) this.#held = undefined;
    });
    return entry.value;
  }

  /** Forgets the snapshot (this process changed what it reads); the next caller loads anew. */
  clear(): void {
    this.#held = undefined;
  }
}
