import { Listeners } from "../../drivers/transport/listeners";

/**
 * Whether the central service is reachable, as learned from the last exchange.
 *
 * Online means the last exchange got an HTTP answer below 500 from the service; a network error,
 * a timeout or a 5xx (often a proxy in front of a dead service) means offline.
 */
export class LinkState {
  #online = false;
  #lastContact: number | null = null;
  #serverTimeOffsetMs = 0;
  #lastError: string | null = null;
  readonly changed = new Listeners<[boolean]>();

  get online(): boolean {
    return this.#online;
  }
  get lastContact(): number | null {
    return this.#lastContact;
  }
  get serverTimeOffsetMs(): number {
    return this.#serverTimeOffsetMs;
  }
  /** The last retryable failure (e.g. "HTTP 401 …" for a revoked token), cleared by a success. */
  get lastError(): string | null {
    return this.#lastError;
  }

  /** A retryable failure: `reachable` when the service itself answered (401, 408, 429). */
  failed(error: string, reachable: boolean, at: number): void {
    this.#lastError = error;
    if (reachable) this.reached(at, false);
    else this.lost();
  }

  reached(at: number, healthy = true): void {
    this.#lastContact = at;
    if (healthy) this.#lastError = null;
    this.#set(true);
  }

  lost(): void {
    this.#set(false);
  }

  /** Offset = server time − our clock at the midpoint of the exchange (NTP's estimate). */
  observeServerTime(serverTime: number, sentAt: number, receivedAt: number): void {
    this.#serverTimeOffsetMs = Math.round(serverTime - (sentAt + receivedAt) / 2);
  }

  #set(online: boolean): void {
    if (online === this.#online) return;
    this.#online = online;
    this.changed.emit(online);
  }
}
