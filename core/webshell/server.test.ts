import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type WebSocket from "ws";
import { tempDir, testRuntime } from "../../test/support/runtime";
import { residentWords } from "../api";
import { createLogger } from "../log";
import {
  claimDoor,
  connect as open,
  connectWhenFree,
  get,
  hangUp,
  next,
  pageHeaders,
  roundTrip,
} from "../../test/support/webshell-client";
import { startWebShell, type WebShell } from "./server";

let shell: WebShell;
let cookie: string | null = null;
const runtime = testRuntime();

beforeAll(async () => {
  const rendererDir = join(tempDir(), "renderer");
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, "index.html"), "<!doctype html><title>kiosk</title>");
  shell = await startWebShell(runtime, { port: 0, rendererDir, logger: createLogger("silent") });
  // As the kiosk's browser does: the first page fetch is handed the door's secret.
  cookie = await claimDoor(shell.port);
});
afterAll(() => shell.close());

/** Opens the page connection with the page's own origin and cookie unless told otherwise. */
const connect = (headers: Record<string, string> = pageHeaders(shell.port, cookie)): Promise<WebSocket> =>
  connectWhenFree(shell.port, headers);

describe("web shell", () => {
  it("answers a valid call", async () => {
    const ws = await connect();
    const reply = await roundTrip(ws, JSON.stringify({ id: 1, call: "getStatus", request: {} }));
    expect(reply).toMatchObject({
      id: 1,
      ok: true,
      result: { kioskId: "00000000-0000-4000-8000-000000000001", shell: "web" },
    });
    await hangUp(ws);
  });

  it("answers malformed, unknown and invalid messages with clear errors and stays up", async () => {
    const ws = await connect();
    expect(await roundTrip(ws, "{not json")).toEqual({
      id: null,
      ok: false,
      error: { code: "malformed", message: "message is not valid JSON", text: residentWords.malformed },
    });
    expect(await roundTrip(ws, JSON.stringify({ id: 2 }))).toMatchObject({
      id: 2,
      ok: false,
      error: { code: "malformed" },
    });
    expect(await roundTrip(ws, JSON.stringify([1, 2, 3]))).toMatchObject({
      ok: false,
      error: { code: "malformed" },
    });
    expect(await roundTrip(ws, JSON.stringify({ id: 3, call: "formatDisk", request: {} }))).toMatchObject({
      id: 3,
      ok: false,
      error: { code: "unknown-call" },
    });
    expect(
      await roundTrip(ws, JSON.stringify({ id: 4, call: "endSession", request: { sessionId: [] } })),
    ).toMatchObject({
      id: 4,
      ok: false,
      error: { code: "invalid-request" },
    });
    const binary = next(ws);
    ws.send(Buffer.from([0xaa, 0xaa, 0xaa, 0x96, 0x69]));
    expect(await binary).toMatchObject({ ok: false, error: { code: "malformed" } });
    // Still serving on the same socket after all of that.
    expect(await roundTrip(ws, JSON.stringify({ id: 5, call: "getUiSettings" }))).toMatchObject({
      id: 5,
      ok: true,
    });
    await hangUp(ws);
  });

  it("closes a socket that sends an oversized frame, and keeps serving others", async () => {
    const ws = await connect();
    const closed = new Promise<number>((resolve) => ws.once("close", resolve));
    ws.send("x".repeat(2 * 1024 * 1024));
    expect(await closed).toBe(1009);
    const again = await connect();
    expect(await roundTrip(again, JSON.stringify({ id: 1, call: "getStatus" }))).toMatchObject({ ok: true });
    await hangUp(again);
  });

  it("pushes events to connected pages", async () => {
    const ws = await connect();
    // The reply and the session-started event may arrive in either order; collect both.
    const messages: Record<string, unknown>[] = [];
    const both = new Promise<void>((resolve) => {
      ws.on("message", (data: Buffer) => {
        messages.push(JSON.parse(data.toString()) as Record<string, unknown>);
        if (messages.length === 2) resolve();
      });
    });
    ws.send(JSON.stringify({ id: 1, call: "startSession", request: {} }));
    await both;
    const reply = messages.find((m) => m.id === 1);
    const event = messages.find((m) => m.event === "session-started");
    expect(event).toMatchObject({
      payload: { sessionId: (reply?.result as { sessionId: string }).sessionId },
    });
    await hangUp(ws);
  });

  it("asks for a runtime that is not up yet when a page connects, and answers once it is", async () => {
    let boot: (r: typeof runtime) => void = () => undefined;
    const needed = vi.fn(() => boot(runtime));
    const rendererDir = join(tempDir(), "renderer");
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, "index.html"), "<!doctype html><title>kiosk</title>");
    const onDemand = await startWebShell(new Promise<typeof runtime>((resolve) => (boot = resolve)), {
      port: 0,
      rendererDir,
      logger: createLogger("silent"),
      onRuntimeNeeded: needed,
    });
    try {
      // A client-side route: the page, without the attract screen's wait for live data.
      const key = await claimDoor(onDemand.port, "/catalog");
      await expect(
        open(onDemand.port, { ...pageHeaders(onDemand.port, key), origin: "https://evil.example" }),
      ).rejects.toThrow(/refused 403/);
      expect(needed).not.toHaveBeenCalled();
      const ws = await open(onDemand.port, pageHeaders(onDemand.port, key));
      expect(needed).toHaveBeenCalled();
      expect(await roundTrip(ws, JSON.stringify({ id: 1, call: "getStatus" }))).toMatchObject({ ok: true });
      await hangUp(ws);
    } finally {
      await onDemand.close();
    }
  });

  it("refuses cross-origin and foreign-host upgrades", async () => {
    // Each with the door's secret, so that only the origin or host is wrong.
    const page = pageHeaders(shell.port, cookie);
    await expect(open(shell.port, { ...page, origin: "https://evil.example" })).rejects.toThrow(
      /refused 403/,
    );
    await expect(open(shell.port, { ...page, origin: `http://127.0.0.1:${shell.port + 1}` })).rejects.toThrow(
      /refused 403/,
    );
    await expect(open(shell.port, { ...page, host: "evil.example" })).rejects.toThrow(/refused 403/);
  });

  it("serves the renderer with a CSP and refuses path traversal and foreign hosts", async () => {
    // The kiosk's browser, holding the door's cookie.
    const browse = async (path: string, host = `127.0.0.1:${shell.port}`) => {
      const res = await get(shell.port, path, { host, ...(cookie === null ? {} : { cookie }) });
      return { ...res, csp: res.headers["content-security-policy"] };
    };
    const page = await browse("/");
    expect(page.status).toBe(200);
    expect(page.csp).toContain("script-src 'self'");
    expect((await browse("/catalog/social-insurance")).status).toBe(200);
    // Climbing out is either refused or clamped to the renderer folder: never the file outside.
    for (const path of [
      "/%2e%2e/%2e%2e/etc/passwd",
      "/..%2f..%2f..%2fetc%2fpasswd",
      "/assets/..%5c..%5cpackage.json",
    ]) {
      const res = await browse(path);
      expect(res.body).not.toContain("root:");
      expect(res.body).not.toContain("dependencies");
    }
    expect((await browse("/missing.js")).status).toBe(404);
    expect((await browse("/%E0%A4%A")).status).toBe(400);
    expect((await browse("/", "attacker.example:80")).status).toBe(421);
  });
});
