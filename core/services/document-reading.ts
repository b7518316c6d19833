import { BirthCertificateReply, DOCUMENT_ROUTES } from "../../central/protocol";
import type { CallRequest, DocumentReading } from "../api";
import type { Logger } from "../log";
import type { CentralClient } from "../sync/central-client";
import type { Online } from "./central-failure";

/** Values read less surely than this are not offered: the parent types them. */
export const MIN_PREFILL_CONFIDENCE = 0.4;
/** Longest the parent waits for a reading before typing instead. */
export const READING_TIMEOUT_MS = 25_000;

export interface ReadingParts {
  central: () => Promise<CentralClient>;
  online: Online;
  log: Logger;
}

/**
 * Asks central to read a picture of a 出生医学证明 and maps what it found onto the newborn
 * service's fields. Every way it can fail (offline, not enrolled, busy, refused, slow) is
 * `unavailable`: a reading is a convenience, never a step the parent can be stuck on.
 */
export async function readBirthCertificate(
  parts: ReadingParts,
  request: CallRequest<"readBirthCertificate">,
): Promise<DocumentReading> {
  if (!(await parts.online())) return { status: "unavailable" };
  try {
    const client = await parts.central();
    const exchange = await client.exchange("POST", DOCUMENT_ROUTES.birthCertificate, BirthCertificateReply, {
      body: request.image,
      timeoutMs: READING_TIMEOUT_MS,
    });
    if (exchange.kind !== "ok") {
      // The picture and what it says are never logged; the outcome is.
      parts.log.info({ outcome: exchange.kind, status: "status" in exchange ? exchange.status : null }, "document not read");
      return { status: "unavailable" };
    }
    const reply = exchange.body;
    if (reply.status === "unreadable") return { status: "unreadable" };
    const sure = <T extends { confidence: number }>(read: T | undefined) =>
      read !== undefined && read.confidence >= MIN_PREFILL_CONFIDENCE ? read : undefined;
    const f = reply.fields;
    const fields: Extract<DocumentReading, { status: "read" }>["fields"] = {};
    const no = sure(f.certificateNo);
    if (no) fields.birthCertificateNo = no;
    const name = sure(f.childName);
    if (name) fields.childName = name;
    const sex = sure(f.childSex);
    if (sex) fields.childSex = sex;
    const date = sure(f.childBirthDate);
    if (date) fields.childBirthDate = date;
    return Object.keys(fields).length === 0 ? { status: "unreadable" } : { status: "read", fields };
  } catch {
    return { status: "unavailable" };
  }
}
