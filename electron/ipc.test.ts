import { describe, expect, it, vi } from "vitest";
import type { KioskRuntime } from "../core/runtime";
import { callNames, residentWords } from "../core/api";
import { testRuntime } from "../test/support/runtime";
import { callChannel, EVENT_CHANNEL } from "./channels";
import { FakeIpcMain, FakeWebContents } from "../test/support/fake-electron";
import { bindKioskApi, forwardEvents } from "./ipc";

const fromPage = { senderFrame: { url: "app://kiosk/index.html" } };

function bound() {
  const ipcMain = new FakeIpcMain();
  const runtime = testRuntime();
  // The fake's handler parameter is looser than Electron's; the shapes that matter are the same.
  const unbind = bindKioskApi(
    ipcMain as unknown as Parameters<typeof bindKioskApi>[0],
    runtime,
    () => undefined,
  );
  const call = (name: string, event: unknown, request: unknown) => {
    const handler = ipcMain.handlers.get(callChannel(name));
    if (!handler) throw new Error(`not bound: ${name}`);
    return handler(event, request) as Promise<unknown>;
  };
  return { ipcMain, runtime, unbind, call };
}

describe("KioskApi over IPC", () => {
  it("binds every call of the contract, and nothing else", () => {
    const { ipcMain, unbind } = bound();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(callNames.map(callChannel).sort());
    unbind();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it("answers our own page", async () => {
    const { call } = bound();
    expect(await call("getStatus", fromPage, {})).toMatchObject({ ok: true, result: { shell: "web" } });
  });

  it("refuses a foreign or missing sender frame", async () => {
    const { call } = bound();
    for (const url of ["https://evil.example/", "file:///etc/passwd", "app://other/index.html", "null"]) {
      expect(await call("getStatus", { senderFrame: { url } }, {})).toEqual({
        ok: false,
        error: { code: "failed", message: "sender is not the kiosk page", text: residentWords.failed },
      });
    }
    expect(await call("getStatus", { senderFrame: null }, {})).toMatchObject({ ok: false });
  });

  it("refuses a malformed payload", async () => {
    const { call } = bound();
    expect(await call("endSession", fromPage, "drop table")).toMatchObject({
      ok: false,
      error: { code: "invalid-request" },
    });
    expect(await call("keepSessionAlive", fromPage, { sessionId: { $gt: "" } })).toMatchObject({
      ok: false,
      error: { code: "invalid-request" },
    });
  });

  it("answers a call made while the runtime boots once it is up, having said it needs it", async () => {
    const ipcMain = new FakeIpcMain();
    let boot: (runtime: KioskRuntime) => void = () => undefined;
    const needed = vi.fn(() => boot(testRuntime()));
    bindKioskApi(
      ipcMain as unknown as Parameters<typeof bindKioskApi>[0],
      new Promise<KioskRuntime>((resolve) => (boot = resolve)),
      () => undefined,
      needed,
    );
    const handler = ipcMain.handlers.get(callChannel("getStatus"));
    expect(await handler?.(fromPage, {})).toMatchObject({ ok: true, result: { shell: "web" } });
    expect(needed).toHaveBeenCalled();
  });

  it("answers with a clear error, and reports it, when the runtime could not boot", async () => {
    const ipcMain = new FakeIpcMain();
    const reported = vi.fn();
    bindKioskApi(
      ipcMain as unknown as Parameters<typeof bindKioskApi>[0],
      Promise.reject(new Error("store is locked")),
      reported,
    );
    const handler = ipcMain.handlers.get(callChannel("getStatus"));
    expect(await handler?.(fromPage, {})).toEqual({
      ok: false,
      error: { code: "failed", message: "the kiosk runtime did not start", text: residentWords.failed },
    });
    expect(reported).toHaveBeenCalledWith("getStatus", expect.any(Error));
  });

  it("forwards the events of a runtime that comes up after the window", async () => {
    const runtime = testRuntime();
    const contents = new FakeWebContents();
    forwardEvents(Promise.resolve(runtime), contents);
    await Promise.resolve();
    runtime.sessions.start();
    expect(contents.sent.some(([, m]) => (m as { event: string }).event === "session-started")).toBe(true);
  });

  it("forwards core events to the page", () => {
    const { runtime } = bound();
    const contents = new FakeWebContents();
    const stop = forwardEvents(runtime, contents);
    const { sessionId } = runtime.sessions.start();
    const started = contents.sent.find(([, m]) => (m as { event: string }).event === "session-started");
    expect(started?.[0]).toBe(EVENT_CHANNEL);
    expect((started?.[1] as { payload: { sessionId: string } }).payload.sessionId).toBe(sessionId);
    stop();
    runtime.sessions.end(sessionId, "done");
    expect(contents.sent.some(([, m]) => (m as { event: string }).event === "session-ended")).toBe(false);
  });
});
