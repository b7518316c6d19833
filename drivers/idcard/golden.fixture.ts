/**
 * A synthetic resident card (fake data, fake WLT header + zeros),
 * kept as a golden vector: bytes 0 … 280 verbatim, then 1 013 zero bytes, then the checksum.
 */
import { fromHex } from "./frame";

const HEAD = [
  "AA AA AA 96 69 05 08 00 00 90 01 00 04 00 4B 6D D5 8B 37 68 8B 4F 20 00 20 00 20 00 20 00 20 00",
  "20 00 20 00 20 00 20 00 20 00 20 00 31 00 30 00 31 00 31 00 39 00 39 00 30 00 30 00 31 00 30 00",
  "31 00 8F 79 FA 5E 01 77 8F 79 DE 5D 02 5E 13 9F 7C 69 3A 53 4B 6D D5 8B EF 8D 31 00 F7 53 20 00",
  "20 00 20 00 20 00 20 00 20 00 20 00 20 00 20 00 20 00 20 00 20 00 20 00 20 00 20 00 20 00 20 00",
  "20 00 20 00 20 00 20 00 33 00 35 00 30 00 31 00 30 00 32 00 31 00 39 00 39 00 30 00 30 00 31 00",
  "30 00 31 00 30 00 30 00 31 00 36 00 8F 79 DE 5D 02 5E 6C 51 89 5B 40 5C 13 9F 7C 69 06 52 40 5C",
  "20 00 20 00 20 00 20 00 20 00 32 00 30 00 32 00 30 00 30 00 31 00 30 00 31 00 32 00 30 00 33 00",
  "30 00 30 00 31 00 30 00 31 00 20 00 20 00 20 00 20 00 20 00 20 00 20 00 20 00 20 00 20 00 20 00",
  "20 00 20 00 20 00 20 00 20 00 20 00 20 00 57 4C 66 00 7E 00 32 00 00 FF 85",
].join(" ");

/** The whole 1 295-byte `30 01` reply; SHA-256 60b275e3cad9d6bc597af03881a3b4603e942632d88701ae8ec96039e028e57c. */
export function goldenResidentReply(): Uint8Array {
  const frame = new Uint8Array(1295);
  frame.set(fromHex(HEAD), 0);
  frame[1294] = 0x5a;
  return frame;
}
