import { describe, expect, it } from "vitest";
import { services } from "./index";

/** A valid synthetic answer for every field the catalog checks with a pattern. */
const samples: Record<string, string> = {
  birthCertificateNo: "Q350123456",
  trackingNo: "FZ2026112700012",
  bankCardTail: "1234",
  certificateNo: "0012345",
  receiptNo: "2026112700123",
  plateNo: "闽AD12345",
  decisionNo: "350102000012345",
  disabilityCertificateNo: "35010219800101123X11",
  candidateNo: "123456789",
  referenceNo: "FZ-20261127-0001",
  pickupCode: "123456",
  accountNo: "12345678",
  creditCode: "91350100MA2Y0AB123",
  childName: "林小安",
  staffName: "阿依古丽·买买提",
};

/** How core and the page use a pattern: anchored, with the u flag. */
const accepts = (pattern: string, value: string) => new RegExp(`^(?:${pattern})$`, "u").test(value);

describe("answer patterns", () => {
  const patterned = services.flatMap((s) =>
    s.steps.flatMap((step) =>
      step.type === "question" && step.answer.type === "text" && step.answer.pattern !== undefined
        ? [
            {
              id: `${s.id}/${step.field}`,
              field: step.field,
              pattern: step.answer.pattern,
              max: step.answer.maxLength,
            },
          ]
        : [],
    ),
  );

  it("accepts a valid sample of every patterned field, within its length limit", () => {
    expect(patterned.length).toBeGreaterThan(10);
    for (const p of patterned) {
      const sample = samples[p.field];
      expect(sample, `${p.id}: add a sample`).toBeDefined();
      expect(accepts(p.pattern, sample!), p.id).toBe(true);
      expect(sample!.length, p.id).toBeLessThanOrEqual(p.max);
    }
  });

  it("rejects obvious nonsense in every patterned field", () => {
    for (const p of patterned) {
      expect(accepts(p.pattern, "x"), p.id).toBe(false);
      expect(accepts(p.pattern, `${samples[p.field] ?? ""}!`), p.id).toBe(false);
    }
  });
});
