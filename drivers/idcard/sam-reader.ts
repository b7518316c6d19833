import type { ByteTransport } from "../transport/types";
import { type CommandName, COMMANDS, type CommandSpec, setBaudCommand, timeoutFor } from "./commands";
import { SamProtocolError } from "./errors";
import { type ExchangeOptions, FrameExchange } from "./exchange";
import type { SamReply } from "./frame";
import { type BaseRead, parseReadData, splitAddresses } from "./read-reply";
import { formatSamId } from "./sam-id";
import { SamStatusError, SW3_FOUND, SW3_NO_CARD, SW3_NO_SUCH_ITEM, SW3_OK } from "./status";
import { field } from "./text-fields";

/** Options for a SamReader. */
export interface SamReaderOptions extends ExchangeOptions {
  /** The rate the transport was opened at, used to stretch timeouts below 115 200; default 115200. */
  baudRate?: number;
  /** Reopens the device at a new rate after `setBaudRate`; default none (setBaudRate then throws). */
  reopen?: (baudRate: number) => Promise<ByteTransport>;
  /** Per-command timeout overrides in ms; default those of commands.ts. */
  timeoutsMs?: Partial<Record<CommandName | "setBaudRate", number>>;
}

/** The SAM ID as bytes and as the string the maintenance menu shows. */
export interface SamId {
  readonly bytes: Uint8Array;
  readonly text: string;
}

/**
 * The GA/T 467 command set over any ByteTransport (serial, HID adapter, in-memory).
 *
 * Every non-success SW3 becomes a SamStatusError, except the two "normal" outcomes that are
 * answers rather than failures: find → false on 80 (no card), newest address → [] on 91.
 */
export class SamReader {
  #exchange: FrameExchange;
  #baudRate: number;
  readonly #options: SamReaderOptions;

  constructor(transport: ByteTransport, options: SamReaderOptions = {}) {
    this.#options = options;
    this.#baudRate = options.baudRate ?? 115200;
    this.#exchange = new FrameExchange(transport, options);
  }

  /** The transport currently in use (it changes after setBaudRate). */
  get transport(): ByteTransport {
    return this.#exchange.transport;
  }

  get baudRate(): number {
    return this.#baudRate;
  }

  /** `10 FF`: resets the SAM. */
  async reset(): Promise<void> {
    await this.#expect("reset", SW3_OK);
  }

  /** `11 FF`: SAM status; a failing self-test throws SamStatusError with SW3 60. */
  async status(): Promise<void> {
    await this.#expect("status", SW3_OK);
  }

  /** `12 FF`: the SAM's identity, for diagnostics. */
  async samId(): Promise<SamId> {
    const reply = await this.#expect("samId", SW3_OK);
    if (reply.data.length !== 16) this.#badSize("samId", reply.data.length, "16");
    const bytes = reply.data.slice();
    return { bytes, text: formatSamId(bytes) };
  }

  /** `20 01`: true when a card is on the reader (9F), false for "no card" (80). */
  async find(): Promise<boolean> {
    const reply = await this.#send("find");
    if (reply.sw3 === SW3_NO_CARD) return false;
    this.#check(COMMANDS.find.label, reply, SW3_FOUND);
    return true;
  }

  /** `20 02`: selects the card found; 81 throws (try again at the next poll). */
  async select(): Promise<void> {
    await this.#expect("select", SW3_OK);
  }

  /** `30 01`: text block and photo. 41 (card moved) throws SamStatusError. */
  async readBase(): Promise<BaseRead> {
    const reply = await this.#expect("readBase", SW3_OK);
    return parseReadData(COMMANDS.readBase.label, reply.data, false);
  }

  /** `30 10`: as readBase, for readers that answer with the fingerprint layout; the fingerprint is dropped. */
  async readWithFingerprint(): Promise<BaseRead> {
    const reply = await this.#expect("readWithFingerprint", SW3_OK);
    return parseReadData(COMMANDS.readWithFingerprint.label, reply.data, true);
  }

  /** `30 03`: appended addresses, oldest first; [] when the card has none (SW3 91). */
  async newestAddress(): Promise<string[]> {
    const reply = await this.#send("newestAddress");
    if (reply.sw3 === SW3_NO_SUCH_ITEM) return [];
    this.#check(COMMANDS.newestAddress.label, reply, SW3_OK);
    return splitAddresses(COMMANDS.newestAddress.label, reply.data).map((a) => field(a, 0, 70));
  }

  /**
   * `30 05`: 28 bytes of card management info, also as 14 UCS-2 characters (meaning unverified).
   */
  async managementInfo(): Promise<{ bytes: Uint8Array; text: string }> {
    const reply = await this.#expect("managementInfo", SW3_OK);
    if (reply.data.length !== 28) this.#badSize("managementInfo", reply.data.length, "28");
    const bytes = reply.data.slice();
    return { bytes, text: field(bytes, 0, 28) };
  }

  /** `61 FF nn`: the largest block the SAM exchanges with the card per RF frame. */
  async setMaxRfBytes(bytes: number): Promise<void> {
    await this.#expect("setMaxRfBytes", SW3_OK, Uint8Array.of(bytes));
  }

  /**
   * `60 pp`: switches the SAM's UART rate. The reply comes at the old rate; then the old
   * transport is closed and the `reopen` callback opens the device at the new rate.
   */
  async setBaudRate(baudRate: number): Promise<void> {
    const command = setBaudCommand(baudRate);
    const reopen = this.#options.reopen;
    if (reopen === undefined) throw new RangeError("setBaudRate needs the reopen option");
    const timeout = this.#options.timeoutsMs?.setBaudRate ?? timeoutFor(command, this.#baudRate);
    const reply = await this.#exchange.request(command.label, command.cmd, command.para, undefined, timeout);
    this.#check(command.label, reply, SW3_OK);
    const old = this.#exchange;
    old.detach();
    await old.transport.close();
    this.#exchange = new FrameExchange(await reopen(baudRate), this.#options);
    this.#baudRate = baudRate;
  }

  /** Closes the transport. */
  async close(): Promise<void> {
    this.#exchange.detach();
    await this.#exchange.transport.close();
  }

  #send(name: CommandName, data?: Uint8Array): Promise<SamReply> {
    const command: CommandSpec = COMMANDS[name];
    const timeout = this.#options.timeoutsMs?.[name] ?? timeoutFor(command, this.#baudRate);
    return this.#exchange.request(command.label, command.cmd, command.para, data, timeout);
  }

  async #expect(name: CommandName, ok: number, data?: Uint8Array): Promise<SamReply> {
    const reply = await this.#send(name, data);
    this.#check(COMMANDS[name].label, reply, ok);
    return reply;
  }

  #check(label: string, reply: SamReply, ok: number): void {
    if (reply.sw3 !== ok) throw new SamStatusError(label, reply.sw3, [reply.sw1, reply.sw2]);
  }

  #badSize(name: CommandName, got: number, expected: string): never {
    throw new SamProtocolError(COMMANDS[name].label, `${got} data bytes, expected ${expected}`);
  }
}
