import type { IpcMainInvokeEvent } from "electron";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { layoutIds } from "../kiosk-config/layouts";
import type { CallName } from "../core/api";
import { FakeIpcMain } from "../test/support/fake-electron";
import { badReply, fuzzCases, junk, WireReply } from "../test/support/fuzz";
import { TEST_PIN, testRuntime } from "../test/support/runtime";
import { callChannel } from "./channels";
import { bindKioskApi } from "./ipc";

/**
 * Random payloads to every KioskApi call through Electron main's IPC binding (the fake electron
 * module's ipcMain), as the preload forwards them from the page: only caller errors come back,
 * nothing throws out of a handler, no call is left unanswered, and the kiosk works afterwards.
 * Foreign senders with random frames are refused before their payload is looked at.
 */
const runtime = testRuntime();
const ipcMain = new FakeIpcMain();
const internalErrors: string[] = [];
const fromPage = { senderFrame: { url: "app://kiosk/index.html" } };
const CALL_RUNS = 2500;
const SENDER_RUNS = 300;

function invoke(call: CallName, event: unknown, request: unknown): Promise<unknown> {
  const handler = ipcMain.handlers.get(callChannel(call));
  if (!handler) throw new Error(`not bound: ${call}`);
  return Promise.resolve(handler(event, request));
}

let token = "";
beforeAll(async () => {
  await runtime.start();
  // The fuzzer sends any event at all, so the fake's events are typed as what main is handed.
  const ipc: Parameters<typeof bindKioskApi>[0] = {
    handle: (channel, listener) => {
      ipcMain.handle(channel, (event, request) => listener(event as IpcMainInvokeEvent, request));
    },
    removeHandler: (channel) => {
      ipcMain.removeHandler(channel);
    },
  };
  bindKioskApi(ipc, runtime, (call) => internalErrors.push(call));
  const unlocked = WireReply.parse(await invoke("unlockMaintenance", fromPage, { pin: TEST_PIN }));
  if (!unlocked.ok) throw new Error("unlock failed");
  token = (unlocked.result as { token: string }).token;
});
afterAll(() => runtime.stop());

describe("the KioskApi over Electron IPC, fuzzed", () => {
  it("answers random requests to every call with caller errors only", async () => {
    let cases = 0;
    const hints = {
      token: fc.constant(null).map(() => token),
      sessionId: fc.constant(null).map(() => runtime.sessions.current?.sessionId ?? "none"),
      layoutId: fc.constantFrom(...layoutIds),
    };
    await fc.assert(
      fc.asyncProperty(fuzzCases(hints), async ({ call, request }) => {
        cases += 1;
        const reply = WireReply.parse(await invoke(call, fromPage, request));
        expect(badReply(call, reply)).toBeNull();
      }),
      { numRuns: CALL_RUNS, plugins: [fc.timeout(10_000)] },
    );

    let senders = 0;
    const frame = fc.oneof(
      fc.record({
        url: fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom("app://other/", "file:///etc/passwd")),
      }),
      fc.constant(null),
      junk,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("getStatus", "startSession", "print"),
        frame,
        junk,
        async (call, senderFrame, request) => {
          senders += 1;
          expect(await invoke(call, { senderFrame }, request)).toMatchObject({
            ok: false,
            error: { code: "failed", message: "sender is not the kiosk page" },
          });
        },
      ),
      { numRuns: SENDER_RUNS, plugins: [fc.timeout(10_000)] },
    );
    console.info(`fuzz (IPC): ${String(cases)} random calls and ${String(senders)} foreign senders`);
    expect(internalErrors).toEqual([]);

    // A resident's session still works from start to end.
    const started = WireReply.parse(await invoke("startSession", fromPage, {}));
    if (!started.ok) throw new Error("startSession failed after fuzzing");
    const { sessionId } = started.result as { sessionId: string };
    expect(await invoke("keepSessionAlive", fromPage, { sessionId })).toEqual({
      ok: true,
      result: { alive: true },
    });
    expect(await invoke("endSession", fromPage, { sessionId, reason: "done" })).toEqual({
      ok: true,
      result: { wiped: true },
    });
  }, 300_000);
});
