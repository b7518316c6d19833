import { describe, expect, it } from "vitest";
import { BatchReply, SubmissionReply } from "../../../central/protocol";
import type { SuiteContext } from "../contract";
import { call, enroll, newbornSubmission, postSubmission, syntheticIdentity } from "../harness";

const submitNewborn = async (get: () => SuiteContext, overrides: Parameters<typeof newbornSubmission>[0]) => {
  const { central } = get();
  const { token } = await enroll(central);
  const sub = newbornSubmission(overrides);
  const r = await postSubmission(central.url, token, sub, sub.id);
  expect(r.status).toBe(201);
  return SubmissionReply.parse(r.json);
};

const codes = (reply: SubmissionReply) => (reply.reasons ?? []).map((r) => r.code);

export function rulesSuite(get: () => SuiteContext): void {
  describe("秒批: newborn-med-insurance", () => {
    it("approves a matching registration of a baby under one year, with a claim code and reasons", async () => {
      const reply = await submitNewborn(get, {
        certificateNo: "Q350100002",
        childName: "陈思语",
        childSex: "female",
        ageDays: 45,
      });
      expect(reply.status).toBe("approved");
      expect(reply.claimCode).toMatch(/^\d{6}$/);
      expect(reply.reasons?.[0]?.code).toBe("approved");
      expect(reply.reasons?.[0]?.zh).not.toBe("");
    });

    it("rejects a second enrollment of the same child", async () => {
      const first = await submitNewborn(get, {
        certificateNo: "Q350100003",
        childName: "黄一诺",
        childSex: "female",
        ageDays: 90,
      });
      expect(first.status).toBe("approved");
      const second = await submitNewborn(get, {
        certificateNo: "Q350100003",
        childName: "黄一诺",
        childSex: "female",
        ageDays: 90,
      });
      expect(second.status).toBe("rejected");
      expect(codes(second)).toContain("already_granted");
      expect(second.claimCode).toBeUndefined();
    });

    it("rejects a name or birth date that does not match the registration, naming each mismatch", async () => {
      const reply = await submitNewborn(get, {
        certificateNo: "Q350100004",
        childName: "郑错名",
        ageDays: 151,
      });
      expect(reply.status).toBe("rejected");
      expect(codes(reply)).toEqual(["reference_mismatch"]);
      expect(reply.reasons?.[0]?.en).toContain("child's name");
      expect(reply.reasons?.[0]?.en).toContain("birth date");
    });

    it("rejects an unknown certificate number", async () => {
      const reply = await submitNewborn(get, { certificateNo: "Q999999999" });
      expect(reply.status).toBe("rejected");
      expect(codes(reply)).toContain("reference_not_found");
    });

    it("rejects an applicant whose ID number fails its check character", async () => {
      const identity = syntheticIdentity();
      const last = identity.idNumber.slice(-1) === "1" ? "2" : "1";
      const reply = await submitNewborn(get, {
        certificateNo: "Q350100005",
        childName: "吴可欣",
        childSex: "female",
        ageDays: 200,
        identity: { ...identity, idNumber: identity.idNumber.slice(0, 17) + last },
      });
      expect(reply.status).toBe("rejected");
      expect(codes(reply)).toContain("identity_invalid");
    });

    it("refers a child of one year or more to a person (pending)", async () => {
      const reply = await submitNewborn(get, {
        certificateNo: "Q350100007",
        childName: "刘安然",
        childSex: "female",
        ageDays: 400,
      });
      expect(reply.status).toBe("pending");
      expect(codes(reply)).toContain("subject_too_old");
    });

    it("in one batch, approves the first enrollment of a child and rejects the second", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      const first = newbornSubmission({
        certificateNo: "Q350100005",
        childName: "吴可欣",
        childSex: "female",
        ageDays: 200,
      });
      const second = newbornSubmission({
        certificateNo: "Q350100005",
        childName: "吴可欣",
        childSex: "female",
        ageDays: 200,
      });
      const r = await call(central.url, "POST", "/v1/submissions/batch", {
        token,
        body: { items: [first, second] },
      });
      const { results } = BatchReply.parse(r.json);
      expect(results.map((x) => [x.status, x.reply?.status])).toEqual([
        [201, "approved"],
        [201, "rejected"],
      ]);
      expect(results[1]?.reply?.reasons?.map((x) => x.code)).toEqual(["already_granted"]);
    });

    it("approves exactly one of two concurrent enrollments of the same child from two kiosks", async () => {
      const { central } = get();
      const [a, b] = await Promise.all([enroll(central, "A"), enroll(central, "B")]);
      const subA = newbornSubmission({ certificateNo: "Q350100006", childName: "王测试", ageDays: 10 });
      const subB = newbornSubmission({ certificateNo: "Q350100006", childName: "王测试", ageDays: 10 });
      const [ra, rb] = await Promise.all([
        postSubmission(central.url, a.token, subA, subA.id),
        postSubmission(central.url, b.token, subB, subB.id),
      ]);
      const statuses = [SubmissionReply.parse(ra.json).status, SubmissionReply.parse(rb.json).status].sort();
      expect(statuses).toEqual(["approved", "rejected"]);
    });
  });
}
