import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { FleetAlertsReply } from "../../../central/fleet/schemas";
import type { SuiteContext } from "../contract";
import { call, enroll, heartbeatBody, MANAGER_TOKEN, startTestCentral } from "../harness";

const SECRET = "duty-system-shared-secret-0123456789abcdef";

/** What the city's duty system would do: recompute the HMAC over the bytes received. */
function signatureValid(headers: IncomingHttpHeaders, body: string, secret = SECRET): boolean {
  const ts = headers["x-efuzhou-timestamp"];
  const sig = headers["x-efuzhou-signature"];
  if (typeof ts !== "string" || typeof sig !== "string") return false;
  const expected = Buffer.from(
    `sha256=${createHmac("sha256", secret).update(`${ts}.${body}`).digest("hex")}`,
  );
  const got = Buffer.from(sig);
  return got.length === expected.length && timingSafeEqual(got, expected);
}

/** A real HTTP receiver on loopback that fails its first `failFirst` requests with 500. */
async function startReceiver(failFirst: number) {
  const received: { headers: IncomingHttpHeaders; body: string; status: number }[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      const status = received.length < failFirst ? 500 : 200;
      received.push({ headers: req.headers, body, status });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/duty`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function alertsSuite(get: () => SuiteContext): void {
  describe("alerts and the duty-system webhook", () => {
    it("raises device, outbox and silence alerts, resolves them, and delivers each signed with retries", async () => {
      const { backend } = get();
      const receiver = await startReceiver(2);
      let clock = Date.now();
      const central = await startTestCentral(backend, {
        alertWebhook: { url: receiver.url, secret: SECRET },
        alertThresholds: { outboxDepth: 100, parked: 0 },
        fleetJobSeconds: 3600,
        now: () => new Date(clock),
      });
      try {
        const { token, kioskId } = await enroll(central, "alerting kiosk");
        const sick = heartbeatBody({
          devices: {
            reader: { state: "error", lastError: "SAM timeout" },
            printer: { state: "ok", paper: "out", coverOpen: true },
          },
          outboxDepth: 500,
          parkedCount: 2,
          intervalSeconds: 60,
        });
        expect((await call(central.url, "POST", "/v1/heartbeat", { token, body: sick })).status).toBe(200);
        const first = await central.server.runFleetJobs();
        expect(first.raised).toBe(5);
        expect(first.failed).toBe(2);
        expect(first.sent).toBe(3);
        const open = FleetAlertsReply.parse(
          (await call(central.url, "GET", "/v1/fleet/alerts?open=true&limit=50", { token: MANAGER_TOKEN }))
            .json,
        );
        expect(open.alerts.map((a) => a.kind).sort()).toEqual([
          "cover-open",
          "outbox-depth",
          "paper-out",
          "parked-items",
          "reader-fault",
        ]);
        expect(open.alerts.find((a) => a.kind === "paper-out")?.severity).toBe("critical");
        // Nothing new raised for a condition already open.
        expect((await central.server.runFleetJobs()).raised).toBe(0);
        // Failed deliveries wait out their backoff (10 s), then go.
        clock += 11_000;
        const retried = await central.server.runFleetJobs();
        expect(retried.sent).toBe(2);
        const delivered = receiver.received.filter((r) => r.status === 200);
        expect(delivered).toHaveLength(5);
        for (const r of receiver.received) {
          expect(signatureValid(r.headers, r.body)).toBe(true);
          // Any change to the body, or another secret, breaks the signature.
          expect(signatureValid(r.headers, r.body.replace("raised", "resolved"))).toBe(false);
          expect(signatureValid(r.headers, r.body, "another secret")).toBe(false);
        }
        const body = JSON.parse(delivered[0]?.body ?? "{}") as { event: string; kiosk: { id: string } };
        expect(body).toMatchObject({ event: "raised", kiosk: { id: kioskId } });

        // Healthy again: resolved, and the duty system is told.
        await call(central.url, "POST", "/v1/heartbeat", {
          token,
          body: heartbeatBody({
            devices: { reader: { state: "ok" }, printer: { state: "ok", paper: "ok", coverOpen: false } },
            outboxDepth: 0,
            intervalSeconds: 60,
          }),
        });
        const healed = await central.server.runFleetJobs();
        expect(healed.resolved).toBe(5);
        const resolvedEvents = receiver.received.filter(
          (r) => r.body.includes('"event":"resolved"') && r.status === 200,
        );
        expect(resolvedEvents).toHaveLength(5);
        const stillOpen = FleetAlertsReply.parse(
          (await call(central.url, "GET", "/v1/fleet/alerts?open=true", { token: MANAGER_TOKEN })).json,
        );
        expect(stillOpen.alerts).toHaveLength(0);

        // Silent for more than three intervals.
        clock += 4 * 60_000;
        const silent = await central.server.runFleetJobs();
        expect(silent.raised).toBe(1);
        const kinds = FleetAlertsReply.parse(
          (await call(central.url, "GET", "/v1/fleet/alerts?open=true", { token: MANAGER_TOKEN })).json,
        );
        expect(kinds.alerts.map((a) => a.kind)).toEqual(["kiosk-silent"]);
      } finally {
        await central.close();
        await receiver.close();
      }
    });

    it("raises config drift when a kiosk refuses the version it should run", async () => {
      const { backend } = get();
      const central = await startTestCentral(backend, { fleetJobSeconds: 3600 });
      try {
        const { token } = await enroll(central, "drifting kiosk");
        const put = await call(central.url, "PUT", "/v1/fleet/config/layers/global", {
          token: MANAGER_TOKEN,
          body: { config: { elderMode: true } },
        });
        const version = (put.json as { version: number }).version;
        await call(central.url, "POST", "/v1/heartbeat", {
          token,
          body: heartbeatBody({
            configVersion: 0,
            configApplyVersion: version,
            configState: "rejected:invalid-config",
          }),
        });
        await central.server.runFleetJobs();
        const alerts = FleetAlertsReply.parse(
          (await call(central.url, "GET", "/v1/fleet/alerts?kind=config-drift", { token: MANAGER_TOKEN }))
            .json,
        );
        expect(alerts.alerts).toHaveLength(1);
        expect(alerts.alerts[0]?.detail).toMatchObject({ desiredVersion: version, reportedVersion: 0 });
      } finally {
        await central.close();
      }
    });
  });
}
