import {
  BirthCertificateReply,
  DOCUMENT_ROUTES,
  DocumentImageRequest,
  MAX_DOCUMENT_IMAGE_BYTES,
  MAX_DOCUMENT_PIXELS,
} from "../protocol";
import { common, err, type Operation } from "./operation";

/** Materials read from a photo (OCR of a document the resident shows the kiosk's camera). */
export const documentOperations: Operation[] = [
  {
    method: "post",
    path: DOCUMENT_ROUTES.birthCertificate,
    summary:
      "Read a cropped photo of a 出生医学证明: certificate number, child's name, sex and date of birth, each with a confidence (the picture is not stored)",
    auth: "kiosk",
    request: DocumentImageRequest,
    replies: {
      200: { description: "the fields read, or status unreadable", schema: BirthCertificateReply },
      ...common,
      413: err(
        `picture over ${MAX_DOCUMENT_IMAGE_BYTES} bytes, or declaring more than ${MAX_DOCUMENT_PIXELS} pixels`,
      ),
      503: err("every OCR slot is busy (ocr_busy): type the values instead"),
    },
  },
];
