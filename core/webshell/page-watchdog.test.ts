import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type WebSocket from "ws";
import { tempDir, testRuntime } from "../../test/support/runtime";
import { claimDoor, connectWhenFree, get, pageHeaders } from "../../test/support/webshell-client";
import { createLogger } from "../log";
import { startWebShell, type WebShell } from "./server";

/**
 * Core's watchdog on its page over the real WebSocket: a page that answers its pings keeps its
 * connection and its resident's session; one that falls silent is cut off and its session ended.
 */
let shell: WebShell;
let cookie: string | null = null;
const runtime = testRuntime();

beforeAll(async () => {
  const rendererDir = join(tempDir(), "renderer");
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, "index.html"), "<!doctype html><title>kiosk</title>");
  shell = await startWebShell(runtime, {
    port: 0,
    rendererDir,
    logger: createLogger("silent"),
    pageWatchdog: { pingMs: 50, silentAfterMs: 400 },
  });
  cookie = await claimDoor(shell.port);
});
afterAll(() => shell.close());

const connect = (): Promise<WebSocket> => connectWhenFree(shell.port, pageHeaders(shell.port, cookie));
const closed = (ws: WebSocket): Promise<void> => new Promise((resolve) => ws.once("close", () => resolve()));

describe("the page watchdog", () => {
  it("keeps a page that answers its pings, session and all", async () => {
    const ws = await connect();
    let pings = 0;
    ws.on("message", (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { ping?: number };
      if (message.ping === undefined) return;
      pings += 1;
      ws.send(JSON.stringify({ pong: message.ping }));
    });
    runtime.sessions.start();
    // Long past the silence limit, counted in pings answered rather than in time.
    await vi.waitFor(() => expect(pings).toBeGreaterThanOrEqual(20), { timeout: 10_000, interval: 20 });
    expect(ws.readyState).toBe(ws.OPEN);
    expect(runtime.sessions.current).not.toBeNull();
    const gone = closed(ws);
    ws.close();
    await gone;
  });

  it("cuts off a page that stops answering and ends its resident's session", async () => {
    const ws = await connect();
    const status = async (): Promise<unknown> =>
      JSON.parse((await get(shell.port, "/screen-status.json")).body);
    expect(await status()).toEqual({ page: true, absentMs: 0 });
    await vi.waitFor(() => expect(runtime.sessions.current).toBeNull(), { timeout: 5000, interval: 20 });
    runtime.sessions.start();
    expect(runtime.sessions.current).not.toBeNull();
    await closed(ws);
    await vi.waitFor(() => expect(runtime.sessions.current).toBeNull(), { timeout: 5000, interval: 20 });
    // The screen's launcher hears there is no page (deploy/linux/kiosk-screen.mjs).
    await vi.waitFor(async () => expect(await status()).toMatchObject({ page: false }), {
      timeout: 5000,
      interval: 20,
    });
  });

  it("does not take a wrong answer for a pong", async () => {
    const ws = await connect();
    let answered = 0;
    ws.on("message", (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { ping?: number };
      if (message.ping === undefined) return;
      answered += 1;
      // Binary frames are refused before they are read, so they do not count as the page answering.
      ws.send(Buffer.from(JSON.stringify({ pong: message.ping })), { binary: true });
    });
    await closed(ws);
    expect(answered).toBeGreaterThan(0);
  });
});
