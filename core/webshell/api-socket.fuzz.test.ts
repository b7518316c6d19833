import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type WebSocket from "ws";
import { layoutIds } from "../../kiosk-config/layouts";
import { badReply, fuzzCases, junk, WireReply } from "../../test/support/fuzz";
import { TEST_PIN, tempDir, testRuntime } from "../../test/support/runtime";
import { call, claimDoor, connectWhenFree, pageHeaders } from "../../test/support/webshell-client";
import { createLogger } from "../log";
import { startWebShell, type WebShell } from "./server";

/**
 * Random payloads to every KioskApi call through the real web shell, as the page's connection
 * sends them: only validation (or plain "no") errors come back, never an internal failure, never
 * a dropped socket or a call left unanswered, and the kiosk works normally afterwards.
 */
const runtime = testRuntime();
let shell: WebShell;
let ws: WebSocket;
let token = "";
let nextId = 1;
const CALL_RUNS = 2500;
const FRAME_RUNS = 400;

beforeAll(async () => {
  await runtime.start();
  const rendererDir = join(tempDir(), "renderer");
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, "index.html"), "<!doctype html><title>kiosk</title>");
  shell = await startWebShell(runtime, { port: 0, rendererDir, logger: createLogger("silent") });
  ws = await connectWhenFree(shell.port, pageHeaders(shell.port, await claimDoor(shell.port)));
  const unlocked = await call(ws, nextId++, "unlockMaintenance", { pin: TEST_PIN });
  token = (unlocked.result as { token: string }).token;
});
afterAll(async () => {
  ws.close();
  await shell.close();
  await runtime.stop();
});

/** The next reply (not an event, nor the page watchdog's ping) on the socket. */
function nextReply(): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer): void => {
      const message = JSON.parse(data.toString()) as Record<string, unknown>;
      if ("event" in message || "ping" in message) return;
      ws.off("message", onMessage);
      resolve(message);
    };
    ws.on("message", onMessage);
  });
}

describe("the KioskApi over the web shell's WebSocket, fuzzed", () => {
  it("answers random requests to every call with caller errors only, and stays up", async () => {
    let cases = 0;
    const outcomes = new Map<string, number>();
    const hints = {
      token: fc.constant(null).map(() => token),
      sessionId: fc.constant(null).map(() => runtime.sessions.current?.sessionId ?? "none"),
      layoutId: fc.constantFrom(...layoutIds),
    };
    await fc.assert(
      fc.asyncProperty(fuzzCases(hints), async ({ call: name, request }) => {
        cases += 1;
        const id = nextId++;
        const reply = await call(ws, id, name, request);
        expect(reply.id).toBe(id);
        const checked = WireReply.parse(reply);
        outcomes.set(
          checked.ok ? "ok" : checked.error.code,
          (outcomes.get(checked.ok ? "ok" : checked.error.code) ?? 0) + 1,
        );
        expect(badReply(name, checked)).toBeNull();
      }),
      { numRuns: CALL_RUNS, plugins: [fc.timeout(10_000)] },
    );

    let frames = 0;
    const frame = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.json(),
      junk.map((j) => JSON.stringify([j])),
    );
    await fc.assert(
      fc.asyncProperty(frame, async (raw) => {
        frames += 1;
        const reply = nextReply();
        ws.send(raw);
        const answered = await reply;
        if (answered.ok === false) {
          expect(["malformed", "unknown-call", "invalid-request", "failed"]).toContain(
            (answered.error as { code: string }).code,
          );
        }
      }),
      { numRuns: FRAME_RUNS, plugins: [fc.timeout(10_000)] },
    );
    console.info(
      `fuzz (WebSocket): ${String(cases)} random calls and ${String(frames)} raw frames; replies`,
      Object.fromEntries(outcomes),
    );
    expect(cases).toBe(CALL_RUNS);

    // Still the same connection, and a resident's session works from start to end.
    expect(ws.readyState).toBe(ws.OPEN);
    expect(await call(ws, nextId++, "getStatus")).toMatchObject({ ok: true });
    const started = await call(ws, nextId++, "startSession");
    const { sessionId } = started.result as { sessionId: string };
    expect(await call(ws, nextId++, "keepSessionAlive", { sessionId })).toMatchObject({
      result: { alive: true },
    });
    expect(await call(ws, nextId++, "endSession", { sessionId, reason: "done" })).toMatchObject({
      result: { wiped: true },
    });
    expect(runtime.sessions.current).toBeNull();
  }, 300_000);
});
