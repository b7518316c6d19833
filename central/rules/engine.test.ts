import { describe, expect, it } from "vitest";
import { demoBirthRegistrations } from "../demo/birth-registrations";
import { demoReference } from "../demo/reference";
import type { SubmissionRequest } from "../protocol";
import { decide } from "./engine";
import { idNumberCheckChar } from "./id-number";
import { ruleSetById } from "./rule-sets";
import type { RuleContext } from "./types";

const now = new Date("2026-06-15T04:00:00Z");
const baby = demoBirthRegistrations(now)[0];
const idFor = (birth: string): string => {
  const d = `350102${birth.replace(/-/g, "")}123`;
  return d + (idNumberCheckChar(d) ?? "");
};

const request = (answers: Record<string, string>, birth = "1990-01-01"): SubmissionRequest => ({
  id: "0f8fad5b-d9cb-469f-a165-70867728950e",
  serviceId: "newborn-med-insurance",
  createdAt: now.toISOString(),
  data: {
    identity: {
      name: "测试家长",
      idNumber: idFor(birth),
      birthDate: birth,
      sex: "男",
      cardType: "居民身份证",
    },
    answers: {
      childName: baby?.childName ?? "",
      childSex: baby?.sex ?? "",
      childBirthDate: baby?.birthDate ?? "",
      birthCertificateNo: baby?.certificateNo ?? "",
      relationship: "father",
      phone: "13800000000",
      ...answers,
    },
  },
});

const ctx = (granted: string[] = []): RuleContext => ({
  now,
  reference: demoReference(() => now),
  hasGrant: (_service, key) => Promise.resolve(granted.includes(key)),
});

const ruleSet = ruleSetById("newborn-med-insurance");
if (ruleSet === undefined) throw new Error("rule set missing");

describe("秒批 engine on the newborn rule set", () => {
  it("approves and names the certificate as the grant key", async () => {
    const d = await decide(ruleSet, request({}), ctx());
    expect(d.outcome).toBe("approved");
    expect(d.grantKey).toBe(baby?.certificateNo);
    expect(d.ruleSet).toBe("newborn-med-insurance@1");
  });

  it("reports every failure at once, not just the first", async () => {
    const d = await decide(
      ruleSet,
      request({ childSex: "other", relationship: "uncle", phone: "" }, "2015-01-01"),
      ctx(),
    );
    expect(d.outcome).toBe("rejected");
    expect(d.reasons.map((r) => r.code).sort()).toEqual([
      "answer_invalid",
      "answer_invalid",
      "answers_missing",
      "applicant_too_young",
      "reference_mismatch",
    ]);
    for (const r of d.reasons) {
      expect(r.zh.length).toBeGreaterThan(0);
      expect(r.en.length).toBeGreaterThan(0);
    }
  });

  it("rejects a missing identity, an inconsistent one, and an already granted child", async () => {
    const noId = request({});
    delete noId.data.identity;
    expect((await decide(ruleSet, noId, ctx())).reasons.map((r) => r.code)).toContain("identity_missing");
    const inconsistent = request({});
    if (inconsistent.data.identity) inconsistent.data.identity.birthDate = "1991-01-01";
    expect((await decide(ruleSet, inconsistent, ctx())).reasons.map((r) => r.code)).toContain(
      "identity_inconsistent",
    );
    const again = await decide(ruleSet, request({}), ctx([baby?.certificateNo ?? ""]));
    expect(again.reasons.map((r) => r.code)).toEqual(["already_granted"]);
  });

  it("rejects a birth date in the future", async () => {
    const d = await decide(ruleSet, request({ childBirthDate: "2026-07-01" }), ctx());
    expect(d.reasons.map((r) => r.code)).toContain("date_invalid");
  });
});
