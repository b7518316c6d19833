import type { ReadableDb, WritableDb } from "./handles";
import type { ReceiptKind, ReceiptRow } from "./rows";

/** A receipt or queue ticket the kiosk issued: reference numbers only, no personal data. */
export interface IssuedReceipt {
  id: string;
  kind: ReceiptKind;
  serviceId: string;
  referenceNo: string;
  issuedAt: string;
}

export function recordReceipt(db: WritableDb, receipt: IssuedReceipt): void {
  db.prepare(
    `INSERT INTO receipts (id, kind, service_id, reference_no, issued_at, printed)
     VALUES (?, ?, ?, ?, ?, 0)`,
  ).run(receipt.id, receipt.kind, receipt.serviceId, receipt.referenceNo, receipt.issuedAt);
}

export function markReceiptPrinted(db: WritableDb, id: string): void {
  db.prepare("UPDATE receipts SET printed = 1 WHERE id = ?").run(id);
}

export function listReceipts(db: ReadableDb, limit: number): ReceiptRow[] {
  return db.prepare("SELECT * FROM receipts ORDER BY issued_at DESC LIMIT ?").all(limit) as ReceiptRow[];
}
