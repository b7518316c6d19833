import { encodeReply, type SamRequest } from "../../idcard/frame";
import type { SyntheticCard } from "../identities/cards";
import type { FaultQueue } from "./faults";

/** What the virtual SAM knows between commands. */
export interface SamState {
  card: SyntheticCard | null;
  /** Find succeeded since the card was placed (select needs it). */
  found: boolean;
  /** Select succeeded since the card was placed (reads need it). */
  selected: boolean;
}

/** The reply to one request, and a rate change that takes effect after it is sent. */
export interface Answer {
  reply: Uint8Array;
  newBaudRate?: number;
}

const RATES: Readonly<Record<number, number>> = { 0: 115200, 1: 57600, 2: 38400, 3: 19200, 4: 9600 };
/** A synthetic SAM ID: 05.02-20150601-0000001234-0987654321 (made up). */
export const SIM_SAM_ID = Uint8Array.from([
  5, 0, 2, 0, 0x49, 0x79, 0x33, 0x01, 0xd2, 4, 0, 0, 0xb1, 0x68, 0xde, 0x3a,
]);

const status = (sw3: number): Answer => ({ reply: encodeReply({ sw3 }) });
const u16be = (n: number): number[] => [n >> 8, n & 0xff];

function readData(card: SyntheticCard, withFingerprint: boolean): Uint8Array {
  const fp = withFingerprint ? card.fingerprintBytes : 0;
  const header = withFingerprint
    ? [...u16be(256), ...u16be(1024), ...u16be(fp)]
    : [...u16be(256), ...u16be(1024)];
  const data = new Uint8Array(header.length + 256 + 1024 + fp);
  data.set(header, 0);
  data.set(card.text, header.length);
  data.set(card.photo, header.length + 256);
  // Fingerprint bytes stay zero: the simulator never fabricates biometric-looking data.
  return data;
}

function addressData(addresses: readonly string[]): Uint8Array {
  const data = new Uint8Array(70 * addresses.length);
  addresses.forEach((address, i) => {
    for (let b = 0; b < 70; b += 2) data.set([0x20, 0x00], i * 70 + b);
    data.set(Buffer.from(address.slice(0, 35), "utf16le"), i * 70);
  });
  return data;
}

/**
 * The SAM's answer to one well-formed request, following drivers/idcard/README.md's commands and
 * read cycle.
 */
export function answer(request: SamRequest, state: SamState, faults: FaultQueue): Answer {
  const { cmd, para } = request;
  const card = state.card;
  if (faults.take("sam-failure")) return status(0x60);
  switch ((cmd << 8) | para) {
    case 0x10ff:
      return status(0x90);
    case 0x11ff:
      return status(0x90);
    case 0x12ff:
      return { reply: encodeReply({ sw3: 0x90, data: SIM_SAM_ID }) };
    case 0x2001:
      if (card === null || faults.take("no-card")) return status(0x80);
      state.found = true;
      return { reply: encodeReply({ sw3: 0x9f, data: new Uint8Array(4) }) };
    case 0x2002:
      if (card === null || !state.found) return status(0x81);
      state.selected = true;
      return { reply: encodeReply({ sw3: 0x90, data: new Uint8Array(8) }) };
    case 0x3001:
    case 0x3010:
      if (card === null || !state.selected || faults.take("read-failed")) return status(0x41);
      return { reply: encodeReply({ sw3: 0x90, data: readData(card, para === 0x10) }) };
    case 0x3003:
      if (card === null || !state.selected) return status(0x41);
      if (card.appendedAddresses.length === 0) return status(0x91);
      return { reply: encodeReply({ sw3: 0x90, data: addressData(card.appendedAddresses.slice(0, 4)) }) };
    case 0x3005:
      if (card === null || !state.selected) return status(0x41);
      return { reply: encodeReply({ sw3: 0x90, data: Buffer.from("TEST0000000001", "utf16le") }) };
    case 0x61ff:
      return status(request.data.length === 1 ? 0x90 : 0x11);
  }
  if (cmd === 0x60) {
    const rate = RATES[para];
    return rate === undefined ? status(0x21) : { reply: encodeReply({ sw3: 0x90 }), newBaudRate: rate };
  }
  return status(0x21);
}
