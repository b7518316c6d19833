import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ReferenceSmsReply, SubmissionReply } from "../../../central/protocol";
import type { SuiteContext } from "../contract";
import { call, enroll, hotlineSubmission, postSubmission, type TestCentral } from "../harness";

const PATH = "/v1/sms/reference";

/** A 12345 report (its answers carry phone 13800000000) stored for the kiosk; its reference number. */
async function submitted(central: TestCentral, token: string, phone = "13800000000"): Promise<string> {
  const body = hotlineSubmission();
  body.data.answers.phone = phone;
  const r = await postSubmission(central.url, token, body, body.id);
  expect(r.status, r.text).toBe(201);
  return SubmissionReply.parse(r.json).trackingNo;
}

const simTexts = (central: TestCentral) =>
  central.db.db.selectFrom("sim_sms").selectAll().orderBy("sent_at").execute();

export function smsSuite(get: () => SuiteContext): void {
  describe("reference number by SMS", () => {
    it("texts the submission's own phone once, in the resident's language, and a retry sends nothing", async () => {
      const { central } = get();
      const kiosk = await enroll(central, "短信");
      const referenceNo = await submitted(central, kiosk.token, "13912345678");
      const before = (await simTexts(central)).length;
      const id = randomUUID();
      const first = await call(central.url, "POST", PATH, {
        token: kiosk.token,
        body: { id, referenceNo, locale: "zh-Hant" },
      });
      expect(first.status, first.text).toBe(201);
      expect(ReferenceSmsReply.parse(first.json)).toMatchObject({
        id,
        state: "sent",
        phoneMasked: "139****5678",
      });
      const again = await call(central.url, "POST", PATH, {
        token: kiosk.token,
        body: { id, referenceNo, locale: "zh-Hant" },
      });
      expect(again.status).toBe(200);
      expect(again.headers.get("idempotent-replayed")).toBe("true");
      // A new id for the same submission (a second tap) returns the first text too.
      const other = await call(central.url, "POST", PATH, {
        token: kiosk.token,
        body: { id: randomUUID(), referenceNo, locale: "en" },
      });
      expect(ReferenceSmsReply.parse(other.json).id).toBe(id);
      const texts = await simTexts(central);
      expect(texts).toHaveLength(before + 1);
      const text = texts.at(-1);
      expect(text?.phone_masked).toBe("139****5678");
      expect(text?.text).toContain(referenceNo);
      expect(text?.text).toContain("辦件編號");
      expect(text?.text).not.toContain("13912345678");
      const stored = await central.db.db
        .selectFrom("sms_messages")
        .selectAll()
        .where("id", "=", id)
        .execute();
      expect(stored).toMatchObject([{ state: "sent", phone_masked: "139****5678", locale: "zh-Hant" }]);
    });

    it("writes English for an English-speaking resident", async () => {
      const { central } = get();
      const kiosk = await enroll(central, "短信英文");
      const referenceNo = await submitted(central, kiosk.token);
      const r = await call(central.url, "POST", PATH, {
        token: kiosk.token,
        body: { id: randomUUID(), referenceNo, locale: "en" },
      });
      expect(r.status).toBe(201);
      const texts = await simTexts(central);
      expect(texts.at(-1)?.text).toMatch(
        new RegExp(`^\\[e-Fuzhou\\] Your reference for ".+" is ${referenceNo}\\.`),
      );
    });

    it("refuses another kiosk's reference, a submission without a phone, and bad input", async () => {
      const { central } = get();
      const owner = await enroll(central, "甲");
      const stranger = await enroll(central, "乙");
      const referenceNo = await submitted(central, owner.token);
      const send = (token: string, body: unknown) => call(central.url, "POST", PATH, { token, body });
      expect((await send(stranger.token, { id: randomUUID(), referenceNo, locale: "zh-CN" })).status).toBe(
        404,
      );
      const noPhone = hotlineSubmission();
      delete noPhone.data.answers.phone;
      const stored = await postSubmission(central.url, owner.token, noPhone, noPhone.id);
      const noPhoneRef = SubmissionReply.parse(stored.json).trackingNo;
      const refused = await send(owner.token, { id: randomUUID(), referenceNo: noPhoneRef, locale: "zh-CN" });
      expect(refused.status).toBe(422);
      expect(refused.text).toContain("no_phone");
      for (const body of [
        { id: "not-a-uuid", referenceNo, locale: "zh-CN" },
        { id: randomUUID(), referenceNo, locale: "fr" },
        { id: randomUUID(), referenceNo: "", locale: "zh-CN" },
        { id: randomUUID(), referenceNo, locale: "zh-CN", phone: "13000000000" },
      ])
        expect([400, 422]).toContain((await send(owner.token, body)).status);
      expect(
        (await call(central.url, "POST", PATH, { body: { id: randomUUID(), referenceNo, locale: "zh-CN" } }))
          .status,
      ).toBe(401);
    });

    it("holds each kiosk to its limit of texts per window (429 with Retry-After)", async () => {
      const { central } = get();
      const busy = await enroll(central, "繁忙");
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        const referenceNo = await submitted(central, busy.token);
        const r = await call(central.url, "POST", PATH, {
          token: busy.token,
          body: { id: randomUUID(), referenceNo, locale: "zh-CN" },
        });
        statuses.push(r.status);
        if (r.status === 429) expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
      }
      expect(statuses).toEqual([...Array<number>(10).fill(201), 429]);
      // Another kiosk is not held back by this one.
      const calm = await enroll(central, "空闲");
      const referenceNo = await submitted(central, calm.token);
      const r = await call(central.url, "POST", PATH, {
        token: calm.token,
        body: { id: randomUUID(), referenceNo, locale: "zh-CN" },
      });
      expect(r.status).toBe(201);
    });
  });
}
