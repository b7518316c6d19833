import { HttpError } from "../http/errors";
import {
  type BirthCertificateFields,
  type BirthCertificateReply,
  type DocumentImageRequest,
  MAX_DOCUMENT_IMAGE_BYTES,
  MAX_DOCUMENT_PIXELS,
  MAX_DOCUMENT_SIDE_PX,
} from "../protocol";
import { certificateNoFromLatin, extractBirthCertificate } from "./birth-certificate-fields";
import { readImageHeader } from "./image-header";
import { parseTesseractTsv, parseTesseractWords } from "./ocr-text";
import type { OcrRun, Tesseract } from "./tesseract";

/** What the route logs about a reading: never the picture, never the text read. */
export interface ReadingNote {
  bytes: number;
  width: number;
  height: number;
  ocr: OcrRun["kind"];
  /** Tesseract runs: 2 when the number needed the Latin model's reading too. */
  passes: number;
  fields: number;
  ms: number;
}

/** A number read with less confidence than this (a label beside it, no corrections) is read again by the Latin model. */
const LATIN_PASS_BELOW = 0.5;

const tooLarge = (en: string) => new HttpError(413, "image_too_large", "图片过大，请重新拍摄", en);
const notAnImage = (en: string) => new HttpError(400, "not_an_image", "图片无法识别，请重新拍摄", en);

/**
 * Checks a picture of a 出生医学证明 and reads it: the bytes must be the PNG or JPEG they claim,
 * within the size and pixel limits (checked from the header, before any decoder runs), then a
 * Tesseract run with the Chinese model gives the text the fields are found in, and a second run
 * with the Latin model only when the certificate number was not read surely. The picture lives
 * only in this call.
 */
export async function readBirthCertificate(
  tesseract: Tesseract,
  request: DocumentImageRequest,
  note: (n: ReadingNote) => void = () => undefined,
): Promise<BirthCertificateReply> {
  const started = performance.now();
  const image = Buffer.from(request.base64, "base64");
  if (image.length > MAX_DOCUMENT_IMAGE_BYTES) {
    throw tooLarge(`image is ${image.length} bytes; at most ${MAX_DOCUMENT_IMAGE_BYTES}`);
  }
  const header = readImageHeader(image);
  if (header === undefined) throw notAnImage("not a PNG or JPEG image");
  if (header.type !== request.mime) throw notAnImage(`image is ${header.type}, not ${request.mime}`);
  if (header.width < 16 || header.height < 16) throw notAnImage("image is smaller than 16×16 pixels");
  if (
    header.width > MAX_DOCUMENT_SIDE_PX ||
    header.height > MAX_DOCUMENT_SIDE_PX ||
    header.width * header.height > MAX_DOCUMENT_PIXELS
  ) {
    throw tooLarge(
      `image declares ${header.width}×${header.height} pixels; at most ${MAX_DOCUMENT_SIDE_PX} a side and ${MAX_DOCUMENT_PIXELS} in all`,
    );
  }
  const run = await tesseract.read(image);
  let fields: BirthCertificateFields = {};
  let passes = 1;
  if (run.kind === "ok") {
    const lines = parseTesseractTsv(run.tsv);
    fields = extractBirthCertificate(lines);
    // A number read without corrections beside its label needs nothing more; otherwise the
    // Latin model reads the number's capital far better (one more run, about half as long).
    if ((fields.certificateNo?.confidence ?? 0) < LATIN_PASS_BELOW) {
      passes = 2;
      const latin = await tesseract.read(image, "eng");
      const no =
        latin.kind === "ok" ? certificateNoFromLatin(parseTesseractWords(latin.tsv), lines) : undefined;
      if (no !== undefined && no.confidence > (fields.certificateNo?.confidence ?? 0)) {
        fields = { ...fields, certificateNo: no };
      }
    }
  }
  note({
    bytes: image.length,
    width: header.width,
    height: header.height,
    ocr: run.kind,
    passes,
    fields: Object.keys(fields).length,
    ms: Math.round(performance.now() - started),
  });
  if (run.kind === "busy") {
    throw new HttpError(
      503,
      "ocr_busy",
      "识别繁忙，请手动填写",
      "every OCR slot is taken; try again shortly",
    );
  }
  return Object.keys(fields).length === 0 ? { status: "unreadable" } : { status: "read", fields };
}
