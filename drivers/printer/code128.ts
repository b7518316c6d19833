import { EscPosParameterError } from "./commands";

const CODE_B = [0x7b, 0x42];
const CODE_C = [0x7b, 0x43];

/**
 * Builds the data part of a CODE128 `GS k 73` command: printable ASCII in code set B, with runs of
 * 4 or more digit pairs packed into code set C (two digits per byte) to keep the symbol short.
 */
export function code128Data(text: string): Uint8Array {
  if (!/^[\x20-\x7e]+$/.test(text)) {
    throw new EscPosParameterError("GS k 73", "CODE128 data must be printable ASCII");
  }
  if (text.includes("{")) throw new EscPosParameterError("GS k 73", `"{" is reserved for code-set selectors`);
  const out: number[] = [];
  let set: "B" | "C" | null = null;
  let i = 0;
  while (i < text.length) {
    const digits = /^\d*/.exec(text.slice(i))?.[0].length ?? 0;
    if (digits >= 4) {
      // An odd run leaves its first digit in the current set, so the pairs stay aligned.
      if (digits % 2 === 1) {
        if (set !== "B") out.push(...CODE_B);
        set = "B";
        out.push(text.charCodeAt(i));
        i += 1;
      }
      const pairs = Math.floor(digits / 2);
      if (set !== "C") out.push(...CODE_C);
      set = "C";
      for (let p = 0; p < pairs; p++) out.push(Number(text.slice(i + p * 2, i + p * 2 + 2)));
      i += pairs * 2;
    } else {
      if (set !== "B") out.push(...CODE_B);
      set = "B";
      out.push(text.charCodeAt(i));
      i += 1;
    }
  }
  return Uint8Array.from(out);
}

/** Reads CODE128 data with selectors back into text (the virtual printer's decoder). */
export function code128Text(data: Uint8Array): string {
  let set = "B";
  let text = "";
  for (let i = 0; i < data.length; i++) {
    const byte = data[i] ?? 0;
    if (byte === 0x7b && i + 1 < data.length) {
      const next = data[i + 1] ?? 0;
      if (next === 0x41 || next === 0x42 || next === 0x43) {
        set = String.fromCharCode(next);
        i += 1;
        continue;
      }
    }
    text += set === "C" ? String(byte).padStart(2, "0") : String.fromCharCode(byte);
  }
  return text;
}
