import { describe, expect, it } from "vitest";
import { maskIdNumber } from "../../../kiosk-config/identity/mask";
import { ROUTES } from "../../../central/protocol";
import type { SuiteContext } from "../contract";
import {
  call,
  enroll,
  heartbeatBody,
  MANAGER_TOKEN,
  newbornSubmission,
  postSubmission,
  startTestCentral,
  syntheticIdentity,
} from "../harness";

export function observabilitySuite(get: () => SuiteContext): void {
  describe("metrics, OpenAPI and logs", () => {
    it("exposes Prometheus counters and latency histograms", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      await call(central.url, "POST", "/v1/heartbeat", { token, body: heartbeatBody() });
      const r = await call(central.url, "GET", "/metrics", {
        headers: { authorization: `Bearer ${MANAGER_TOKEN}` },
      });
      expect(r.status).toBe(200);
      expect(r.headers.get("content-type")).toContain("text/plain");
      expect(r.text).toMatch(/^central_heartbeats_total [1-9]\d*$/m);
      expect(r.text).toMatch(
        /^central_http_requests_total\{method="POST",route="\/v1\/heartbeat",status="200"\} [1-9]/m,
      );
      expect(r.text).toMatch(
        /^central_http_request_duration_seconds_bucket\{method="POST",route="\/v1\/heartbeat",le="\+Inf"\} [1-9]/m,
      );
      expect(r.text).toMatch(/^central_submissions_total\{result="created"\} [1-9]/m);
    });

    it("keeps /metrics behind the manager credential, or serves it alone on its own port", async () => {
      const { central, backend } = get();
      const { token } = await enroll(central);
      expect((await call(central.url, "GET", "/metrics")).status).toBe(401);
      expect((await call(central.url, "GET", "/metrics", { token })).status).toBe(401);
      const separate = await startTestCentral(backend, { metricsPort: 0 });
      try {
        const metricsUrl = separate.server.metricsUrl ?? "";
        expect(metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        const scraped = await call(metricsUrl, "GET", "/metrics");
        expect(scraped.status).toBe(200);
        expect(scraped.text).toMatch(/^# TYPE central_heartbeats_total counter$/m);
        expect((await call(metricsUrl, "GET", "/v1/catalog")).status).toBe(404);
        expect((await call(metricsUrl, "GET", "/healthz")).status).toBe(404);
        expect((await call(separate.url, "GET", "/metrics")).status).toBe(401);
      } finally {
        await separate.close();
      }
    });

    it("serves an OpenAPI document describing every route with JSON schemas", async () => {
      const r = await call(get().central.url, "GET", "/openapi.json");
      expect(r.status).toBe(200);
      const doc = r.json as {
        openapi: string;
        paths: Record<string, Record<string, { requestBody?: unknown }>>;
      };
      expect(doc.openapi).toMatch(/^3\./);
      const expected = Object.values(ROUTES).map((p) => p.replace(/:(\w+)/g, "{$1}"));
      for (const path of expected) expect(Object.keys(doc.paths)).toContain(path);
      expect(doc.paths["/v1/submissions"]?.post?.requestBody).toBeDefined();
    });

    it("the OpenAPI document lists every API route the service answers, by method", async () => {
      const doc = (await call(get().central.url, "GET", "/openapi.json")).json as {
        paths: Record<string, Record<string, unknown>>;
      };
      const documented = new Set(
        Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`)),
      );
      // The API is /v1 and the service's own routes; the console's files and the simulators'
      // pages are for browsers, not for scripts.
      const api = get()
        .central.server.routes.filter((r) => r.method !== "HEAD" && /^\/(v1\/|healthz|metrics|openapi)/.test(r.url))
        .map((r) => `${r.method.toLowerCase()} ${r.url.replace(/:(\w+)/g, "{$1}")}`);
      expect(api.length).toBeGreaterThan(20);
      expect(api.filter((r) => !documented.has(r))).toEqual([]);
    });

    it("never writes an ID number unmasked to the log, even at trace level", async () => {
      const { backend } = get();
      const lines: string[] = [];
      const central = await startTestCentral(backend, {
        logLevel: "trace",
        logDestination: { write: (s: string) => void lines.push(s) },
      });
      try {
        const { token } = await enroll(central);
        const identity = syntheticIdentity("1988-08-08", 456);
        const sub = newbornSubmission({ identity });
        await postSubmission(central.url, token, sub, sub.id);
        await call(central.url, "POST", "/v1/queries/housing-fund-balance", {
          token,
          body: { identity, params: {} },
        });
        await call(central.url, "POST", "/v1/queries/housing-fund-balance", {
          token,
          body: { identity: { idNumber: identity.idNumber } },
        });
        const text = lines.join("");
        expect(text).toContain(maskIdNumber(identity.idNumber));
        expect(text).not.toContain(identity.idNumber);
        expect(text).not.toContain(identity.idNumber.slice(0, 14));
      } finally {
        await central.close();
      }
    });
  });
}
