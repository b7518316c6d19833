import type { Clock, Timer } from "../clock";

/** How soon a change of state is reported: soon, yet several changes in a row make one heartbeat. */
export const REPORT_DELAY_MS = 1_000;

/**
 * When the kiosk beats: one heartbeat at a time, the next one interval after the last ended (the
 * interval read before each, so a fleet config that changes it applies without a restart), and
 * sooner when there is news to report. The beat itself is the engine's; this file is its timing.
 */
export class HeartbeatLoop {
  #running = false;
  #timer: Timer | undefined;
  #beating: Promise<void> | undefined;
  #reportOwed = false;

  constructor(
    private readonly clock: Clock,
    private readonly intervalMs: () => number,
    private readonly beat: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Starts beating now. */
  start(): void {
    this.#running = true;
    this.#schedule(0);
  }

  /** A heartbeat now instead of at its time (enrolled, or central moved). */
  now(): void {
    this.#schedule(0);
  }

  /**
   * A heartbeat soon, to report a change of state (a config applied or refused) now rather than
   * one interval later. During a heartbeat (the config is applied as its pull ends) it is owed and
   * sent once that beat is over; several changes in a row make one report.
   */
  reportSoon(): void {
    if (this.#beating !== undefined) this.#reportOwed = true;
    else this.#schedule(REPORT_DELAY_MS);
  }

  /** Stops the timer and waits for a beat in progress. */
  async stop(): Promise<void> {
    this.#running = false;
    this.#timer?.cancel();
    this.#timer = undefined;
    await this.#beating;
  }

  #schedule(delayMs: number): void {
    if (!this.#running) return;
    this.#timer?.cancel();
    this.#timer = this.clock.setTimer(() => {
      this.#reportOwed = false;
      this.#beating = this.beat()
        .catch((error: unknown) => this.onError(error))
        .finally(() => {
          this.#beating = undefined;
          this.#schedule(this.#reportOwed ? REPORT_DELAY_MS : this.intervalMs());
        });
    }, delayMs);
  }
}
