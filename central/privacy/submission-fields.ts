/**
 * How each personal column of a submission is sealed or hashed: one place, used by the request
 * path and by the one-time pass over rows stored before sealing, so both write the same thing.
 */
import { rowAad, type Sealer } from "./sealer";

export interface RowRef {
  kioskId: string;
  submissionId: string;
}

export const sealData = (s: Sealer, row: RowRef, json: string): string =>
  s.seal(json, rowAad("submission.data", row.kioskId, row.submissionId));
export const openData = (s: Sealer, row: RowRef, sealed: string): string =>
  s.open(sealed, rowAad("submission.data", row.kioskId, row.submissionId));

export const sealReply = (s: Sealer, row: RowRef, json: string): string =>
  s.seal(json, rowAad("submission.reply", row.kioskId, row.submissionId));
export const openReply = (s: Sealer, row: RowRef, sealed: string): string =>
  s.open(sealed, rowAad("submission.reply", row.kioskId, row.submissionId));

export const sealReasons = (s: Sealer, row: RowRef, json: string): string =>
  s.seal(json, rowAad("decision.reasons", row.kioskId, row.submissionId));
export const openReasons = (s: Sealer, row: RowRef, sealed: string): string =>
  s.open(sealed, rowAad("decision.reasons", row.kioskId, row.submissionId));

/**
 * The stored idempotency hash: keyed hash of the hex SHA-256 of the body's canonical JSON.
 * Why over the SHA-256 rather than the body: rows from before sealing hold that SHA-256, and the
 * one-time pass can convert it without the original body.
 */
export const bodyHashOf = (s: Sealer, sha256Hex: string): string => s.keyedHash(`body\u0000${sha256Hex}`);

/** The stored grant subject: keyed hash of (service, subject), never the subject's number. */
export const grantSubjectOf = (s: Sealer, serviceId: string, subjectKey: string): string =>
  s.keyedHash(`grant\u0000${serviceId}\u0000${subjectKey}`);
