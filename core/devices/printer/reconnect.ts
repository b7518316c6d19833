/**
 * Retries the connection while the printer is away: one attempt every interval, never two
 * pending at once, so an unplugged printer recovers by itself once its device path returns.
 */
export class Reconnector {
  #timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly intervalMs: number,
    private readonly attempt: () => void,
  ) {}

  schedule(): void {
    if (this.#timer !== null) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.attempt();
    }, this.intervalMs);
    // A background retry: the shell keeps the process alive, not a printer that is away.
    this.#timer.unref();
  }

  cancel(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
