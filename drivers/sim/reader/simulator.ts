import { encodeReply, requestFromBody } from "../../idcard/frame";
import { FrameDecoder } from "../../idcard/frame-decoder";
import type { CardType } from "../../idcard/identity";
import type { ByteTransport } from "../../transport/types";
import { CardFactory, type SyntheticCard } from "../identities/cards";
import { type Rng, seededRng } from "../identities/rng";
import { type FaultKind, FaultQueue } from "./faults";
import { Pacer } from "./pacer";
import { answer, type SamState } from "./sam-logic";

/** Options for the virtual reader. */
export interface ReaderSimulatorOptions {
  /** UART rate the replies are paced at (10 bits a byte); default 115200. */
  baudRate?: number;
  /**
   * Time the SAM takes to process each command before the first reply byte, ms; default 50.
   * Public sources give no measured figure; 50 ms per command keeps a find/select/read cycle near
   * the "≤ 1 s per read" planning figure with the wire time added.
   */
  processingDelayMs?: number;
  /** Seed for generated cards, junk and fragmentation; default random. */
  seed?: number;
  /** What the "disconnect" fault does; default closes the attached transport. */
  onDisconnect?: (simulator: ReaderSimulator) => Promise<void>;
}

/** What the maintenance menu and tests see of the virtual reader. */
export interface SimulatorState {
  /** The card on the reader, or null. */
  card: CardType | null;
  /** Whether a transport is attached and open. */
  connected: boolean;
  baudRate: number;
  processingDelayMs: number;
  /** Pending one-shot faults, one entry per remaining use. */
  pendingFaults: FaultKind[];
  /** Requests answered since creation. */
  commandsServed: number;
}

/** The controller the kiosk's virtual-devices panel drives. */
export interface ReaderSimulatorController {
  /** Puts a card on the reader: a given card, a new random card of a type, or a random card. */
  placeCard(card?: SyntheticCard | CardType): SyntheticCard;
  /** Takes the card away. */
  removeCard(): void;
  /** Queues a one-shot fault (see FAULT_KINDS); `times` repeats it; default once. */
  injectFault(kind: FaultKind, times?: number): void;
  state(): SimulatorState;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A virtual SAM reader speaking the real GA/T 467 wire protocol over any ByteTransport: an
 * in-memory pair for unit tests, or the sim end of a pty for integration tests and demos.
 */
export class ReaderSimulator implements ReaderSimulatorController {
  readonly #cards: CardFactory;
  readonly #rng: Rng;
  readonly #faults = new FaultQueue();
  readonly #pacer: Pacer;
  readonly #processingDelayMs: number;
  readonly #onDisconnect: (simulator: ReaderSimulator) => Promise<void>;
  readonly #sam: SamState = { card: null, found: false, selected: false };
  #card: SyntheticCard | null = null;
  #transport: ByteTransport | null = null;
  #detach: (() => void)[] = [];
  #work: Promise<void> = Promise.resolve();
  #served = 0;

  constructor(options: ReaderSimulatorOptions = {}) {
    const seed = options.seed ?? Math.floor(Math.random() * 2 ** 32);
    this.#cards = new CardFactory(seed);
    this.#rng = seededRng(seed ^ 0x5a5a5a5a);
    this.#pacer = new Pacer(options.baudRate ?? 115200, this.#rng);
    this.#processingDelayMs = options.processingDelayMs ?? 50;
    if (!(this.#processingDelayMs >= 0)) throw new RangeError("processingDelayMs must be ≥ 0");
    this.#onDisconnect = options.onDisconnect ?? ((sim) => sim.#closeTransport());
  }

  /** Starts answering requests on `transport` (replacing any previous one, as after a replug). */
  attach(transport: ByteTransport): void {
    this.detach();
    this.#transport = transport;
    const decoder = new FrameDecoder({ minLen: 3 });
    this.#detach = [
      transport.onData((bytes) => {
        for (const event of decoder.push(bytes)) {
          if (event.kind === "frame") {
            const request = requestFromBody(event.body);
            if (request !== null) this.#enqueue(transport, () => answer(request, this.#sam, this.#faults));
          } else if (event.kind === "bad-checksum") {
            this.#enqueue(transport, () => ({ reply: encodeReply({ sw3: 0x10 }) }));
          }
        }
      }),
      transport.onClose(() => {
        if (this.#transport === transport) this.#transport = null;
      }),
    ];
  }

  /** Stops answering (the transport stays as it is). */
  detach(): void {
    for (const off of this.#detach) off();
    this.#detach = [];
    this.#transport = null;
  }

  placeCard(card?: SyntheticCard | CardType): SyntheticCard {
    const placed = card === undefined || typeof card === "string" ? this.#cards.next(card) : card;
    this.#card = placed;
    Object.assign(this.#sam, { card: placed, found: false, selected: false });
    return placed;
  }

  removeCard(): void {
    this.#card = null;
    Object.assign(this.#sam, { card: null, found: false, selected: false });
  }

  /** The card on the reader, for tests that compare the driver's record with it. */
  get card(): SyntheticCard | null {
    return this.#card;
  }

  injectFault(kind: FaultKind, times = 1): void {
    if (kind === "disconnect") {
      void this.#onDisconnect(this).catch(() => undefined);
      return;
    }
    this.#faults.add(kind, times);
  }

  state(): SimulatorState {
    return {
      card: this.#card?.record.cardType ?? null,
      connected: this.#transport?.isOpen ?? false,
      baudRate: this.#pacer.baudRate,
      processingDelayMs: this.#processingDelayMs,
      pendingFaults: this.#faults.list(),
      commandsServed: this.#served,
    };
  }

  /** Waits until every queued reply has been sent (for tests and clean shutdown). */
  idle(): Promise<void> {
    return this.#work;
  }

  async close(): Promise<void> {
    const transport = this.#transport;
    this.detach();
    await this.#work;
    await transport?.close();
  }

  async #closeTransport(): Promise<void> {
    const transport = this.#transport;
    this.detach();
    await transport?.close();
  }

  #enqueue(transport: ByteTransport, compute: () => { reply: Uint8Array; newBaudRate?: number }): void {
    this.#work = this.#work
      .then(async () => {
        await sleep(this.#processingDelayMs);
        if (this.#transport !== transport || !transport.isOpen) return;
        const { reply, newBaudRate } = compute();
        this.#served += 1;
        await this.#deliver(transport, reply);
        if (newBaudRate !== undefined) this.#pacer.baudRate = newBaudRate;
      })
      .catch(() => undefined); // a write to a vanished device: the next attach starts afresh
  }

  async #deliver(transport: ByteTransport, reply: Uint8Array): Promise<void> {
    let bytes = reply;
    if (this.#faults.take("bad-checksum")) {
      bytes = reply.slice();
      bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0x5a;
    }
    if (this.#faults.take("junk")) {
      bytes = concat([this.#junk(), bytes, this.#junk()]);
    }
    await this.#pacer.send(transport, bytes, { fragmented: this.#faults.take("fragmented") });
  }

  /** Junk that confuses naive receivers: stray AA, torn preambles, random bytes; never a full preamble. */
  #junk(): Uint8Array {
    const pieces = [[0xaa], [0xaa, 0xaa], [0xaa, 0xaa, 0x96], [0x96, 0x69], [0xaa, 0xaa, 0xaa, 0x96, 0x00]];
    const out: number[] = [];
    const n = this.#rng.int(1, 6);
    for (let i = 0; i < n; i++) {
      out.push(...(this.#rng.chance(0.5) ? this.#rng.pick(pieces) : [this.#rng.int(0, 255)]));
    }
    // Break any full preamble the pieces happened to form, and end on 00 so the junk cannot join
    // the frame's own preamble into an earlier false one.
    for (let i = 0; i + 4 < out.length; i++) {
      if (
        out[i] === 0xaa &&
        out[i + 1] === 0xaa &&
        out[i + 2] === 0xaa &&
        out[i + 3] === 0x96 &&
        out[i + 4] === 0x69
      ) {
        out[i + 4] = 0x00;
      }
    }
    out.push(0x00);
    return Uint8Array.from(out);
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
