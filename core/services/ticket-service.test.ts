import { afterEach, describe, expect, it } from "vitest";
import { KioskConfig } from "../../kiosk-config/config/schema";
import { serviceCentres } from "../../kiosk-config/catalog/centres";
import { type KioskCallError, residentWords } from "../api";
import { startScriptedCentral, type ScriptedReply } from "../sync/testing";
import { onlineTestParts } from "./testing";
import { takeTicket } from "./ticket-service";

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function ticketKiosk(reply: () => ScriptedReply | "hang-up") {
  const central = await startScriptedCentral(reply);
  closers.push(() => central.close());
  const kiosk = onlineTestParts(central.url);
  closers.push(kiosk.close);
  const take = (departmentId = "social-insurance") =>
    takeTicket(kiosk.parts, { sessionId: kiosk.sessionId, departmentId });
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error("taking the ticket should have failed");
      },
      (error: unknown) => error as KioskCallError,
    );
  return { central, kiosk, take, failure };
}

const issued = {
  ticketNo: "A012",
  centreId: "fz-citizen-centre",
  departmentId: "social-insurance",
  waitingAhead: 3,
  issuedAt: "2026-12-03T02:00:00.000Z",
};

describe("takeTicket", () => {
  it("prints the centre's name and queue page from the catalog, and the number from central", async () => {
    const { central, take } = await ticketKiosk(() => ({ status: 200, body: issued }));
    const ticket = await take();
    const [centre] = serviceCentres;
    expect(ticket).toMatchObject({
      ticketNo: "A012",
      waitingAhead: 3,
      departmentName: { "zh-CN": "社保业务" },
    });
    expect(ticket.receipt).toEqual({
      layoutId: "queue-ticket",
      data: {
        ticketNumber: "A012",
        serviceName: "社保业务",
        serviceNameEn: "Social insurance",
        centreName: centre?.name["zh-CN"],
        waitingAhead: 3,
        issuedAt: issued.issuedAt,
        qrUrl: "https://e.fuzhou.gov.cn/queue?no=A012",
      },
    });
    expect(central.seen[0]).toMatchObject({
      path: "/v1/tickets",
      body: { centreId: "fz-citizen-centre", departmentId: "social-insurance" },
    });
  });

  it("is busy on 429 and offline when central cannot be reached, in plain words", async () => {
    let reply: ScriptedReply | "hang-up" = { status: 429, headers: { "retry-after": "60" } };
    const { central, kiosk, take, failure } = await ticketKiosk(() => reply);
    const busy = await failure(take());
    expect(busy.code).toBe("busy");
    expect(busy.text).toEqual(residentWords.busy);
    reply = "hang-up";
    expect((await failure(take())).code).toBe("offline");
    const asked = central.seen.length;
    kiosk.setOnline(false);
    const offline = await failure(take());
    expect(offline.code).toBe("offline");
    expect(offline.text["zh-CN"]).toContain("网络");
    expect(central.seen.length).toBe(asked);
  });

  it("offers only this site's departments, and a config may name only a catalog centre", async () => {
    const { central, take, failure } = await ticketKiosk(() => ({ status: 200, body: issued }));
    expect((await failure(take("no-such-counter"))).code).toBe("not-offered");
    expect(central.seen).toEqual([]);
    expect(KioskConfig.safeParse({ serviceCentreId: "somewhere-else" }).success).toBe(false);
    expect(KioskConfig.parse({}).serviceCentreId).toBe("fz-citizen-centre");
  });
});
