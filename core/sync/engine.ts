import type { CatalogReply } from "../../central/protocol";
import { reconcilePayments } from "../services/payment-service";
import { loadIdentity, moveIdentity } from "../store/identity";
import type { KioskStore } from "../store/kiosk-store";
import { CentralClient } from "./central-client";
import { type Clock, systemClock, type Timer } from "../clock";
import { isoAt, type SyncContext } from "./context";
import { parkLimitsSource } from "./park-limits";
import { type DrainReport, Drainer } from "./drain";
import { type EnrollRequest, enrollKiosk } from "./enroll";
import type { SyncEngineOptions, SyncStatus } from "./engine-options";
import { SyncError } from "./errors";
import { type SyncEventMap, type SyncEventName, SyncEvents } from "./events";
import { cachedCatalog, Heartbeat } from "./heartbeat";
import { HeartbeatLoop } from "./heartbeat-loop";
import { LinkState } from "./link";
import { RemoteRequests } from "./remote-requests";
import { rotateToken } from "./rotate-token";
import { type SubmitResult, Submitter } from "./submit";

export type { SyncEngineOptions, SyncStatus } from "./engine-options";

/**
 * The kiosk's link to the central service: outbox drain, direct submits, heartbeat and pulls.
 *
 * A resident's submission is committed (fsync'd) to the outbox before anything is sent or
 * reported, and carries its id as the idempotency key on every attempt, so a crash or a lost
 * reply at any point leads to a replay the service answers identically: never lost, never doubled.
 */
export class SyncEngine {
  readonly #store: KioskStore;
  readonly #clock: Clock;
  readonly #link = new LinkState();
  readonly #events: SyncEvents;
  readonly #inflight = new Set<string>();
  readonly #ctx: SyncContext;
  readonly #drainer: Drainer;
  readonly #heartbeat: Heartbeat;
  readonly #submitter: Submitter;
  readonly #requests: RemoteRequests;
  readonly #options: SyncEngineOptions;
  #client: CentralClient | undefined;
  #running = false;
  readonly #heartbeatLoop: HeartbeatLoop;
  #drainTimer: { at: number; timer: Timer } | undefined;
  #draining: Promise<DrainReport> | undefined;
  #drainAgain = false;

  constructor(options: SyncEngineOptions) {
    this.#options = options;
    this.#store = options.store;
    this.#clock = options.clock ?? systemClock;
    // A listener that throws is the listener's fault: reported like any sync problem, then skipped.
    this.#events = new SyncEvents((error) => {
      this.#reportError(error);
    });
    this.#client = this.#clientFor();
    this.#ctx = {
      outbox: this.#store.outbox,
      clock: this.#clock,
      link: this.#link,
      events: this.#events,
      backoff: options.backoff ?? {},
      inflight: this.#inflight,
      client: () => this.#client,
      parkAfter: parkLimitsSource(options.parkAfter),
      onParked: (item, reason) =>
        this.#reportError(new Error(`outbox item ${item.id} (${item.serviceId}) parked: ${reason}`)),
    };
    this.#link.changed.add((online) => this.#events.emit("online-changed", online));
    this.#submitter = new Submitter(this.#ctx, {
      allowsOffline: options.allowsOffline,
      submitTimeoutMs: options.submitTimeoutMs,
    });
    this.#drainer = new Drainer(this.#ctx, { batchSize: options.batchSize });
    this.#requests = new RemoteRequests({
      db: this.#store.db,
      client: () => this.#client,
      rotateToken: () => this.rotateToken(),
      get supportPacket() {
        return options.supportPacket?.();
      },
      now: () => isoAt(this.#clock.now()),
      ...(options.onRemoteRequest === undefined ? {} : { onOutcome: options.onRemoteRequest }),
    });
    this.#heartbeat = new Heartbeat(this.#ctx, this.#store.db, {
      appVersion: options.appVersion,
      deviceHealth: options.deviceHealth,
      configVersion: options.configVersion,
      configState: options.configState,
      configApplyVersion: options.configApplyVersion,
      configDigest: options.configDigest,
      intervalSeconds: () => Math.max(1, Math.round(this.#heartbeatMs / 1000)),
      trustedKeys: options.trustedKeys,
      appUpdate: options.appUpdate,
      onCatalogRefused: (reason, detail) =>
        this.#reportError(new Error(`catalog refused (${reason}): ${detail}; the last good catalog stays`)),
      // A request that fails is reported and asked again by the next heartbeat's reply.
      onRequests: (requests) =>
        this.#requests.act(requests).catch((error: unknown) => this.#reportError(error)),
    });
    this.#heartbeatLoop = new HeartbeatLoop(
      this.#clock,
      () => this.#heartbeatMs,
      () => this.#beat(),
      (error) => this.#reportError(error),
    );
  }

  get #heartbeatMs(): number {
    const every = this.#options.heartbeatIntervalMs ?? 60_000;
    return typeof every === "function" ? every() : every;
  }

  on<E extends SyncEventName>(event: E, listener: (...args: SyncEventMap[E]) => void): () => void {
    return this.#events.on(event, listener);
  }

  get enrolled(): boolean {
    return this.#client !== undefined;
  }

  /** Starts the heartbeat and the background drain. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#heartbeatLoop.start();
    this.#scheduleDrain(this.#clock.now());
  }

  /** Stops timers and waits for a drain in progress; the store stays open. */
  async stop(): Promise<void> {
    this.#running = false;
    this.#drainTimer?.timer.cancel();
    this.#drainTimer = undefined;
    await this.#heartbeatLoop.stop();
    await this.#draining;
  }

  /**
   * Points the enrolled kiosk at central's current address, keeping its identity and token: the
   * embedded central listens on a new port at every start, and a fleet may move its central.
   * Returns true when the address changed; false when it had not, or the kiosk is not enrolled.
   */
  moveCentral(centralUrl: string): boolean {
    if (!moveIdentity(this.#store.db, centralUrl, isoAt(this.#clock.now()))) return false;
    this.#client = this.#clientFor();
    if (this.#running) {
      this.#heartbeatLoop.now();
      this.#scheduleDrain(this.#clock.now());
    }
    return true;
  }

  /**
   * Trades a one-time enrollment code for this kiosk's identity and keeps it in the store.
   * Throws `SyncError("enrollment-failed")` with the service's reason.
   */
  async enroll(request: EnrollRequest): Promise<{ kioskId: string }> {
    const kioskId = await enrollKiosk(this.#store, request, this.#clock.now(), this.#options.fetch);
    this.#client = this.#clientFor();
    this.#link.reached(this.#clock.now());
    if (this.#running) {
      this.#heartbeatLoop.now();
      this.#scheduleDrain(this.#clock.now());
    }
    return { kioskId };
  }

  /**
   * Trades this kiosk's token for a new one and uses it from now on (the old one stops working
   * at central once the new one is first used). Throws `SyncError("token-rotation-failed")`
   * with the old token still in place, or `SyncError("not-enrolled")`.
   */
  async rotateToken(): Promise<void> {
    const client = this.#client;
    if (client === undefined) {
      throw new SyncError("not-enrolled", "终端尚未登记。", "This kiosk has not enrolled yet.");
    }
    await rotateToken(this.#store, client, this.#clock.now());
    this.#client = this.#clientFor();
  }

  /**
   * A resident's submission: durable in the outbox first, then sent at once so an instant
   * decision (秒批) comes back in this call. When the network fails it stays queued (`queued:
   * true`) if the service allows offline, else `SyncError("offline-not-allowed")`. A refusal by
   * the service throws `SyncError("submission-refused")` with its reason.
   */
  async submit(serviceId: string, data: unknown): Promise<SubmitResult> {
    try {
      return await this.#submitter.submit(serviceId, data);
    } finally {
      if (this.#store.outbox.depth() > 0) this.#scheduleDrain(this.#clock.now());
    }
  }

  /** Heartbeat now, then drain everything due (ignoring the current backoff once). */
  async syncNow(): Promise<DrainReport> {
    if (await this.#heartbeat.beat()) await this.#reconcilePayments();
    return this.#drain(true);
  }

  /**
   * A technician sends a parked item again: it goes back to its place in the queue with a clean
   * failure count and is tried now. False when no parked item has that id.
   */
  retryParked(id: string): boolean {
    if (!this.#store.outbox.unpark(id, this.#clock.now())) return false;
    this.#scheduleDrain(this.#clock.now());
    return true;
  }

  /**
   * A technician gives a parked item up: it leaves the queue as rejected with that reason and
   * its personal data is erased, like any refused item. False when no parked item has that id.
   */
  discardParked(id: string): boolean {
    const item = this.#store.outbox.parked(1000).find((p) => p.id === id);
    if (item === undefined) return false;
    const at = isoAt(this.#clock.now());
    const reason = `discarded by a technician after: ${item.reason}`;
    if (!this.#store.outbox.reject(id, { reason, at })) return false;
    this.#events.emit("submission-rejected", { id, serviceId: item.serviceId, reason, at });
    return true;
  }

  /** The catalog last pulled from the service (cached in the store), if any. */
  catalog(): CatalogReply | undefined {
    return cachedCatalog(this.#store.db);
  }

  /** Drains what is due now, respecting backoff (what the background timer runs). */
  drainDue(): Promise<DrainReport> {
    return this.#drain();
  }

  status(): SyncStatus {
    const lastContact = this.#link.lastContact;
    return {
      enrolled: this.enrolled,
      online: this.#link.online,
      lastContact: lastContact === null ? null : isoAt(lastContact),
      outboxDepth: this.#store.outbox.depth(),
      rejected: this.#store.outbox.rejected(),
      parked: this.#store.outbox.parked(),
      serverTimeOffsetMs: this.#link.serverTimeOffsetMs,
      lastError: this.#link.lastError,
      catalogState: this.#heartbeat.catalogState ?? null,
    };
  }

  #clientFor(): CentralClient | undefined {
    const identity = loadIdentity(this.#store.db, this.#store.sealer);
    if (identity === undefined) return undefined;
    return new CentralClient({
      baseUrl: identity.centralUrl,
      token: identity.token,
      fetch: this.#options.fetch,
      timeoutMs: this.#options.requestTimeoutMs,
    });
  }

  /** One drain at a time; a request during a drain runs one more pass after it. */
  #drain(force = false): Promise<DrainReport> {
    if (this.#draining !== undefined) {
      this.#drainAgain = true;
      return this.#draining;
    }
    const run = async (): Promise<DrainReport> => {
      let report = await this.#drainer.drain(force);
      while (this.#drainAgain) {
        this.#drainAgain = false;
        const next = await this.#drainer.drain();
        report = {
          sent: report.sent + next.sent,
          rejected: report.rejected + next.rejected,
          waitingUntil: next.waitingUntil,
        };
      }
      return report;
    };
    this.#draining = run().finally(() => {
      this.#draining = undefined;
    });
    this.#draining.then(
      (report) => {
        if (report.waitingUntil !== null) this.#scheduleDrain(report.waitingUntil);
      },
      (error: unknown) => this.#reportError(error),
    );
    return this.#draining;
  }

  #reportError(error: unknown): void {
    if (this.#options.onError !== undefined) this.#options.onError(error);
    else
      process.stderr.write(
        `sync: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
  }

  #scheduleDrain(at: number): void {
    if (!this.#running || this.#client === undefined) return;
    if (this.#drainTimer !== undefined && this.#drainTimer.at <= at) return;
    this.#drainTimer?.timer.cancel();
    const timer = this.#clock.setTimer(() => {
      this.#drainTimer = undefined;
      this.#drain().catch(() => {
        // Already reported by #drain's own handler.
      });
    }, at - this.#clock.now());
    this.#drainTimer = { at, timer };
  }

  /** A heartbeat soon, to report a change of state (see HeartbeatLoop.reportSoon). */
  reportSoon(): void {
    this.#heartbeatLoop.reportSoon();
  }

  /** Payments the resident finished on the phone after leaving (or while we were offline). */
  async #reconcilePayments(): Promise<void> {
    const client = this.#client;
    if (client === undefined) return;
    await reconcilePayments({
      db: this.#store.db,
      central: () => Promise.resolve(client),
      now: () => new Date(this.#clock.now()),
    });
  }

  async #beat(): Promise<void> {
    const wasOnline = this.#link.online;
    const answered = await this.#heartbeat.beat();
    const keepMs = (this.#options.keepSentDays ?? 30) * 86_400_000;
    this.#store.outbox.pruneSent(isoAt(this.#clock.now() - keepMs));
    if (answered) await this.#reconcilePayments();
    // Back online: do not make residents' queued items wait out a backoff set while offline.
    if (answered && !wasOnline && this.#store.outbox.depth() > 0) {
      this.#drain(true).catch(() => {
        // Already reported by #drain's own handler.
      });
    }
  }
}
