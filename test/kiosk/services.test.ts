import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CallName,
  type CallReply,
  type EventPayload,
  type KioskErrorBody,
  residentWords,
} from "../../core/api";
import { bootKiosk, type BootedKiosk } from "../../core/boot";
import { parseKioskEnv } from "../../core/config/env";
import { createLogger } from "../../core/log";
import { pinFile } from "../../core/maintenance/pin";
import { dispatch } from "../../core/rpc";
import { FAULT_KINDS } from "../../drivers/sim/reader/faults";
import { startEmbeddedCentral } from "../../scripts/embedded-central";
import { tempDir } from "../support/runtime";

/**
 * The kiosk's service calls end to end in one process: the real runtime booted on embedded
 * defaults (central service on SQLite, enrolled; simulated reader and printer), driven through
 * the same dispatcher both shells use.
 */
let kiosk: BootedKiosk;
let token: string;

async function call<C extends CallName>(name: C, request: unknown): Promise<CallReply<C>> {
  const result = await dispatch(kiosk.runtime.handlers, name, request);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
  return result.result as CallReply<C>;
}

const failure = async (name: CallName, request: unknown): Promise<KioskErrorBody> => {
  const result = await dispatch(kiosk.runtime.handlers, name, request);
  if (result.ok) throw new Error(`${name} should have failed`);
  return result.error;
};
const fail = async (name: CallName, request: unknown): Promise<string> =>
  (await failure(name, request)).message;

function nextEvent<E extends "card-read" | "session-ended">(event: E): Promise<EventPayload<E>> {
  return new Promise((resolve) => {
    const off = kiosk.runtime.events.on(event, (payload) => {
      off();
      resolve(payload);
    });
  });
}

/** YYYY-MM-DD of the day `days` ago in China, as the demo birth registrations count it. */
const chinaDaysAgo = (days: number): string =>
  new Date(Date.now() + 8 * 3600_000 - days * 86_400_000).toISOString().slice(0, 10);

async function placeCard(): Promise<string> {
  // The reader reads once per placement: take the last card off, and let the reader see it go.
  if (kiosk.runtime.options.reader.simulator?.state().card != null) {
    const removed = new Promise<void>((resolve) => {
      const off = kiosk.runtime.events.on("card-removed", () => {
        off();
        resolve();
      });
    });
    await call("runMaintenanceAction", { token, action: { kind: "sim-remove-card" } });
    await removed;
  }
  const read = nextEvent("card-read");
  await call("runMaintenanceAction", { token, action: { kind: "sim-place-card", cardType: "resident" } });
  const { sessionId, holder } = await read;
  expect(holder.idNumberMasked).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
  return sessionId;
}

beforeAll(async () => {
  const dataDir = tempDir("kiosk-services-");
  kiosk = await bootKiosk({
    env: parseKioskEnv({ KIOSK_DATA_DIR: dataDir }, dataDir),
    shell: "web",
    appVersion: "0.0.0-test",
    logger: createLogger("silent"),
    startEmbeddedCentral,
  });
  await kiosk.centralSettled;
  const pin = readFileSync(pinFile(dataDir), "utf8").trim();
  const unlocked = await call("unlockMaintenance", { pin });
  if (!unlocked.ok) throw new Error("maintenance PIN refused");
  token = unlocked.token;
});

afterAll(() => kiosk.stop());

describe("resident services on embedded defaults", () => {
  it("enrolls itself and reports the simulated devices", async () => {
    const status = await call("getStatus", {});
    expect(status.central.mode).toBe("embedded");
    expect(status.devices.reader.connection).toBe("sim");
    const report = await call("getMaintenanceReport", { token });
    expect(report.simulated).toEqual({ reader: true, printer: true, readerFaults: [...FAULT_KINDS] });
  });

  it("approves the newborn enrollment on the spot and prints its receipt", async () => {
    const sessionId = await placeCard();
    const outcome = await call("submitService", {
      sessionId,
      serviceId: "newborn-med-insurance",
      answers: {
        childName: "林小安",
        childSex: "male",
        childBirthDate: chinaDaysAgo(30),
        birthCertificateNo: "Q350100001",
        relationship: "father",
        phone: "13800000000",
      },
    });
    expect(outcome.reasons).toEqual(expect.arrayContaining([]));
    expect(outcome.status, JSON.stringify(outcome.reasons)).toBe("approved");
    expect(outcome.queued).toBe(false);
    expect(outcome.receipt?.layoutId).toBe("submission-receipt");
    // The page never receives a full ID number, not even inside receipt data.
    expect(JSON.stringify(outcome)).not.toMatch(/\d{17}[\dX]/);
    // The page names its session; core prints the receipt it made for it, once.
    const printed = await call("printReceipt", { sessionId });
    expect(printed.ok).toBe(true);
    const report = await call("getMaintenanceReport", { token });
    expect(report.recentTickets[0]?.text).toContain(outcome.referenceNo);
    expect(report.recentTickets[0]?.cut).toBe(true);
    expect(await fail("printReceipt", { sessionId })).toMatch(/already printed/);
  });

  it("prints only the receipt core made for this session, and raw layouts only for technicians", async () => {
    const forged = {
      layoutId: "submission-receipt",
      data: {
        serviceName: "住房公积金提取",
        referenceNumber: "FZ-FAKE-1",
        status: "approved",
        submittedAt: new Date().toISOString(),
        kioskName: "e福州",
        applicant: { name: "林小安", idNumber: "3501**********123X" },
        progressUrl: "https://evil.example/pay",
      },
    };
    // What a page (or anyone holding the socket) could send before: refused outright.
    expect(await fail("print", forged)).toMatch(/token/);
    expect(await fail("print", { ...forged, token: "guess" })).toMatch(/locked/);
    expect(await fail("previewPrint", forged)).toMatch(/token/);
    // Even a technician cannot print a QR code that points off the configured site.
    expect(await fail("print", { ...forged, token })).toMatch(
      /QR codes must point under https:\/\/e\.fuzhou\.gov\.cn\//,
    );
    const own = {
      ...forged,
      data: { ...forged.data, progressUrl: "https://e.fuzhou.gov.cn/progress?no=T-1" },
    };
    expect((await call("print", { ...own, token })).ok).toBe(true);

    // A session with no receipt yet, another session's id, and an ended session print nothing.
    await call("startSession", {});
    const sessionId = await placeCard();
    expect(await fail("printReceipt", { sessionId })).toMatch(/no receipt/);
    await call("runQuery", { sessionId, serviceId: "social-insurance-status", answers: {} });
    expect(await fail("printReceipt", { sessionId: crypto.randomUUID() })).toMatch(/no receipt/);
    expect((await call("previewReceipt", { sessionId })).layoutId).toBe("query-printout");
    await call("endSession", { sessionId, reason: "done" });
    expect(await fail("printReceipt", { sessionId })).toMatch(/no receipt/);
  });

  it("refuses wrong answers in plain words, and identity services without a card", async () => {
    const sessionId = await placeCard();
    expect(
      await fail("submitService", {
        sessionId,
        serviceId: "newborn-med-insurance",
        answers: { childName: "林小安", phone: "123" },
      }),
    ).toMatch(/phone: expected an 11-digit mobile number/);
    const ended = nextEvent("session-ended");
    await call("endSession", { sessionId, reason: "done" });
    await ended;
    const fresh = await call("startSession", {});
    const noCard = await failure("submitService", {
      sessionId: fresh.sessionId,
      serviceId: "newborn-med-insurance",
      answers: {},
    });
    expect(noCard).toMatchObject({ code: "identity-required", text: residentWords["identity-required"] });
    expect(noCard.message).toMatch(/identity-required/);
    const noCardQuery = await failure("runQuery", {
      sessionId: fresh.sessionId,
      serviceId: "social-insurance-status",
      answers: {},
    });
    expect(noCardQuery.code).toBe("identity-required");
    // A session that ended cannot be used again.
    const afterEnd = await failure("runQuery", {
      sessionId,
      serviceId: "social-insurance-status",
      answers: {},
    });
    expect(afterEnd).toMatchObject({ code: "session-ended", text: residentWords["session-ended"] });
    expect(afterEnd.message).toMatch(/session has ended/);
    // A service of another site, or none at all, is not offered here.
    expect((await failure("getService", { serviceId: "no-such-service" })).code).toBe("not-offered");
    expect(
      (await failure("takeTicket", { sessionId: fresh.sessionId, departmentId: "no-such-counter" })).code,
    ).toBe("not-offered");
  });

  it("answers a query from reference data and makes a printable result", async () => {
    const sessionId = await placeCard();
    const result = await call("runQuery", { sessionId, serviceId: "social-insurance-status", answers: {} });
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.receipt?.layoutId).toBe("query-printout");
  });

  it("previews and prints a receipt in 繁體 for a zh-Hant resident, and refuses an unknown locale", async () => {
    const { sessionId } = await call("startSession", {});
    const { departments } = await call("listDepartments", {});
    const department = departments[0];
    if (!department) throw new Error("no departments at the service centre");
    const ticket = await call("takeTicket", { sessionId, departmentId: department.id });
    // The receipt core keeps is the Simplified one; the script is chosen when it is shown or printed.
    expect(ticket.receipt.data).toMatchObject({ centreName: "福州市民服务中心" });
    const texts = (lines: { kind: string; text?: string }[]): string =>
      lines.map((l) => (l.kind === "text" ? (l.text ?? "") : "")).join("\n");
    const simplified = texts((await call("previewReceipt", { sessionId })).lines);
    expect(simplified).toContain("福州市民服务中心");
    const traditional = texts((await call("previewReceipt", { sessionId, locale: "zh-Hant" })).lines);
    expect(traditional).toContain("福州市民服務中心");
    expect(traditional).not.toContain("服务");
    expect((await failure("previewReceipt", { sessionId, locale: "zh-TW" })).code).toBe("invalid-request");
    expect((await call("printReceipt", { sessionId, locale: "zh-Hant" })).ok).toBe(true);
    const report = await call("getMaintenanceReport", { token });
    expect(report.recentTickets[0]?.text).toContain("福州市民服務中心");
    expect(report.recentTickets[0]?.text).toContain(ticket.ticketNo);
  });

  it("numbers queue tickets centrally, with the people waiting ahead", async () => {
    const { sessionId } = await call("startSession", {});
    const { departments } = await call("listDepartments", {});
    const department = departments[0];
    if (!department) throw new Error("no departments at the service centre");
    const first = await call("takeTicket", { sessionId, departmentId: department.id });
    const second = await call("takeTicket", { sessionId, departmentId: department.id });
    expect(first.ticketNo).not.toBe(second.ticketNo);
    expect(second.waitingAhead).toBe(first.waitingAhead + 1);
    // The centre's name on the ticket comes from the catalog's centre of the config, its queue page
    // from the configured site.
    expect(first.receipt.data).toMatchObject({
      centreName: "福州市民服务中心",
      qrUrl: `https://e.fuzhou.gov.cn/queue?no=${encodeURIComponent(first.ticketNo)}`,
    });
    // The session's receipt is the last one core made in it: the second ticket's.
    expect(
      (await call("previewReceipt", { sessionId })).lines.some(
        (l) => l.kind === "qr" && l.payload.includes(encodeURIComponent(second.ticketNo)),
      ),
    ).toBe(true);
    expect((await call("printReceipt", { sessionId })).ok).toBe(true);
  });

  it("says plainly when the printer is out of paper", async () => {
    await call("runMaintenanceAction", { token, action: { kind: "sim-paper", paper: "out" } });
    const result = await call("runMaintenanceAction", { token, action: { kind: "test-print" } });
    expect(result.ok).toBe(false);
    expect(result.message["zh-CN"]).toMatch(/纸/);
    await call("runMaintenanceAction", { token, action: { kind: "sim-paper", paper: "ok" } });
  });

  it("finds services by pinyin initials", async () => {
    const { services } = await call("searchServices", { query: "sb" });
    expect(services[0]?.name["zh-CN"]).toMatch(/社保|社会保险/);
  });
});

describe("maintenance", () => {
  it("injects the reader faults the report offers and refuses any other name plainly", async () => {
    const simulator = kiosk.runtime.options.reader.simulator!;
    const { simulated } = await call("getMaintenanceReport", { token });
    const refused = await call("runMaintenanceAction", {
      token,
      action: { kind: "sim-reader-fault", fault: "smoke" },
    });
    expect(refused.ok).toBe(false);
    expect(refused.message.en).toBe(`no such simulated fault: smoke (one of ${FAULT_KINDS.join(", ")})`);
    expect(simulator.state().pendingFaults).toEqual([]);
    // A fragmented reply is harmless to the tests after this one: the reader's next poll uses it up.
    expect(simulated.readerFaults).toContain("fragmented");
    const injected = await call("runMaintenanceAction", {
      token,
      action: { kind: "sim-reader-fault", fault: "fragmented" },
    });
    expect(injected.ok).toBe(true);
  });

  it("wipes the session begun in the menu when the technician leaves it", async () => {
    const sessionId = await placeCard();
    const ended = nextEvent("session-ended");
    await call("lockMaintenance", { token });
    expect(await ended).toEqual({ sessionId, reason: "cancel" });
    expect(await fail("getMaintenanceReport", { token })).toMatch(/locked/);
  });
});
