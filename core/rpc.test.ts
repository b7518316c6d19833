import { describe, expect, it } from "vitest";
import { testRuntime } from "../test/support/runtime";
import { KioskCallError, residentWords } from "./api";
import { dispatch, type KioskHandlers } from "./rpc";

describe("dispatch", () => {
  const runtime = testRuntime();

  it("runs a known call and returns its checked reply", async () => {
    const result = await dispatch(runtime.handlers, "getUiSettings", {});
    expect(result).toMatchObject({ ok: true, result: { defaultLocale: "zh-CN", countdownSeconds: 30 } });
  });

  it("refuses unknown calls, including prototype names", async () => {
    for (const call of ["nope", "constructor", "__proto__", "toString", 42, null]) {
      const result = await dispatch(runtime.handlers, call, {});
      expect(result).toMatchObject({ ok: false, error: { code: "unknown-call" } });
    }
  });

  it("refuses a request that fails its schema, naming the field", async () => {
    const result = await dispatch(runtime.handlers, "endSession", { sessionId: 7, reason: "bored" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("invalid-request");
      expect(result.error.message).toContain("sessionId");
      expect(result.error.message).toContain("reason");
    }
    const extra = await dispatch(runtime.handlers, "getStatus", { sneaky: true });
    expect(extra).toMatchObject({ ok: false, error: { code: "invalid-request" } });
  });

  it("turns thrown errors into error replies without leaking internals", async () => {
    const failing: KioskHandlers = {
      ...runtime.handlers,
      getStatus: () => {
        throw new Error("secret stack detail");
      },
      getUiSettings: () => {
        throw new KioskCallError("failed", "printer is out of paper");
      },
      getCatalogSummary: () => {
        throw new KioskCallError("refused", "central said no", { "zh-CN": "不符合条件", en: "Not eligible" });
      },
    };
    const seen: string[] = [];
    const internal = await dispatch(failing, "getStatus", {}, (call) => seen.push(call));
    expect(internal).toEqual({
      ok: false,
      error: { code: "internal", message: "getStatus failed", text: residentWords.internal },
    });
    expect(JSON.stringify(internal)).not.toContain("secret");
    expect(seen).toEqual(["getStatus"]);
    const expected = await dispatch(failing, "getUiSettings", {});
    expect(expected).toEqual({
      ok: false,
      error: { code: "failed", message: "printer is out of paper", text: residentWords.failed },
    });
    // Words given with the error (central's own reason) reach the page instead of the code's.
    expect(await dispatch(failing, "getCatalogSummary", {})).toEqual({
      ok: false,
      error: {
        code: "refused",
        message: "central said no",
        text: { "zh-CN": "不符合条件", en: "Not eligible" },
      },
    });
  });

  it("refuses a reply that fails its schema", async () => {
    const broken = {
      ...runtime.handlers,
      getUiSettings: () => ({ locales: "zh" }),
    } as unknown as KioskHandlers;
    const result = await dispatch(broken, "getUiSettings", {});
    expect(result).toMatchObject({ ok: false, error: { code: "internal" } });
  });
});
