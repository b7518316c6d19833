import { describe, expect, it } from "vitest";
import { previewLayout } from "../../core/devices/printer/preview";
import { encodeDocument } from "../../drivers/printer/encoder";
import { decodeText } from "../../drivers/printer/text-encoding";
import { TicketAssembler } from "../../drivers/sim/printer/ticket";
import { WireDecoder } from "../../drivers/sim/printer/wire-decoder";
import { buildLayout, layoutIds } from "../../kiosk-config/layouts/index";
import { layoutSamples } from "../../kiosk-config/layouts/samples";

/** One command per line: its hex, and for text its GB18030 reading, so a reviewer can check the golden file. */
function annotatedDump(commands: Uint8Array[]): string {
  return commands
    .map((c) => {
      const hex = Buffer.from(c)
        .toString("hex")
        .replace(/(..)(?!$)/g, "$1 ");
      const first = c[0] ?? 0;
      return first >= 0x20 && first !== 0x7f ? `${hex}  ; "${decodeText(c)}"` : hex;
    })
    .join("\n");
}

describe.each([58, 80] as const)("layouts at %i mm", (paperWidthMm) => {
  it.each(layoutIds)("%s: golden bytes", async (id) => {
    const job = encodeDocument(buildLayout(id, layoutSamples[id]), { paperWidthMm });
    await expect(`${annotatedDump(job.commands)}\n`).toMatchFileSnapshot(
      `golden/${id}-${paperWidthMm}mm.escpos.txt`,
    );
  });

  it.each(layoutIds)(
    "%s: the printer decodes exactly the preview's lines, with Chinese mode on and a fed cut",
    (id) => {
      const job = encodeDocument(buildLayout(id, layoutSamples[id]), { paperWidthMm });
      const decoder = new WireDecoder();
      const assembler = new TicketAssembler();
      const tickets = decoder.push(Buffer.concat(job.commands)).flatMap((c) => assembler.apply(c) ?? []);
      expect(tickets).toHaveLength(1);
      const ticket = tickets[0]!;
      expect(ticket.cut).toBe("partial");
      expect(ticket.fedBeforeCut).toBe(true);
      expect(ticket.chineseModeThroughout).toBe(true);
      expect(ticket.unknownCommands).toEqual([]);
      const preview = previewLayout(id, layoutSamples[id], paperWidthMm);
      const printedText = ticket.lines.filter((l) => l.kind === "text").map((l) => l.text);
      // The encoder adds one blank line after each QR code (its quiet zone); the preview shows none.
      const previewText = preview.lines.flatMap((l) =>
        l.kind === "text" ? [l.text] : l.kind === "qr" ? [""] : [],
      );
      expect(printedText).toEqual(previewText);
      const printedQr = ticket.lines.flatMap((l) => (l.kind === "qr" ? [l.payload] : []));
      expect(printedQr).toEqual(preview.lines.flatMap((l) => (l.kind === "qr" ? [l.payload] : [])));
    },
  );
});
