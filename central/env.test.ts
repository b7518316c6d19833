import { describe, expect, it } from "vitest";
import { parseCentralEnv } from "./env";

describe("central environment", () => {
  it("has the documented defaults", () => {
    expect(parseCentralEnv({})).toMatchObject({
      CENTRAL_HOST: "127.0.0.1",
      CENTRAL_PORT: 8480,
      CENTRAL_DB: "./var/central.db",
      CENTRAL_DEMO_DATA: true,
      CENTRAL_LOG_LEVEL: "info",
      CENTRAL_RETENTION_DAYS: 180,
      CENTRAL_OPEN_RETENTION_DAYS: 365,
      CENTRAL_HEARTBEAT_RETENTION_DAYS: 30,
      CENTRAL_AUDIT_RETENTION_DAYS: 365,
    });
  });

  it("names each bad variable", () => {
    expect(() => parseCentralEnv({ CENTRAL_PORT: "eighty" })).toThrow(/CENTRAL_PORT/);
    expect(() => parseCentralEnv({ CENTRAL_MANAGER_TOKEN: "short" })).toThrow(/CENTRAL_MANAGER_TOKEN/);
    expect(parseCentralEnv({ CENTRAL_DEMO_DATA: "0" }).CENTRAL_DEMO_DATA).toBe(false);
    expect(() => parseCentralEnv({ CENTRAL_RETENTION_DAYS: "0" })).toThrow(/CENTRAL_RETENTION_DAYS/);
    expect(() => parseCentralEnv({ CENTRAL_METRICS_PORT: "x" })).toThrow(/CENTRAL_METRICS_PORT/);
    expect(parseCentralEnv({}).CENTRAL_PUBLIC_URL).toBeUndefined();
    expect(parseCentralEnv({ CENTRAL_PUBLIC_URL: "https://pay.efuzhou.test/" }).CENTRAL_PUBLIC_URL).toBe(
      "https://pay.efuzhou.test",
    );
    expect(() => parseCentralEnv({ CENTRAL_PUBLIC_URL: "pay.efuzhou.test" })).toThrow(/CENTRAL_PUBLIC_URL/);
    expect(() => parseCentralEnv({ CENTRAL_PUBLIC_URL: "https://x.test/pay?a=1" })).toThrow(
      /CENTRAL_PUBLIC_URL/,
    );
  });

  it("has the documented limits by default", () => {
    expect(parseCentralEnv({})).toMatchObject({
      CENTRAL_ENROLL_LIMIT: 10,
      CENTRAL_AUTH_FAILURE_LIMIT: 30,
      CENTRAL_QUERY_LIMIT: 20,
      CENTRAL_QUERY_WINDOW_MINUTES: 10,
    });
    expect(() => parseCentralEnv({ CENTRAL_QUERY_LIMIT: "0" })).toThrow(/CENTRAL_QUERY_LIMIT/);
  });
});
