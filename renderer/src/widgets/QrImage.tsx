import QRCode from "qrcode";
import { useEffect, useState } from "react";

/** A QR code drawn on screen from its payload (the same text the printer would put on paper). */
export function QrImage({ payload, alt, className }: { payload: string; alt: string; className: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(payload, { type: "svg", margin: 1, errorCorrectionLevel: "M" })
      .then((s) => live && setSvg(s))
      .catch(() => live && setSvg(null));
    return () => {
      live = false;
    };
  }, [payload]);
  return svg ? (
    <img src={`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`} alt={alt} className={className} />
  ) : (
    <span className={`${className} paper__qr-placeholder`}>QR</span>
  );
}
