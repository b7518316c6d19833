import { afterEach, describe, expect, it } from "vitest";
import { type KioskCallError, residentWords } from "../api";
import { startScriptedCentral, type ScriptedReply } from "../sync/testing";
import { onlineTestParts } from "./testing";
import { runQuery } from "./query-service";

// Queries against a real HTTP server scripted route by route: the answers the real central gives
// (rows, a refusal with its reason) and the ones it cannot be made to give on demand (429, a
// hang-up, a proxy's error page).

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function queryKiosk(reply: () => ScriptedReply | "hang-up") {
  const central = await startScriptedCentral(reply);
  closers.push(() => central.close());
  const kiosk = onlineTestParts(central.url);
  closers.push(kiosk.close);
  const query = (serviceId = "social-insurance-status", sessionId = kiosk.sessionId) =>
    runQuery(kiosk.parts, {
      sessionId,
      serviceId,
      answers: { insuranceType: "pension", several: ["a", "b"] },
    });
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error("the query should have failed");
      },
      (error: unknown) => error as KioskCallError,
    );
  return { central, kiosk, query, failure };
}

const rows = {
  serviceId: "social-insurance-status",
  rows: [
    { label: { "zh-CN": "养老保险", en: "Pension" }, value: "正常参保" },
    {
      label: { "zh-CN": "累计缴费", en: "Months paid" },
      value: "174 个月 / months",
      text: { "zh-CN": "174 个月", en: "174 months" },
    },
  ],
  asOf: "2026-12-03T02:00:00.000Z",
};

describe("runQuery", () => {
  it("asks central with the card holder's wire identity and plain params, and makes the printout", async () => {
    const { central, kiosk, query } = await queryKiosk(() => ({ status: 200, body: rows }));
    const result = await query();
    expect(result.rows).toEqual(rows.rows);
    expect(result.receipt).toMatchObject({
      layoutId: "query-printout",
      data: {
        // A bilingual value prints in Chinese alone; a plain one as it came.
        rows: [
          { label: "养老保险", value: "正常参保" },
          { label: "累计缴费", value: "174 个月" },
        ],
        queriedAt: "2026-12-03T02:00:00.000Z",
      },
    });
    const [seen] = central.seen;
    expect(seen?.path).toBe("/v1/queries/social-insurance-status");
    // Only the contract's identity fields leave the kiosk; multiple choices are no query params.
    expect(seen?.body).toEqual({
      identity: {
        name: kiosk.record.name,
        idNumber: kiosk.record.idNumber,
        birthDate: kiosk.record.birthDate,
        sex: kiosk.record.sex,
        cardType: kiosk.record.cardType,
      },
      params: { insuranceType: "pension" },
    });
  });

  it("is busy, in plain words, when central answers 429", async () => {
    const { query, failure } = await queryKiosk(() => ({
      status: 429,
      headers: { "retry-after": "120" },
      body: { error: { code: "rate-limited", zh: "请求过多", en: "too many queries" } },
    }));
    const error = await failure(query());
    expect(error.code).toBe("busy");
    expect(error.text).toEqual(residentWords.busy);
    expect(error.text.en).toBe("The service is busy, please try again in a few minutes.");
    expect(error.text["zh-CN"]).toMatch(/繁忙.*几分钟/);
  });

  it("is offline when central hangs up or answers 503, and asks nothing while known offline", async () => {
    let reply: ScriptedReply | "hang-up" = "hang-up";
    const { central, kiosk, query, failure } = await queryKiosk(() => reply);
    expect((await failure(query())).code).toBe("offline");
    reply = { status: 503, body: { error: { code: "down", zh: "维护中", en: "maintenance" } } };
    const down = await failure(query());
    expect(down.code).toBe("offline");
    expect(down.text).toEqual(residentWords.offline);
    const asked = central.seen.length;
    kiosk.setOnline(false);
    expect((await failure(query())).code).toBe("offline");
    expect(central.seen.length).toBe(asked);
  });

  it("shows central's own words when it refuses, and general words for a proxy's error page", async () => {
    let reply: ScriptedReply = {
      status: 403,
      body: { error: { code: "not-insured", zh: "未查询到参保记录", en: "No insurance record found" } },
    };
    const { central, query, failure } = await queryKiosk(() => reply);
    const refused = await failure(query());
    expect(refused.code).toBe("refused");
    expect(refused.text).toEqual({ "zh-CN": "未查询到参保记录", en: "No insurance record found" });
    reply = { status: 400, body: "<html>bad gateway</html>" };
    const proxy = await failure(query());
    expect(proxy.code).toBe("refused");
    expect(proxy.text).toEqual(residentWords.refused);
    expect(central.seen.length).toBe(2);
  });

  it("needs the card of this session and a query service this kiosk offers; central is not asked", async () => {
    const { central, kiosk, query, failure } = await queryKiosk(() => ({ status: 200, body: rows }));
    const noCard = await failure(query("social-insurance-status", "another-session"));
    expect(noCard.code).toBe("identity-required");
    expect(noCard.text["zh-CN"]).toContain("身份证");
    expect((await failure(query("newborn-med-insurance"))).code).toBe("not-offered");
    expect((await failure(query("no-such-service"))).code).toBe("not-offered");
    kiosk.close();
    expect((await failure(query())).code).toBe("identity-required");
    expect(central.seen).toEqual([]);
  });

  it("asks a query whose identity is optional without a card, sending no identity", async () => {
    const { central, query } = await queryKiosk(() => ({
      status: 200,
      body: { ...rows, serviceId: "hotline-12345-progress" },
    }));
    // A session with no card on the reader: 12345 progress still runs, by tracking number alone.
    const result = await query("hotline-12345-progress", "a-session-without-card");
    expect(result.rows).toEqual(rows.rows);
    const [seen] = central.seen;
    expect(seen?.path).toBe("/v1/queries/hotline-12345-progress");
    expect(seen?.body).toEqual({ params: { insuranceType: "pension" } });
  });
});
