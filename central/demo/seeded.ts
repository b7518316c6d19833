import { createHash } from "node:crypto";

/**
 * A deterministic pseudo-random source seeded by a string (the resident's ID number), so any
 * synthetic test card gets the same plausible demo records every time without a table of people.
 */
export function seeded(seed: string): (max: number) => number {
  let block = createHash("sha256").update(seed).digest();
  let offset = 0;
  return (max) => {
    if (offset + 4 > block.length) {
      block = createHash("sha256").update(block).digest();
      offset = 0;
    }
    const value = block.readUInt32BE(offset);
    offset += 4;
    return value % max;
  };
}
