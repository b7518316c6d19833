import { layoutDocument } from "../../../drivers/printer/layout";
import { HALF_WIDTH_DOTS, PRINT_WIDTH_DOTS } from "../../../drivers/printer/text-width";
import { buildLayout, type PreviewLine, type TicketPreview } from "../../../kiosk-config/layouts/index";

/**
 * The on-screen preview of a layout: the very lines the encoder will print (same wrapping), minus
 * the binary parts, so the UI can draw them.
 */
export function previewLayout(layoutId: string, data: unknown, paperWidthMm: 58 | 80): TicketPreview {
  const lines = layoutDocument(buildLayout(layoutId, data), paperWidthMm).map((line): PreviewLine => {
    switch (line.kind) {
      case "text":
        return line;
      case "qr":
        return { kind: "qr", payload: line.payload, moduleSize: line.moduleSize, align: line.align };
      case "barcode":
        return line;
      case "image":
        return { kind: "image", width: line.width, height: line.height, align: line.align };
      case "feed":
        return line;
    }
  });
  return { layoutId, paperWidthMm, cellsPerLine: PRINT_WIDTH_DOTS[paperWidthMm] / HALF_WIDTH_DOTS, lines };
}
