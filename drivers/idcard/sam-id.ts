/**
 * The SAM ID string: `u16 LE, u16 LE, u32 LE, u32 LE, u32 LE` printed as
 * `%02d.%02d-%08u-%010u-%010u`. The last two are padded to 10 digits; one popular C# library
 * pads to 9, which is a bug.
 */
export function formatSamId(data: Uint8Array): string {
  if (data.length !== 16) throw new RangeError(`SAM ID is 16 bytes, got ${data.length}`);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const pad = (n: number, width: number): string => String(n).padStart(width, "0");
  return [
    `${pad(view.getUint16(0, true), 2)}.${pad(view.getUint16(2, true), 2)}`,
    pad(view.getUint32(4, true), 8),
    pad(view.getUint32(8, true), 10),
    pad(view.getUint32(12, true), 10),
  ].join("-");
}
