import type { TicketPreview } from "../../../kiosk-config/layouts/model";
import { QrImage } from "./QrImage";

type Line = TicketPreview["lines"][number];

/** A QR line drawn as a real QR code (the same payload the printer gets). */
function QrLine({ payload, align }: { payload: string; align: string }) {
  return (
    <div className={`paper__qr paper--${align}`} data-testid="preview-qr" data-payload={payload}>
      <QrImage payload={payload} alt="QR" className="paper__qr-img" />
    </div>
  );
}

function PreviewLine({ line }: { line: Line }) {
  switch (line.kind) {
    case "text":
      return (
        <div
          className={`paper__line paper--${line.align}${line.bold ? " paper__line--bold" : ""}`}
          style={{
            fontSize: `${line.height}em`,
            letterSpacing: line.width > line.height ? "0.2em" : undefined,
          }}
        >
          {line.text === "" ? "\u00a0" : line.text}
        </div>
      );
    case "qr":
      return <QrLine payload={line.payload} align={line.align} />;
    case "barcode":
      return (
        <div className={`paper__line paper--${line.align}`}>
          <span className="paper__barcode" aria-hidden="true" />
          <div>{line.data}</div>
        </div>
      );
    case "image":
      return (
        <div
          className="paper__image"
          style={{ aspectRatio: `${line.width} / ${line.height}` }}
          aria-hidden="true"
        />
      );
    case "feed":
      return <div style={{ height: `${line.lines * 1.2}em` }} aria-hidden="true" />;
  }
}

/**
 * The receipt exactly as it will print: a monospace paper strip as wide as its cells (a CJK
 * character takes two), with QR lines drawn as real codes.
 */
export function PaperPreview({ preview, label }: { preview: TicketPreview; label: string }) {
  return (
    <figure
      className="paper"
      style={{ width: `calc(${preview.cellsPerLine / 2}em + 2 * var(--gap))` }}
      aria-label={label}
      data-testid="paper-preview"
    >
      {preview.lines.map((line, i) => (
        // Lines have no identity of their own: the preview is drawn once and never reordered.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <PreviewLine key={i} line={line} />
      ))}
    </figure>
  );
}
