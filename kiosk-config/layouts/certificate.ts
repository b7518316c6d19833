import * as z from "zod";
import { formatFuzhouTime, maskIdNumber } from "./format";
import type { LayoutBlock, LayoutDocument } from "./model";

/** Data of a printed certificate or proof (证明). */
export const CertificateData = z.object({
  title: z.string().min(1).max(40),
  certificateNumber: z.string().regex(/^[A-Za-z0-9-]{4,40}$/),
  holderName: z.string().min(1).max(40),
  holderIdNumber: z.string().min(1),
  /** The certified statement, one paragraph per entry. */
  paragraphs: z.array(z.string().min(1).max(500)).min(1).max(20),
  issuer: z.string().min(1).max(60),
  issuedAt: z.iso.datetime({ offset: true }),
  /** Where anyone can check the certificate is genuine. */
  verifyUrl: z.url(),
});
export type CertificateData = z.infer<typeof CertificateData>;

export function certificateLayout(data: CertificateData): LayoutDocument {
  return {
    blocks: [
      { kind: "text", text: data.title, align: "center", bold: true, size: { width: 2, height: 2 } },
      { kind: "text", text: `编号 No. ${data.certificateNumber}`, align: "center" },
      { kind: "rule", char: "=" },
      // A certificate names its holder; the ID number is still masked because paper gets left behind.
      { kind: "text", text: `${data.holderName}（证件号 ${maskIdNumber(data.holderIdNumber)}）：` },
      // Paragraphs open with two ideographic spaces, as Chinese documents are set.
      ...data.paragraphs.map((p): LayoutBlock => ({ kind: "text", text: `\u3000\u3000${p}` })),
      { kind: "feed", lines: 1 },
      { kind: "text", text: data.issuer, align: "right" },
      { kind: "text", text: formatFuzhouTime(data.issuedAt), align: "right" },
      { kind: "rule", char: "=" },
      { kind: "qr", payload: data.verifyUrl, moduleSize: 5 },
      { kind: "text", text: "扫码验证真伪 Scan to verify", align: "center" },
    ],
  };
}
