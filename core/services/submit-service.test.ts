import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { SubmissionRequest } from "../../central/protocol";
import { type KioskCallError, residentWords } from "../api";
import { openKioskStore } from "../store/kiosk-store";
import { SyncEngine } from "../sync/engine";
import { ManualClock } from "../../test/support/manual-clock";
import { type ScriptedReply, startScriptedCentral } from "../sync/testing";
import { onlineTestParts } from "./testing";
import { submitService } from "./submit-service";

// Submissions through the real sync engine (real SQLite outbox) to a real HTTP server scripted
// route by route: what the resident sees of a decision, a refusal and a network that is down.

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const serviceId = "med-insurance-e-voucher"; // needs the card, and never waits offline
const answers = { phone: "13800000000", consent: true };

async function submitKiosk(submitReply: (request: SubmissionRequest) => ScriptedReply) {
  const central = await startScriptedCentral((req) =>
    req.path === "/v1/enroll"
      ? { status: 201, body: { kioskId: "kiosk-1", token: "t0ken" } }
      : submitReply(req.body as SubmissionRequest),
  );
  closers.push(() => central.close());
  const dir = mkdtempSync(join(tmpdir(), "kiosk-submit-"));
  const store = await openKioskStore({ dataDir: dir });
  const kiosk = onlineTestParts(central.url);
  const engine = new SyncEngine({
    store,
    appVersion: "test",
    clock: new ManualClock(),
    allowsOffline: (id) => kiosk.parts.catalog.byId(id)?.offline === "queue",
  });
  await engine.enroll({ centralUrl: central.url, code: "CODE", name: "测试机" });
  closers.push(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  closers.push(() => store.close());
  closers.push(() => engine.stop());
  closers.push(kiosk.close);
  const submit = (sessionId = kiosk.sessionId) =>
    submitService(
      { ...kiosk.parts, submit: (id, data) => engine.submit(id, data) },
      { sessionId, serviceId, answers, photos: [], anonymous: false },
    );
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error("the submission should have failed");
      },
      (error: unknown) => error as KioskCallError,
    );
  return { central, kiosk, store, submit, failure };
}

describe("submitService", () => {
  it("gives the decision in the one bilingual shape, with central's number as the reference", async () => {
    const { kiosk, submit } = await submitKiosk((req) => ({
      status: 201,
      body: {
        id: req.id,
        serviceId: req.serviceId,
        status: "approved",
        trackingNo: "FZ20261203000042",
        reasons: [{ code: "insured", zh: "已参加本市医保", en: "Insured in Fuzhou" }],
        receivedAt: "2026-12-03T02:00:00.000Z",
      },
    }));
    const outcome = await submit();
    expect(outcome).toMatchObject({
      referenceNo: "FZ20261203000042",
      status: "approved",
      queued: false,
      reasons: [{ code: "insured", "zh-CN": "已参加本市医保", en: "Insured in Fuzhou" }],
      receipt: { layoutId: "submission-receipt", data: { referenceNumber: "FZ20261203000042" } },
    });
    expect(JSON.stringify(outcome.receipt)).not.toContain(kiosk.record.idNumber);
  });

  it("shows central's words when it refuses the submission", async () => {
    const { submit, failure } = await submitKiosk(() => ({
      status: 422,
      body: { error: { code: "not-insured", zh: "未参加本市医保", en: "Not insured in Fuzhou" } },
    }));
    const error = await failure(submit());
    expect(error.code).toBe("refused");
    expect(error.text).toEqual({ "zh-CN": "未参加本市医保", en: "Not insured in Fuzhou" });
  });

  it("says offline, and keeps nothing, for an online-only service while central cannot be reached", async () => {
    const { central, kiosk, store, submit, failure } = await submitKiosk(() => ({ status: 500 }));
    kiosk.setOnline(false);
    const known = await failure(submit());
    expect(known.code).toBe("offline");
    expect(known.text).toEqual(residentWords.offline);
    expect(central.seen.filter((r) => r.path !== "/v1/enroll")).toEqual([]);
    // Believed online, but central has gone: the engine withdraws it, the resident hears offline.
    kiosk.setOnline(true);
    await central.close();
    expect((await failure(submit())).code).toBe("offline");
    expect(store.outbox.depth()).toBe(0);
  });

  it("needs the card of this session", async () => {
    const { central, submit, failure } = await submitKiosk(() => ({ status: 500 }));
    const error = await failure(submit("another-session"));
    expect(error.code).toBe("identity-required");
    expect(error.text).toEqual(residentWords["identity-required"]);
    expect(central.seen.filter((r) => r.path !== "/v1/enroll")).toEqual([]);
  });
});
