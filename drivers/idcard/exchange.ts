import type { ByteTransport } from "../transport/types";
import { ReaderDisconnectedError, SamChecksumError, SamTimeoutError } from "./errors";
import { encodeRequest, replyFromBody, type SamReply } from "./frame";
import { FrameDecoder } from "./frame-decoder";

/** Options for a request/reply exchange over one transport. */
export interface ExchangeOptions {
  /**
   * Quiet time after a reply failed its checksum before the command fails with a checksum error
   * rather than waiting for its full timeout, ms; default 60.
   */
  checksumSettleMs?: number;
}

interface Pending {
  readonly label: string;
  resolve(reply: SamReply): void;
  reject(error: Error): void;
  badChecksum: boolean;
  settle: ReturnType<typeof setTimeout> | undefined;
}

/**
 * One command in flight at a time over a ByteTransport (README, "Receiver"): drain stale bytes
 * before each send, decode the reply, time out, and drop frames that arrive when nothing is
 * waiting (late replies).
 */
export class FrameExchange {
  readonly #decoder = new FrameDecoder();
  readonly #settleMs: number;
  readonly #unsubscribe: (() => void)[] = [];
  #pending: Pending | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly transport: ByteTransport,
    options: ExchangeOptions = {},
  ) {
    this.#settleMs = options.checksumSettleMs ?? 60;
    this.#unsubscribe.push(
      transport.onData((bytes) => this.#onData(bytes)),
      transport.onClose((error) => {
        this.#pending?.reject(new ReaderDisconnectedError(transport.description, { cause: error }));
      }),
    );
  }

  /** Sends one request and resolves with the reply frame, whatever its SW3. Calls queue up. */
  request(
    label: string,
    cmd: number,
    para: number,
    data: Uint8Array | undefined,
    timeoutMs: number,
  ): Promise<SamReply> {
    const run = this.#queue.then(() => this.#requestNow(label, encodeRequest(cmd, para, data), timeoutMs));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Stops listening to the transport (it stays open). */
  detach(): void {
    for (const off of this.#unsubscribe) off();
    this.#pending?.reject(new ReaderDisconnectedError(this.transport.description));
  }

  #requestNow(label: string, frame: Uint8Array, timeoutMs: number): Promise<SamReply> {
    if (!this.transport.isOpen)
      return Promise.reject(new ReaderDisconnectedError(this.transport.description));
    this.#decoder.clear();
    return new Promise<SamReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        const pending = this.#pending;
        finish();
        reject(
          pending?.badChecksum === true ? new SamChecksumError(label) : new SamTimeoutError(label, timeoutMs),
        );
      }, timeoutMs);
      const finish = (): void => {
        clearTimeout(timer);
        if (this.#pending?.settle !== undefined) clearTimeout(this.#pending.settle);
        this.#pending = null;
      };
      this.#pending = {
        label,
        badChecksum: false,
        settle: undefined,
        resolve: (reply) => {
          finish();
          resolve(reply);
        },
        reject: (error) => {
          finish();
          reject(error);
        },
      };
      this.transport.write(frame).catch((error: unknown) => {
        this.#pending?.reject(new ReaderDisconnectedError(this.transport.description, { cause: error }));
      });
    });
  }

  #onData(bytes: Uint8Array): void {
    const pending = this.#pending;
    if (pending === null) return; // nothing in flight: late reply or junk, dropped at the next send
    for (const event of this.#decoder.push(bytes)) {
      if (event.kind === "frame") {
        const reply = replyFromBody(event.body);
        if (reply !== null) {
          pending.resolve(reply);
          return;
        }
      } else if (event.kind === "bad-checksum") {
        pending.badChecksum = true;
      }
    }
    if (pending.badChecksum) {
      // A corrupt reply: fail fast once the line goes quiet, unless a valid frame still follows.
      if (pending.settle !== undefined) clearTimeout(pending.settle);
      pending.settle = setTimeout(() => {
        if (this.#pending === pending) pending.reject(new SamChecksumError(pending.label));
      }, this.#settleMs);
    }
  }
}
