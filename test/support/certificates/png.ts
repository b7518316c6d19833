import { deflateSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A valid greyscale PNG of `width`×`height` pixels all of one shade: at a large size it is a
 * decompression bomb (kilobytes that decode to gigabytes), at a small one a blank page.
 */
export function flatPng(width: number, height: number, shade = 255): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const row = Buffer.alloc(width + 1, shade);
  row[0] = 0; // filter: none
  // Rows are compressed one by one so the bomb never sits in memory here either.
  const raw = Buffer.concat(Array.from({ length: Math.min(height, 64) }, () => row));
  const data = deflateSync(height <= 64 ? raw : Buffer.concat([raw, Buffer.alloc((height - 64) * (width + 1))]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", data),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
