import { randomBytes } from "node:crypto";
import type { Clock } from "../clock";
import { pinMatches } from "./pin";

/** Options for the maintenance gate. */
export interface GateOptions {
  /** Wrong PINs in a row before the menu locks; default 5. */
  maxAttempts?: number;
  /** How long the lock lasts, ms; default 5 minutes. */
  lockoutMs?: number;
  /** How long an unlocked menu stays open without use, ms; default 10 minutes. */
  idleMs?: number;
}

export type UnlockResult =
  | { ok: true; token: string }
  | { ok: false; attemptsLeft: number; lockedForSeconds: number };

/**
 * The PIN gate in front of the maintenance menu: after repeated wrong PINs it locks
 * for a while, and an open menu closes itself when left alone. One technician token at a time.
 */
export class MaintenanceGate {
  #failures = 0;
  #lockedUntil = 0;
  #session: { token: string; lastUsed: number } | null = null;
  readonly #maxAttempts: number;
  readonly #lockoutMs: number;
  readonly #idleMs: number;

  constructor(
    private readonly pin: string,
    private readonly clock: Clock,
    options: GateOptions = {},
  ) {
    this.#maxAttempts = options.maxAttempts ?? 5;
    this.#lockoutMs = options.lockoutMs ?? 5 * 60_000;
    this.#idleMs = options.idleMs ?? 10 * 60_000;
  }

  unlock(given: string): UnlockResult {
    const now = this.clock.now();
    if (now < this.#lockedUntil) {
      return { ok: false, attemptsLeft: 0, lockedForSeconds: Math.ceil((this.#lockedUntil - now) / 1000) };
    }
    if (!pinMatches(this.pin, given)) {
      this.#failures += 1;
      if (this.#failures >= this.#maxAttempts) {
        this.#failures = 0;
        this.#lockedUntil = now + this.#lockoutMs;
        return { ok: false, attemptsLeft: 0, lockedForSeconds: Math.ceil(this.#lockoutMs / 1000) };
      }
      return { ok: false, attemptsLeft: this.#maxAttempts - this.#failures, lockedForSeconds: 0 };
    }
    this.#failures = 0;
    this.#session = { token: randomBytes(24).toString("base64url"), lastUsed: now };
    return { ok: true, token: this.#session.token };
  }

  /** True (and the idle timer refreshed) when the token opens the menu right now. */
  check(token: string): boolean {
    const session = this.#session;
    const now = this.clock.now();
    if (session === null || now - session.lastUsed > this.#idleMs) {
      this.#session = null;
      return false;
    }
    if (!pinMatches(session.token, token)) return false;
    session.lastUsed = now;
    return true;
  }

  lock(): void {
    this.#session = null;
  }
}
