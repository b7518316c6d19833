import type { ByteTransport } from "../transport/types";
import * as cmd from "./commands";
import type { EncodedJob } from "./encoder";
import { PrinterNoReplyError, type PrintFailureReason } from "./messages";
import { type PrinterReply, ReplyParser } from "./reply-parser";
import { blockingReason, chunkCommands, expectedProcessId } from "./job-plan";
import { decodeAsb, isReady, type PrinterStatus } from "./status";
import { StatusQuery } from "./status-query";

/** Options for an ESC/POS printer on a byte transport. */
export interface EscPosPrinterOptions {
  /** How long to wait for each DLE EOT reply, in ms; default 1000. */
  queryTimeoutMs?: number;
  /** Enable Automatic Status Back (GS a) so changes arrive unasked; default true. */
  automaticStatusBack?: boolean;
  /** Link speed, used to add the transfer time to the job timeout; default 115200. */
  baudRate?: number;
  /**
   * Time the printer has to confirm a job after its last byte, in ms; default 15000 (a text ticket
   * takes 1–2 s).
   */
  jobTimeoutMs?: number;
  /** How long an interrupted job (paper out, cover open) may wait for the cause to clear, in ms; default 0. */
  resumeWithinMs?: number;
  /** While waiting for completion without ASB, how often to poll DLE EOT, in ms; default 500. */
  pollIntervalMs?: number;
}

/** The outcome of one job: ok only after the printer confirmed it (GS r / process ID reply). */
export type JobResult =
  | { ok: true; confirmedBy: "gs-r" | "process-id" }
  | { ok: false; reason: PrintFailureReason; detail: string };

/**
 * NULs sent to complete a command a previous host left unfinished:
 * receiptio's 8 192, but never more than a quarter second of wire time, so a printer that is
 * simply switched off does not hold every reconnect attempt for seconds at low baud rates.
 */
const flushBytes = (baudRate: number): number => Math.min(8192, Math.round(baudRate / 40));

type Waiter<T> = { resolve: (value: T) => void };

/**
 * An ESC/POS printer over any ByteTransport: status queries, ASB, recovery and jobs that succeed
 * only once the printer has confirmed them.
 *
 * Follows the receiptio state machine (README, "Recovery and the state machine"). It never
 * reprints by itself: an interrupted job is reported and the caller decides.
 */
export class EscPosPrinter {
  readonly #transport: ByteTransport;
  readonly #parser = new ReplyParser();
  readonly #query: StatusQuery;
  readonly #queryTimeoutMs: number;
  readonly #asb: boolean;
  readonly #baudRate: number;
  readonly #jobTimeoutMs: number;
  readonly #resumeWithinMs: number;
  readonly #pollIntervalMs: number;
  readonly #statusListeners = new Set<(status: PrinterStatus) => void>();
  readonly #unsubscribe: (() => void)[] = [];
  #status: PrinterStatus | null = null;
  #completionWaiter: Waiter<PrinterReply> | null = null;
  #closedWaiters = new Set<() => void>();
  #queue: Promise<unknown> = Promise.resolve();
  #asbActive = false;
  #syncBeforeNextJob = false;
  #asbArrived: (() => void) | null = null;

  constructor(transport: ByteTransport, options: EscPosPrinterOptions = {}) {
    this.#transport = transport;
    this.#query = new StatusQuery(transport, options.queryTimeoutMs ?? 1000);
    this.#queryTimeoutMs = options.queryTimeoutMs ?? 1000;
    this.#asb = options.automaticStatusBack ?? true;
    this.#baudRate = options.baudRate ?? 115200;
    this.#jobTimeoutMs = options.jobTimeoutMs ?? 15_000;
    this.#resumeWithinMs = options.resumeWithinMs ?? 0;
    this.#pollIntervalMs = options.pollIntervalMs ?? 500;
    this.#unsubscribe.push(
      transport.onData((bytes) => {
        for (const reply of this.#parser.push(bytes)) this.#onReply(reply);
      }),
      transport.onClose(() => {
        for (const wake of this.#closedWaiters) wake();
        this.#setStatus({ online: false, paper: this.#status?.paper ?? "ok", coverOpen: false, error: null });
      }),
    );
  }

  /** Last known status, or null before the first query. */
  get status(): PrinterStatus | null {
    return this.#status;
  }

  get isOpen(): boolean {
    return this.#transport.isOpen;
  }

  /** Subscribes to status changes (from queries and ASB); returns an unsubscribe function. */
  onStatus(listener: (status: PrinterStatus) => void): () => void {
    this.#statusListeners.add(listener);
    return () => this.#statusListeners.delete(listener);
  }

  /**
   * Probes the printer (DLE EOT 1–4), enables ASB if configured, and recovers from a recoverable error.
   *
   * ASB counts as working only once a block arrived: GS a is a buffered command, so a printer that
   * is out of paper answers it only later, and some printers never do. Until then, jobs poll.
   */
  async open(): Promise<PrinterStatus> {
    const status = await this.queryStatus().catch(async (error: unknown) => {
      if (!(error instanceof PrinterNoReplyError)) throw error;
      // A host that died mid-command leaves the printer waiting for parameter bytes, and it takes
      // our queries as those. NULs complete the command harmlessly (receiptio sends 8 192), then ask again.
      await this.#transport.write(new Uint8Array(flushBytes(this.#baudRate)));
      return this.queryStatus();
    });
    if (this.#asb) {
      const firstBlock = new Promise<void>((resolve) => {
        this.#asbArrived = resolve;
        setTimeout(resolve, this.#queryTimeoutMs).unref();
      });
      await this.#transport.write(cmd.automaticStatusBack(0x0f));
      await firstBlock;
      this.#asbArrived = null;
    }
    if (status.error === "auto-recoverable" || status.error === "mechanical") await this.recover();
    return this.#status ?? status;
  }

  /** Whether ASB blocks are arriving (else status changes are learnt by polling). */
  get asbActive(): boolean {
    return this.#asbActive;
  }

  /** Queries DLE EOT 1–4 and decodes them; rejects with PrinterNoReplyError on silence. */
  queryStatus(): Promise<PrinterStatus> {
    return this.#exclusive(async () => this.#queryNow());
  }

  /** DLE ENQ 2: recover after clearing the buffers. */
  async recover(): Promise<void> {
    await this.#transport.write(cmd.realTimeRecover(2));
  }

  /** Sends one encoded job and resolves once the printer confirmed it, or why it did not. */
  print(job: EncodedJob): Promise<JobResult> {
    return this.#exclusive(async () => this.#printNow(job));
  }

  /** Stops listening to the transport (does not close it). */
  detach(): void {
    for (const off of this.#unsubscribe) off();
  }

  // ── internals ────────────────────────────────────────────────────────────

  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  #onReply(reply: PrinterReply): void {
    switch (reply.kind) {
      case "real-time":
        this.#query.reply(reply.byte);
        break;
      case "asb":
        this.#asbActive = true;
        this.#asbArrived?.();
        this.#setStatus(decodeAsb(reply.block));
        break;
      case "paper-status":
      case "process-id":
        this.#completionWaiter?.resolve(reply);
        break;
      case "flow":
        break;
    }
  }

  #setStatus(status: PrinterStatus): void {
    const previous = this.#status;
    this.#status = status;
    if (
      previous?.online === status.online &&
      previous.paper === status.paper &&
      previous.coverOpen === status.coverOpen &&
      previous.error === status.error
    ) {
      return;
    }
    for (const listener of [...this.#statusListeners]) listener(status);
  }

  async #queryNow(): Promise<PrinterStatus> {
    try {
      const status = await this.#query.query();
      this.#setStatus(status);
      return status;
    } catch (error) {
      this.#setStatus({ online: false, paper: this.#status?.paper ?? "ok", coverOpen: false, error: null });
      throw error;
    }
  }

  async #printNow(job: EncodedJob): Promise<JobResult> {
    if (!this.#transport.isOpen) return { ok: false, reason: "offline", detail: "transport closed" };
    let before: PrinterStatus;
    try {
      // With ASB arriving, every change is pushed as it happens: a known ready status is current,
      // and skipping four query round trips keeps a job close to its wire time. A status that is
      // not ready is asked again: the printer may have come back since.
      const known = this.#status;
      const useKnown = this.#asbActive && known !== null && isReady(known) && !this.#syncBeforeNextJob;
      // After a failed job, the query round trip also flushes a late GS r reply to that job: the
      // printer sends it before answering DLE EOT, and with no job waiting it is dropped, so it
      // cannot confirm the next job by mistake.
      before = useKnown ? known : await this.#queryNow();
      this.#syncBeforeNextJob = false;
    } catch (error) {
      return { ok: false, reason: "offline", detail: error instanceof Error ? error.message : String(error) };
    }
    const blocked = blockingReason(before);
    if (blocked !== null) return { ok: false, reason: blocked, detail: "printer not ready; job not sent" };

    const expectedId = expectedProcessId(job);
    const completion = new Promise<PrinterReply>((resolve) => {
      this.#completionWaiter = {
        resolve: (reply) => {
          if (
            expectedId === null
              ? reply.kind === "paper-status"
              : reply.kind === "process-id" && reply.id === expectedId
          ) {
            resolve(reply);
          }
        },
      };
    });
    let wakeOnClose = (): void => undefined;
    const closed = new Promise<"closed">((resolve) => {
      wakeOnClose = () => resolve("closed");
      this.#closedWaiters.add(wakeOnClose);
    });
    try {
      for (const chunk of chunkCommands(job.commands, 512)) {
        await this.#transport.write(chunk);
        if (!this.#asbActive) await this.#queryNow().catch(() => undefined);
      }
      const transferMs = (job.byteLength * 10 * 1000) / this.#baudRate;
      return await this.#awaitCompletion(completion, closed, this.#jobTimeoutMs + transferMs);
    } catch (error) {
      this.#syncBeforeNextJob = true;
      const reason = isOpen(this.#transport) ? "error" : "offline";
      return { ok: false, reason, detail: error instanceof Error ? error.message : String(error) };
    } finally {
      this.#completionWaiter = null;
      this.#closedWaiters.delete(wakeOnClose);
    }
  }

  /** Waits for the marker; an interruption (paper out, cover open) may clear within resumeWithinMs. */
  async #awaitCompletion(
    completion: Promise<PrinterReply>,
    closed: Promise<"closed">,
    timeoutMs: number,
  ): Promise<JobResult> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), timeoutMs);
    });
    try {
      return await this.#watchJob(completion, closed, timeout, timeoutMs);
    } finally {
      clearTimeout(timer);
    }
  }

  async #watchJob(
    completion: Promise<PrinterReply>,
    closed: Promise<"closed">,
    timeout: Promise<"timeout">,
    timeoutMs: number,
  ): Promise<JobResult> {
    let interruptedSince: number | null = null;
    for (;;) {
      // Wake on a status change, or now and then to look again (polling when ASB is silent).
      const statusChanged = new Promise<"status">((resolve) => {
        const wake = (): void => {
          off();
          clearTimeout(tick);
          resolve("status");
        };
        const off = this.onStatus(wake);
        const tick = setTimeout(wake, this.#asbActive ? 200 : this.#pollIntervalMs);
        void completion.then(wake, wake);
      });
      const outcome = await Promise.race([completion, closed, statusChanged, timeout]);
      if (outcome === "closed")
        return { ok: false, reason: "offline", detail: "printer disconnected during the job" };
      if (outcome === "timeout") {
        // Cancel what may still be queued, so a slow printer does not put out a ticket reported as failed.
        await this.#transport.write(cmd.clearBuffers()).catch(() => undefined);
        this.#syncBeforeNextJob = true;
        this.#setStatus({
          online: false,
          paper: this.#status?.paper ?? "ok",
          coverOpen: this.#status?.coverOpen ?? false,
          error: null,
        });
        return {
          ok: false,
          reason: "timeout",
          detail: `no completion reply within ${Math.round(timeoutMs)} ms`,
        };
      }
      if (outcome !== "status")
        return { ok: true, confirmedBy: outcome.kind === "process-id" ? "process-id" : "gs-r" };
      if (!this.#asbActive) await this.#queryNow().catch(() => undefined);
      const status = this.#status;
      const blocked = status === null ? null : blockingReason(status);
      if (blocked === null) {
        interruptedSince = null;
        continue;
      }
      interruptedSince ??= Date.now();
      if (Date.now() - interruptedSince >= this.#resumeWithinMs) {
        // Give up: clear what is left so the rest of the ticket does not appear later, unasked.
        this.#syncBeforeNextJob = true;
        await this.#transport.write(cmd.clearBuffers()).catch(() => undefined);
        // Real-time commands are handled in arrival order: once a status reply comes back, the
        // printer has cleared its buffer, so a paper refill right after this cannot print the rest.
        await this.#queryNow().catch(() => undefined);
        return { ok: false, reason: blocked, detail: "job interrupted before the printer confirmed it" };
      }
    }
  }
}

/** Read through a call: TypeScript would otherwise keep an earlier narrowing across awaits. */
function isOpen(transport: ByteTransport): boolean {
  return transport.isOpen;
}
