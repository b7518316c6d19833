import QRCode from "qrcode";
import type { DecodedLine, DecodedTicket } from "./ticket";

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/** Renders a decoded ticket as a self-contained HTML page: what came out of the virtual printer. */
export function ticketHtml(ticket: DecodedTicket, paperWidthMm: 58 | 80 = 80): string {
  const body = ticket.lines.map(lineHtml).join("\n");
  const cut =
    ticket.cut === "none"
      ? ""
      : `<div class="cut">✂ ${ticket.cut} cut${ticket.fedBeforeCut ? "" : " (no feed!)"}</div>`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>ticket</title>
<style>
body{background:#ddd;font-family:"Noto Sans Mono CJK SC",monospace}
.paper{background:#fff;width:${paperWidthMm === 80 ? 72 : 48}mm;padding:4mm;margin:1em auto;font-size:3mm;line-height:3.75mm}
.line{white-space:pre;min-height:3.75mm}.b{font-weight:bold}
.cut{border-top:1px dashed #888;color:#888;font-size:2.5mm;text-align:center;margin-top:3mm}
</style></head><body><div class="paper">
${body}
${cut}
</div></body></html>
`;
}

function lineHtml(line: DecodedLine): string {
  switch (line.kind) {
    case "text":
      return `<div class="line${line.bold ? " b" : ""}" style="text-align:${line.align};font-size:${3 * line.height}mm;line-height:${3.75 * line.height}mm;letter-spacing:${line.width > line.height ? 1.5 * (line.width - line.height) : 0}mm">${escapeHtml(line.text)}</div>`;
    case "qr":
      return `<div style="text-align:${line.align}">${qrSvg(line.payload, line.moduleSize)}</div>`;
    case "barcode":
      return `<div style="text-align:${line.align}" class="line">▌▌▍▌▍▍▌ ${escapeHtml(line.data)}</div>`;
    case "image":
      return `<div style="text-align:${line.align}">${imageSvg(line)}</div>`;
    case "feed":
      return `<div style="height:${line.lines * 3.75}mm"></div>`;
  }
}

function qrSvg(payload: string, moduleSize: number): string {
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: "M" });
  const rects: string[] = [];
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (modules.get(x, y)) rects.push(`M${x + 4} ${y + 4}h1v1h-1z`);
    }
  }
  const size = modules.size + 8;
  const mm = (size * moduleSize) / 8;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${mm}mm" height="${mm}mm"><path d="${rects.join("")}"/></svg>`;
}

function imageSvg(line: Extract<DecodedLine, { kind: "image" }>): string {
  const bytesPerRow = line.widthDots / 8;
  const rects: string[] = [];
  for (let y = 0; y < line.heightDots; y++) {
    for (let x = 0; x < line.widthDots; x++) {
      const byte = line.bits[y * bytesPerRow + (x >> 3)] ?? 0;
      if (byte & (0x80 >> (x & 7))) rects.push(`M${x} ${y}h1v1h-1z`);
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${line.widthDots} ${line.heightDots}" width="${line.widthDots / 8}mm" height="${line.heightDots / 8}mm"><path d="${rects.join("")}"/></svg>`;
}
