import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listEvents, recordEvent, trimEvents } from "./events";
import type { WritableDb } from "./handles";
import { openDatabase } from "./open";
import { listReceipts, markReceiptPrinted, recordReceipt } from "./receipts";

let dir = "";
let db: WritableDb;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "kiosk-events-"));
  db = openDatabase(join(dir, "kiosk.db")).db;
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("events", () => {
  it("masks ID numbers in the detail before writing and lists newest first by kind", () => {
    recordEvent(db, {
      kind: "device",
      source: "reader",
      code: "card-read",
      at: "t1",
      detail: { id: "35010219900101123X" },
    });
    recordEvent(db, { kind: "audit", source: "maintenance", code: "pin-accepted", at: "t2" });
    const devices = listEvents(db, { kind: "device", limit: 10 });
    expect(devices).toHaveLength(1);
    expect(devices[0]?.detail).toBe('{"id":"3501**********123X"}');
    expect(listEvents(db, { limit: 10 }).map((e) => e.code)).toEqual(["pin-accepted", "card-read"]);
  });

  it("trims to the newest events", () => {
    for (let i = 0; i < 5; i++)
      recordEvent(db, { kind: "device", source: "printer", code: `e${i}`, at: `t${i}` });
    expect(trimEvents(db, 2)).toBe(3);
    expect(listEvents(db, { limit: 10 }).map((e) => e.code)).toEqual(["e4", "e3"]);
  });
});

describe("receipts", () => {
  it("records issued receipts and tickets and their printing", () => {
    recordReceipt(db, { id: "r1", kind: "ticket", serviceId: "hall", referenceNo: "A012", issuedAt: "t1" });
    markReceiptPrinted(db, "r1");
    expect(listReceipts(db, 5)).toEqual([
      { id: "r1", kind: "ticket", service_id: "hall", reference_no: "A012", issued_at: "t1", printed: 1 },
    ]);
  });
});
