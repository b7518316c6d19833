import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeFrame, encodeReply, fromHex, replyFromBody } from "./frame";
import { type DecoderEvent, FrameDecoder } from "./frame-decoder";
import { goldenResidentReply } from "./golden.fixture";

const frames = (events: DecoderEvent[]): Uint8Array[] =>
  events.flatMap((e) => (e.kind === "frame" ? [e.body] : []));

function decodeAll(chunks: Uint8Array[], decoder = new FrameDecoder()): Uint8Array[] {
  return chunks.flatMap((chunk) => frames(decoder.push(chunk)));
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

/** Splits `bytes` at the given cut points (any values; clamped and sorted). */
function split(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let last = 0;
  for (const p of [...points, bytes.length]) {
    out.push(bytes.subarray(last, p));
    last = p;
  }
  return out;
}

function containsPreamble(bytes: Uint8Array): boolean {
  for (let i = 0; i + 5 <= bytes.length; i++) {
    if (
      bytes[i] === 0xaa &&
      bytes[i + 1] === 0xaa &&
      bytes[i + 2] === 0xaa &&
      bytes[i + 3] === 0x96 &&
      bytes[i + 4] === 0x69
    ) {
      return true;
    }
  }
  return false;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

// Junk biased towards the bytes that confuse receivers: stray AA, torn preambles, 96 69.
const junkByte = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 255 }) },
  { weight: 2, arbitrary: fc.constantFrom(0xaa, 0x96, 0x69, 0x00, 0x05) },
);
const junk = fc
  .array(junkByte, { maxLength: 24 })
  .map((a) => Uint8Array.from(a))
  .filter((j) => !containsPreamble(j));
const reply = fc
  .record({
    sw1: fc.integer({ min: 0, max: 255 }),
    sw2: fc.integer({ min: 0, max: 255 }),
    sw3: fc.integer({ min: 0, max: 255 }),
    data: fc.uint8Array({ maxLength: 40 }),
  })
  .map((r) => encodeReply(r));
const cuts = fc.array(fc.nat(), { maxLength: 12 });

describe("FrameDecoder — examples", () => {
  it("decodes the golden frame delivered one byte at a time", () => {
    const golden = goldenResidentReply();
    const decoder = new FrameDecoder();
    const out = decodeAll(
      Array.from(golden, (b) => Uint8Array.of(b)),
      decoder,
    );
    expect(out).toHaveLength(1);
    expect(replyFromBody(out[0]!)?.data.length).toBe(1284);
    expect(decoder.buffered).toBe(0);
  });

  it("skips junk and stray AA before the preamble", () => {
    const frame = fromHex("AA AA AA 96 69 00 04 00 00 80 84");
    const events = new FrameDecoder().push(concat([fromHex("00 13 AA AA 96 AA"), frame]));
    expect(events[0]).toEqual({ kind: "junk", bytes: 6 });
    expect(frames(events)).toEqual([frame.subarray(7, -1)]);
  });

  it("does not take a torn preamble for a frame start", () => {
    // `AA AA 96 69` (one AA missing) followed by a valid-looking rest must not decode.
    const torn = fromHex("AA AA 96 69 00 04 00 00 90 94");
    expect(decodeAll([torn])).toEqual([]);
  });

  it("accepts a frame followed by one extra byte and keeps that byte", () => {
    const golden = goldenResidentReply();
    const decoder = new FrameDecoder();
    const out = decodeAll([concat([golden, Uint8Array.of(0xaa)])], decoder);
    expect(out).toHaveLength(1);
    expect(decoder.buffered).toBe(1);
  });

  it("rejects a frame whose checksum byte is wrong", () => {
    const bad = fromHex("AA AA AA 96 69 00 04 00 00 90 95");
    const events = new FrameDecoder().push(bad);
    expect(frames(events)).toEqual([]);
    expect(events.some((e) => e.kind === "bad-checksum")).toBe(true);
  });

  it("waits for a frame whose LEN announces more bytes, and never emits it short", () => {
    const golden = goldenResidentReply();
    const decoder = new FrameDecoder();
    expect(decodeAll([golden.subarray(0, 1000)], decoder)).toEqual([]);
    expect(decoder.buffered).toBe(1000);
    decoder.clear();
    expect(decoder.buffered).toBe(0);
  });

  it("rejects impossible lengths, then finds the real frame behind them", () => {
    const frame = fromHex("AA AA AA 96 69 00 04 00 00 90 94");
    const events = new FrameDecoder().push(concat([fromHex("AA AA AA 96 69 FF FF"), frame]));
    expect(events.filter((e) => e.kind === "bad-length")).toEqual([{ kind: "bad-length", len: 0xffff }]);
    expect(frames(events)).toHaveLength(1);
  });

  it("masks length bytes ≥ 0x80 (a 0x0480-byte LEN is read as 1152, not negative)", () => {
    const frame = encodeFrame(new Uint8Array(0x0480 - 1));
    expect(decodeAll([frame])).toHaveLength(1);
  });

  it("validates its options", () => {
    expect(() => new FrameDecoder({ minLen: 0 })).toThrow(/minLen/);
    expect(() => new FrameDecoder({ maxLen: 2 })).toThrow(/maxLen/);
  });
});

// 32 000 + 30 000 + 30 000 + 16 000 = 108 000 generated inputs.
describe("FrameDecoder — properties", () => {
  it("never throws, and holds at most one maximal frame, on arbitrary bytes in arbitrary chunks", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 48 }), { maxLength: 6 }), (chunks) => {
        const decoder = new FrameDecoder();
        for (const chunk of chunks) {
          for (const e of decoder.push(chunk)) {
            if (e.kind === "frame") expect(e.body.length).toBeGreaterThanOrEqual(3);
          }
          expect(decoder.buffered).toBeLessThanOrEqual(7 + 4096);
        }
      }),
      { numRuns: 32_000 },
    );
  });

  it("recovers every frame, in order, between junk and across any chunking", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(junk, reply), { minLength: 1, maxLength: 5 }),
        junk,
        cuts,
        (parts, tail, at) => {
          const stream = concat([...parts.flatMap(([j, f]) => [j, f]), tail]);
          const expected = parts.map(([, f]) => f.subarray(7, -1));
          expect(decodeAll(split(stream, at))).toEqual(expected);
        },
      ),
      { numRuns: 30_000 },
    );
  });

  it("on mutated streams only emits frames that were really in the input", () => {
    const mutation = fc.oneof(
      fc.record({ op: fc.constant("flip" as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
      fc.record({ op: fc.constant("drop" as const), at: fc.nat() }),
      fc.record({ op: fc.constant("insert" as const), at: fc.nat(), byte: junkByte }),
    );
    fc.assert(
      fc.property(
        fc.array(reply, { minLength: 1, maxLength: 4 }),
        fc.array(mutation, { maxLength: 4 }),
        cuts,
        (rs, ms, at) => {
          const bytes = [...concat(rs)];
          for (const m of ms) {
            const i = m.at % (bytes.length + 1);
            if (m.op === "flip" && i < bytes.length) bytes[i] = (bytes[i] ?? 0) ^ (1 << m.bit);
            if (m.op === "drop") bytes.splice(i, 1);
            if (m.op === "insert") bytes.splice(i, 0, m.byte);
          }
          const stream = Uint8Array.from(bytes);
          for (const body of decodeAll(split(stream, at))) {
            expect(indexOf(stream, encodeFrame(body))).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 30_000 },
    );
  });

  it("gives the same frames however the stream is chunked", () => {
    const noisy = fc
      .array(fc.oneof(reply, junk, fc.uint8Array({ maxLength: 16 })), { maxLength: 6 })
      .map(concat);
    fc.assert(
      fc.property(noisy, cuts, (stream, at) => {
        expect(decodeAll(split(stream, at))).toEqual(decodeAll([stream]));
      }),
      { numRuns: 16_000 },
    );
  });
});
