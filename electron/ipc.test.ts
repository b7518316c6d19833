import { describe, expect, it } from "vitest";
import { callNames } from "../core/api";
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
        error: { code: "failed", message: "sender is not the kiosk page" },
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
