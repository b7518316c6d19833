import { randomBytes } from "node:crypto";
import * as z from "zod";
import type { Clock } from "../clock";
import { pinMatches } from "./pin";

/** Options for the maintenance gate. */
export interface GateOptions {
  /** Wrong PINs in a row before the menu locks; default 5. */
  maxAttempts?: number;
  /**
   * How long each lock in a row lasts, ms; the last repeats. Default 1 min, 5 min, 30 min, 2 h,
   * 8 h: guessing a six-digit PIN five at a time then takes years, a technician's typo a minute.
   */
  lockoutsMs?: readonly number[];
  /** How long an unlocked menu stays open without use, ms; default 10 minutes. */
  idleMs?: number;
  /** Where the lockout state survives a restart; default memory only (tests). */
  memory?: GateMemory;
}

/** What the gate remembers across restarts: a power cycle must not reset the lock. */
export const GateState = z.object({
  /** Wrong PINs since the last lock or success. */
  failures: z.number().int().min(0),
  /** Epoch ms until which every PIN is refused. */
  lockedUntil: z.number().min(0),
  /** Locks in a row since the last right PIN: picks the next lock's length. */
  lockouts: z.number().int().min(0),
});
export type GateState = z.infer<typeof GateState>;

export interface GateMemory {
  load(): GateState | undefined;
  save(state: GateState): void;
}

export type UnlockResult =
  | { ok: true; token: string }
  | { ok: false; attemptsLeft: number; lockedForSeconds: number };

const DEFAULT_LOCKOUTS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 8 * 3_600_000];

/**
 * The PIN gate in front of the maintenance menu: after repeated wrong PINs it locks,
 * each lock in a row longer than the last, and the lock survives a restart. An open menu closes
 * itself when left alone. One technician token at a time.
 */
export class MaintenanceGate {
  #state: GateState;
  #session: { token: string; lastUsed: number } | null = null;
  readonly #maxAttempts: number;
  readonly #lockoutsMs: readonly number[];
  readonly #idleMs: number;
  readonly #memory: GateMemory | undefined;

  constructor(
    private readonly pin: string,
    private readonly clock: Clock,
    options: GateOptions = {},
  ) {
    this.#maxAttempts = options.maxAttempts ?? 5;
    this.#lockoutsMs = options.lockoutsMs?.length ? options.lockoutsMs : DEFAULT_LOCKOUTS_MS;
    this.#idleMs = options.idleMs ?? 10 * 60_000;
    this.#memory = options.memory;
    this.#state = this.#memory?.load() ?? { failures: 0, lockedUntil: 0, lockouts: 0 };
  }

  unlock(given: string): UnlockResult {
    const now = this.clock.now();
    const state = this.#state;
    if (now < state.lockedUntil) {
      return { ok: false, attemptsLeft: 0, lockedForSeconds: Math.ceil((state.lockedUntil - now) / 1000) };
    }
    if (!pinMatches(this.pin, given)) {
      if (state.failures + 1 >= this.#maxAttempts) {
        const lockMs = this.#lockoutsMs[Math.min(state.lockouts, this.#lockoutsMs.length - 1)] ?? 60_000;
        this.#set({ failures: 0, lockedUntil: now + lockMs, lockouts: state.lockouts + 1 });
        return { ok: false, attemptsLeft: 0, lockedForSeconds: Math.ceil(lockMs / 1000) };
      }
      this.#set({ ...state, failures: state.failures + 1 });
      return { ok: false, attemptsLeft: this.#maxAttempts - state.failures - 1, lockedForSeconds: 0 };
    }
    this.#set({ failures: 0, lockedUntil: 0, lockouts: 0 });
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

  // Saved before the answer goes out: pulling the plug right after a wrong PIN keeps the count.
  #set(state: GateState): void {
    this.#memory?.save(state);
    this.#state = state;
  }
}
