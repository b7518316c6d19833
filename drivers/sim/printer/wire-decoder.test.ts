import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeDocument } from "../../printer/encoder";
import { WireDecoder } from "./wire-decoder";

describe("WireDecoder", () => {
  it("never throws on arbitrary bytes in arbitrary chunks (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 20 }), (chunks) => {
        const decoder = new WireDecoder();
        for (const chunk of chunks) decoder.push(chunk);
      }),
    );
  });

  it("gives the same commands however a job is chunked (property)", () => {
    const job = Buffer.concat(
      encodeDocument({
        blocks: [
          { kind: "text", text: "福州 A023 𠀀", bold: true },
          { kind: "qr", payload: "https://efuzhou.test/p/1" },
          { kind: "barcode", data: "A0231127" },
        ],
      }).commands,
    );
    const whole = new WireDecoder().push(job);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: job.length - 1 }), { maxLength: 8 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const decoder = new WireDecoder();
        const out = [];
        let from = 0;
        for (const at of [...points, job.length]) {
          out.push(...decoder.push(job.subarray(from, at)));
          from = at;
        }
        // Text runs may split where the chunks split; join them before comparing.
        const joinText = (cs: typeof whole) =>
          cs.reduce<unknown[]>((acc, c) => {
            const last = acc.at(-1) as { kind?: string; bytes?: number[] } | undefined;
            if (c.kind === "text" && last?.kind === "text") last.bytes?.push(...c.bytes);
            else acc.push(c.kind === "text" ? { kind: "text", bytes: [...c.bytes] } : c);
            return acc;
          }, []);
        expect(joinText(out)).toEqual(joinText(whole));
      }),
    );
  });
});
