import { describe, expect, it } from "vitest";
import type { IdentityRecord } from "../../drivers/idcard/identity";
import { defaultConfig, KioskConfig } from "../../kiosk-config/config/schema";
import { buildLayout } from "../../kiosk-config/layouts";
import { serviceById } from "../../kiosk-config/services";
import { certificateReceipt, receiptQrUrl, submissionReceipt } from "./receipts";

/** A synthetic card holder. */
const holder: IdentityRecord = {
  cardType: "resident",
  name: "测试居民",
  sex: "女",
  sexCode: "2",
  birthDate: "1990-01-01",
  idNumber: "35010219900101123X",
  idNumberValid: true,
  validFrom: "2015-01-01",
  validTo: "2035-01-01",
  photo: { format: "wlt", bytes: 1024 },
};

const qrPayloads = (receipt: { layoutId: string; data: unknown }): string[] =>
  buildLayout(receipt.layoutId, receipt.data).blocks.flatMap((b) => (b.kind === "qr" ? [b.payload] : []));

describe("receipt QR codes", () => {
  it("point under the configured site, for submissions and certificates", () => {
    const config = KioskConfig.parse({ qrBaseUrl: "https://qr.fuzhou.example" });
    const service = serviceById("newborn-med-insurance");
    if (!service) throw new Error("catalog lacks the newborn enrollment");
    const outcome = { referenceNo: "FZ-0001", status: "approved" as const, queued: false };
    const submission = submissionReceipt(service, config, outcome, holder, new Date());
    if (submission === null) throw new Error("the newborn enrollment prints a receipt");
    expect(qrPayloads(submission)).toEqual(["https://qr.fuzhou.example/progress?no=FZ-0001"]);
    const certificate = certificateReceipt(
      service,
      { referenceNo: "ZM-9", reasons: [] },
      holder,
      new Date(),
      config,
    );
    expect(qrPayloads(certificate)).toEqual(["https://qr.fuzhou.example/progress?no=ZM-9"]);
    expect(receiptQrUrl(defaultConfig, "queue", "A 023")).toBe("https://e.fuzhou.gov.cn/queue?no=A%20023");
  });

  it("take only an https site without a trailing slash from config", () => {
    for (const qrBaseUrl of [
      "http://e.fuzhou.gov.cn",
      "https://e.fuzhou.gov.cn/",
      "javascript:alert(1)",
      "x",
    ]) {
      expect(KioskConfig.safeParse({ qrBaseUrl }).success, qrBaseUrl).toBe(false);
    }
  });
});

const receiptText = (receipt: { layoutId: string; data: unknown }): string =>
  buildLayout(receipt.layoutId, receipt.data)
    .blocks.flatMap((b) =>
      b.kind === "text" ? [b.text] : b.kind === "columns" ? [b.cells.map((c) => c.text).join(" ")] : [],
    )
    .join("\n");

describe("submission receipts say what the numbers are, as the screen does", () => {
  const service = (id: string) => {
    const found = serviceById(id);
    if (!found) throw new Error(`catalog lacks ${id}`);
    return found;
  };
  const receiptFor = (id: string, status: "approved" | "accepted", claimCode?: string) => {
    const outcome = { referenceNo: "FZ-0001", status, queued: false, ...(claimCode ? { claimCode } : {}) };
    const receipt = submissionReceipt(service(id), defaultConfig, outcome, holder, new Date());
    if (receipt === null) throw new Error(`${id} prints a receipt`);
    return receiptText(receipt);
  };

  it("prints an approval's claim code with what it is for, under 办件编号", () => {
    const text = receiptFor("newborn-med-insurance", "approved", "K7Q2M9");
    expect(text).toContain("办件编号 Ref. FZ-0001");
    expect(text).toContain("领取码 Claim code K7Q2M9");
    expect(text).toContain("领取办理结果");
    expect(text).not.toContain("受理编号");
  });

  it("prints a reward code only for a report that offers the reward, under 受理编号", () => {
    const food = receiptFor("food-safety-report", "accepted", "R5T8");
    expect(food).toContain("受理编号 Ref. FZ-0001");
    expect(food).toContain("领奖码 Reward code R5T8");
    const consultation = receiptFor("hotline-12345", "accepted", "R5T8");
    expect(consultation).toContain("受理编号 Ref. FZ-0001");
    expect(consultation).not.toContain("R5T8");
    expect(consultation).not.toContain("领奖码");
  });
});
