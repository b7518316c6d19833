import { authenticateKiosk } from "../auth/authenticate";
import { readBirthCertificate } from "../documents/read-birth-certificate";
import { Tesseract } from "../documents/tesseract";
import { parseOr400 } from "../http/parse";
import { DOCUMENT_ROUTES, DocumentImageRequest, MAX_DOCUMENT_BODY_BYTES } from "../protocol";
import type { RouteModule } from "./types";

/**
 * Materials read from a photo (kiosk token): `POST /v1/documents/birth-certificate` reads a
 * cropped picture of a 出生医学证明 and answers the values found, each with a confidence. The
 * picture is neither stored nor logged; the log line says only how big it was and how it went.
 */
export const documentRoutes: RouteModule = (app, ctx) => {
  // One OCR run at a time per service process: it is one busy core for a few seconds.
  const tesseract = new Tesseract();
  app.post(DOCUMENT_ROUTES.birthCertificate, { bodyLimit: MAX_DOCUMENT_BODY_BYTES }, async (request) => {
    const kiosk = await authenticateKiosk(ctx, request);
    const body = parseOr400(DocumentImageRequest, request.body);
    return readBirthCertificate(tesseract, body, (note) =>
      request.log.info({ kioskId: kiosk.id, document: "birth-certificate", ...note }, "document read"),
    );
  });
};
