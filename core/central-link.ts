import type { Clock } from "./clock";

/** Options for watching the central service's reachability. */
export interface CentralLinkOptions {
  /** Base URL of the central service. */
  url: string;
  /** Seconds between probes; default 15. */
  probeSeconds?: number;
  /** Milliseconds a probe may take before it counts as a failure; default 3000. */
  timeoutMs?: number;
}

/**
 * Watches whether the central service answers `GET /healthz`. The online flag in the status bar
 * comes from here until the sync engine's own traffic takes over as the better signal.
 */
export class CentralLink {
  #online = false;
  #lastContact: string | null = null;
  #stopTimer: (() => void) | null = null;
  #stopped = false;
  readonly #listeners = new Set<() => void>();

  constructor(
    private readonly options: CentralLinkOptions,
    private readonly clock: Clock,
  ) {}

  get online(): boolean {
    return this.#online;
  }

  get lastContact(): string | null {
    return this.#lastContact;
  }

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Probes once now, then on a timer; resolves after the first probe. */
  async start(): Promise<void> {
    this.#stopped = false;
    await this.probe();
  }

  stop(): void {
    this.#stopped = true;
    this.#stopTimer?.();
  }

  async probe(): Promise<void> {
    this.#stopTimer?.();
    const ok = await fetch(new URL("/healthz", this.options.url), {
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 3000),
    }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) this.#lastContact = new Date(this.clock.now()).toISOString();
    if (ok !== this.#online) {
      this.#online = ok;
      for (const listener of this.#listeners) listener();
    }
    if (!this.#stopped) {
      this.#stopTimer = this.clock.setTimeout(
        () => void this.probe(),
        (this.options.probeSeconds ?? 15) * 1000,
      );
    }
  }
}
