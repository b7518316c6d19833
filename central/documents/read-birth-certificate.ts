import { HttpError } from "../http/errors";
import {
  type BirthCertificateReply,
  type DocumentImageRequest,
  MAX_DOCUMENT_IMAGE_BYTES,
  MAX_DOCUMENT_PIXELS,
  MAX_DOCUMENT_SIDE_PX,
} from "../protocol";
import { extractBirthCertificate } from "./birth-certificate-fields";
import { readImageHeader } from "./image-header";
import { parseTesseractTsv } from "./ocr-text";
import type { OcrRun, Tesseract } from "./tesseract";

/** What the route logs about a reading: never the picture, never the text read. */
export interface ReadingNote {
  bytes: number;
  width: number;
  height: number;
  ocr: OcrRun["kind"];
  fields: number;
  ms: number;
}

const tooLarge = (en: string) => new HttpError(413, "image_too_large", "图片过大，请重新拍摄", en);
const notAnImage = (en: string) => new HttpError(400, "not_an_image", "图片无法识别，请重新拍摄", en);

/**
 * Checks a picture of a 出生医学证明 and reads it: the bytes must be the PNG or JPEG they claim,
 * within the size and pixel limits (checked from the header, before any decoder runs), then one
 * Tesseract run gives the text the fields are found in. The picture lives only in this call.
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
    throw tooLarge(`image declares ${header.width}×${header.height} pixels; at most ${MAX_DOCUMENT_SIDE_PX} a side and ${MAX_DOCUMENT_PIXELS} in all`);
  }
  const run = await tesseract.read(image);
  const fields = run.kind === "ok" ? extractBirthCertificate(parseTesseractTsv(run.tsv)) : {};
  note({
    bytes: image.length,
    width: header.width,
    height: header.height,
    ocr: run.kind,
    fields: Object.keys(fields).length,
    ms: Math.round(performance.now() - started),
  });
  if (run.kind === "busy") {
    throw new HttpError(503, "ocr_busy", "识别繁忙，请手动填写", "every OCR slot is taken; try again shortly");
  }
  return Object.keys(fields).length === 0 ? { status: "unreadable" } : { status: "read", fields };
}
