import {
  ReaderDisconnectedError,
  ReaderError,
  type ReaderErrorInfo,
  SamTimeoutError,
} from "../../../drivers/idcard/errors";
import type { SamReader } from "../../../drivers/idcard/sam-reader";
import { SamStatusError } from "../../../drivers/idcard/status";
import { ReaderSimulator, type ReaderSimulatorController } from "../../../drivers/sim/reader/simulator";
import { memoryPair } from "../../../drivers/transport/memory";
import { connectSam } from "./connect";
import { openReaderPort } from "./open-port";
import { type ReaderEventName, type ReaderEvents, ReaderEventHub } from "./events";
import {
  type CardReaderOptions,
  type ResolvedReaderOptions,
  resolveReaderOptions,
  type TransportOpener,
} from "./options";
import { ReadCycle } from "./read-cycle";
import { readOnce, type TestReadResult } from "./test-read";
import { Waker } from "./waker";

/** The reader as the status bar, maintenance menu and heartbeat see it. */
export interface ReaderStatus {
  state: "online" | "offline" | "error" | "starting";
  /** The configured port, or "sim". */
  port: string;
  /** The last problem in plain English, for technicians. */
  lastError?: string;
}

/** Why polling stopped, and whether the SAM itself is unusable (state "error", not "offline"). */
interface PollEnd {
  info: ReaderErrorInfo;
  unusable: boolean;
}

/** SW3 values meaning the SAM cannot work at all: self-test failed, not authorised. */
const UNUSABLE_SW3: ReadonlySet<number> = new Set([0x60, 0x66]);

/** Consecutive command timeouts after which the reader is treated as gone and reopened. */
const TIMEOUTS_BEFORE_OFFLINE = 2;

/**
 * The ID-card reader service: keeps a SAM reader connected and polled, and turns what it sees
 * into events (`card-present`, `card-read`, `card-removed`, `reader-error`, `reader-offline`,
 * `reader-online`).
 *
 * Connection: open, status (retried through the module's power-up), optional rate probe; when
 * the port closes or stops answering, it goes offline and reopens every `reconnectIntervalMs`,
 * so an unplugged reader recovers by itself once its device path returns.
 */
export class CardReaderService {
  #given: CardReaderOptions;
  #options: ResolvedReaderOptions;
  #open: TransportOpener;
  readonly #hub = new ReaderEventHub();
  readonly #cycle = new ReadCycle(this.#hub);
  readonly #waker = new Waker();
  #sim: ReaderSimulator | null;
  #testRead: ((result: TestReadResult) => void) | null = null;
  #state: ReaderStatus["state"] = "starting";
  #lastError: string | undefined;
  #running: Promise<void> | null = null;
  #stopped = false;
  #reader: SamReader | null = null;
  #samId: string | null = null;

  constructor(options: CardReaderOptions) {
    this.#given = options;
    this.#options = resolveReaderOptions(options);
    this.#sim = null;
    this.#open = this.#opener();
  }

  /** The built-in simulator's controller when `port` is "sim", else null. */
  get simulator(): ReaderSimulatorController | null {
    return this.#sim;
  }

  /** The configured rate; the SAM's own after an automatic probe. */
  get baudRate(): number {
    return this.#reader?.baudRate ?? this.#options.baudRate;
  }

  #opener(): TransportOpener {
    if (this.#options.port !== "sim") return this.#given.open ?? openReaderPort;
    const sim = new ReaderSimulator(this.#given.simulator);
    this.#sim = sim;
    return () => {
      const [host, device] = memoryPair("built-in reader simulator");
      sim.attach(device);
      return Promise.resolve(host);
    };
  }

  /**
   * Closes the device and opens the one at `port` and `baudRate` (the maintenance menu's choice),
   * keeping every listener. Throws RangeError, before closing anything, on a bad option.
   */
  async reopen(choice: { port: string; baudRate: number }): Promise<void> {
    const given = { ...this.#given, port: choice.port, baudRate: choice.baudRate };
    const options = resolveReaderOptions(given);
    await this.stop();
    this.#given = given;
    this.#options = options;
    this.#sim = null;
    this.#samId = null;
    this.#lastError = undefined;
    this.#state = "starting";
    this.#open = this.#opener();
    await this.start();
  }

  /**
   * The technician's test read: between two polls, reads the card lying on the reader once more
   * without telling anyone else (no session opens, no event goes to the page). Resolves within
   * `timeoutMs` either way.
   */
  testRead(timeoutMs = 5000): Promise<TestReadResult> {
    if (this.#reader === null) return Promise.resolve({ kind: "offline" });
    this.#testRead?.({ kind: "busy" });
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (this.#testRead === done) this.#testRead = null;
        resolve({ kind: "timeout" });
      }, timeoutMs);
      const done = (result: TestReadResult): void => {
        clearTimeout(timer);
        resolve(result);
      };
      this.#testRead = done;
      this.#waker.wakeAll();
    });
  }

  on<E extends ReaderEventName>(event: E, listener: (...args: ReaderEvents[E]) => void): () => void {
    return this.#hub.on(event, listener);
  }

  /**
   * The SAM's ID string (drivers/idcard/sam-id.ts) read at the last connect, for the maintenance
   * menu; null if unknown.
   */
  samId(): string | null {
    return this.#samId;
  }

  status(): ReaderStatus {
    const status: ReaderStatus = { state: this.#state, port: this.#options.port };
    if (this.#lastError !== undefined) status.lastError = this.#lastError;
    return status;
  }

  /**
   * Reads the card that lies on the reader again at the next poll (a new session needs it: the
   * old read was wiped with the session that made it). A card not yet read is read anyway.
   */
  rereadCard(): void {
    this.#cycle.rearm();
  }

  /** Starts connecting and polling in the background; events report progress. Idempotent. */
  start(): Promise<void> {
    if (this.#running === null) {
      this.#stopped = false;
      this.#running = this.#run();
    }
    return Promise.resolve();
  }

  /** Stops polling and closes the port; resolves once everything is closed. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#waker.wakeAll();
    await this.#reader?.close().catch(() => undefined);
    await this.#running;
    this.#running = null;
    await this.#sim?.close();
    this.#testRead?.({ kind: "offline" });
    this.#testRead = null;
  }

  async #run(): Promise<void> {
    while (!this.#stopped) {
      const connected = await this.#connect();
      if (connected === null) return;
      const reader = connected.reader;
      this.#reader = reader;
      this.#samId = connected.samId;
      const offClose = reader.transport.onClose(() => this.#waker.wakeAll());
      this.#setState("online");
      this.#hub.emit("reader-online", {
        port: this.#options.port,
        baudRate: reader.baudRate,
        samId: connected.samId,
      });
      const end = await this.#poll(reader);
      offClose();
      this.#reader = null;
      await reader.close().catch(() => undefined);
      this.#cycle.reset();
      if (this.#isStopped()) return;
      if (end.unusable) this.#reportUnusable(end.info);
      else this.#goOffline(end.info);
    }
  }

  /** Tries to connect until it succeeds or the service stops; null when stopped. */
  async #connect(): Promise<Awaited<ReturnType<typeof connectSam>> | null> {
    while (!this.#stopped) {
      try {
        return await connectSam({
          ...this.#options,
          open: this.#open,
          sleep: (ms) => this.#waker.sleep(ms),
          cancelled: () => this.#stopped,
        });
      } catch (error) {
        if (this.#isStopped()) return null;
        const info = infoOf(error);
        if (error instanceof SamStatusError) {
          this.#reportUnusable(info);
        } else {
          this.#goOffline(info);
        }
        await this.#waker.sleep(this.#options.reconnectIntervalMs);
      }
    }
    return null;
  }

  /** Polls until the reader is lost or the service stops; returns why it stopped. */
  async #poll(reader: SamReader): Promise<PollEnd> {
    let timeouts = 0;
    let lastReported: string | null = null;
    while (!this.#stopped) {
      const test = this.#testRead;
      if (test !== null) {
        this.#testRead = null;
        test(await readOnce(reader));
      }
      try {
        await this.#cycle.tick(reader);
        timeouts = 0;
        lastReported = null;
      } catch (error) {
        const info = infoOf(error);
        if (error instanceof ReaderDisconnectedError) return { info, unusable: false };
        if (error instanceof SamStatusError && UNUSABLE_SW3.has(error.sw3)) return { info, unusable: true };
        this.#lastError = info.en;
        if (error instanceof SamTimeoutError) {
          if (++timeouts >= TIMEOUTS_BEFORE_OFFLINE) return { info, unusable: false };
        } else if (info.code !== lastReported) {
          // Once per kind of trouble, not once per poll: a stuck reader must not flood the UI.
          lastReported = info.code;
          this.#hub.emit("reader-error", info);
        }
      }
      if (!reader.transport.isOpen) {
        return { info: new ReaderDisconnectedError(reader.transport.description).toInfo(), unusable: false };
      }
      await this.#waker.sleep(this.#pollGap());
    }
    return { info: new ReaderDisconnectedError("stopped").toInfo(), unusable: false };
  }

  /**
   * Until a card is read, the resident is waiting for the next find: poll at the idle pace. Once
   * it is read, only its removal is watched for, at the vendor's pace (two finds a poll).
   */
  #pollGap(): number {
    return this.#cycle.phase === "done" ? this.#options.pollIntervalMs : this.#options.idlePollIntervalMs;
  }

  /** Read through a method: stop() flips the flag while a loop awaits, which narrowing cannot see. */
  #isStopped(): boolean {
    return this.#stopped;
  }

  /** The reader answers but refuses to work (self-test failed, not authorised): said once. */
  #reportUnusable(info: ReaderErrorInfo): void {
    if (this.#state !== "error") this.#hub.emit("reader-error", info);
    this.#setState("error", info);
  }

  #goOffline(info: ReaderErrorInfo): void {
    const announce = this.#state !== "offline";
    this.#setState("offline", info);
    if (announce) this.#hub.emit("reader-offline", info);
  }

  #setState(state: ReaderStatus["state"], error?: ReaderErrorInfo): void {
    this.#state = state;
    if (error !== undefined) this.#lastError = error.en;
  }
}

function infoOf(error: unknown): ReaderErrorInfo {
  if (error instanceof ReaderError) return error.toInfo();
  const message = error instanceof Error ? error.message : String(error);
  return { code: "device", zh: `读卡器无法打开：${message}`, en: `cannot open the reader: ${message}` };
}
