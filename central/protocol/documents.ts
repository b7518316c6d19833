/** Materials read from a photo: the kiosk sends a cropped picture, central reads it (OCR). */
import * as z from "zod";

export const DOCUMENT_ROUTES = {
  birthCertificate: "/v1/documents/birth-certificate",
} as const;

/** Largest picture accepted, in bytes once decoded (a cropped 1280-px JPEG is ~150–400 KB). */
export const MAX_DOCUMENT_IMAGE_BYTES = 1_500_000;
/** The route's body limit: the picture as base64 (4/3 of its bytes) plus the JSON around it. */
export const MAX_DOCUMENT_BODY_BYTES = Math.ceil((MAX_DOCUMENT_IMAGE_BYTES * 4) / 3) + 1024;
/** Longest side and most pixels a picture may declare: beyond them decoding is refused (bombs). */
export const MAX_DOCUMENT_SIDE_PX = 4000;
export const MAX_DOCUMENT_PIXELS = 8_000_000;

export const DocumentImageRequest = z
  .object({
    mime: z.enum(["image/jpeg", "image/png"]),
    /** Plain base64 (no data: prefix). */
    base64: z
      .string()
      .min(16)
      .max(Math.ceil((MAX_DOCUMENT_IMAGE_BYTES * 4) / 3))
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, "not base64"),
  })
  .strict();
export type DocumentImageRequest = z.infer<typeof DocumentImageRequest>;

/** One value read from the document, with how sure the reading is (0–1). */
const Read = <T extends z.ZodType>(value: T) => z.object({ value, confidence: z.number().min(0).max(1) });

export const BirthCertificateFields = z.object({
  /** One capital letter and 9 digits. */
  certificateNo: Read(z.string().regex(/^[A-Z][0-9]{9}$/)).optional(),
  childName: Read(z.string().min(1).max(10)).optional(),
  childSex: Read(z.enum(["male", "female"])).optional(),
  /** YYYY-MM-DD */
  childBirthDate: Read(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).optional(),
});
export type BirthCertificateFields = z.infer<typeof BirthCertificateFields>;
export type BirthCertificateField = keyof BirthCertificateFields;

/**
 * What was read: the fields found (any may be missing), or `unreadable` when none was. Never the
 * picture or the raw text: the reply carries only what the parent is asked to confirm.
 */
export const BirthCertificateReply = z.discriminatedUnion("status", [
  z.object({ status: z.literal("read"), fields: BirthCertificateFields }),
  z.object({ status: z.literal("unreadable") }),
]);
export type BirthCertificateReply = z.infer<typeof BirthCertificateReply>;
