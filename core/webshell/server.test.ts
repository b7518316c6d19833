import { mkdirSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import { tempDir, testRuntime } from "../../test/support/runtime";
import { residentWords } from "../api";
import { createLogger } from "../log";
import { startWebShell, type WebShell } from "./server";

let shell: WebShell;
const runtime = testRuntime();

beforeAll(async () => {
  const rendererDir = join(tempDir(), "renderer");
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, "index.html"), "<!doctype html><title>kiosk</title>");
  shell = await startWebShell(runtime, { port: 0, rendererDir, logger: createLogger("silent") });
});
afterAll(() => shell.close());

/** Opens a client with the page's own origin unless told otherwise. */
function connect(
  headers: Record<string, string> = { origin: `http://127.0.0.1:${shell.port}` },
): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${shell.port}/kiosk`, { headers });
    ws.once("open", () => resolve(ws));
    ws.once("error", reject);
    ws.once("unexpected-response", (_req, res) => reject(new Error(`refused ${res.statusCode}`)));
  });
}

function next(ws: WebSocket): Promise<Record<string, unknown>> {
  return new Promise((resolve) =>
    ws.once("message", (data: Buffer) => resolve(JSON.parse(data.toString()) as Record<string, unknown>)),
  );
}

async function roundTrip(ws: WebSocket, frame: string): Promise<Record<string, unknown>> {
  const reply = next(ws);
  ws.send(frame);
  return reply;
}

describe("web shell", () => {
  it("answers a valid call", async () => {
    const ws = await connect();
    const reply = await roundTrip(ws, JSON.stringify({ id: 1, call: "getStatus", request: {} }));
    expect(reply).toMatchObject({
      id: 1,
      ok: true,
      result: { kioskId: "00000000-0000-4000-8000-000000000001", shell: "web" },
    });
    ws.close();
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
    ws.close();
  });

  it("closes a socket that sends an oversized frame, and keeps serving others", async () => {
    const ws = await connect();
    const closed = new Promise<number>((resolve) => ws.once("close", resolve));
    ws.send("x".repeat(2 * 1024 * 1024));
    expect(await closed).toBe(1009);
    const again = await connect();
    expect(await roundTrip(again, JSON.stringify({ id: 1, call: "getStatus" }))).toMatchObject({ ok: true });
    again.close();
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
    ws.close();
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
      const refused = new WebSocket(`ws://127.0.0.1:${onDemand.port}/kiosk`, {
        headers: { origin: "https://evil.example" },
      });
      await new Promise((resolve) => refused.once("error", resolve));
      expect(needed).not.toHaveBeenCalled();
      const ws = new WebSocket(`ws://127.0.0.1:${onDemand.port}/kiosk`);
      await new Promise((resolve) => ws.once("open", resolve));
      expect(needed).toHaveBeenCalled();
      expect(await roundTrip(ws, JSON.stringify({ id: 1, call: "getStatus" }))).toMatchObject({ ok: true });
      ws.close();
    } finally {
      await onDemand.close();
    }
  });

  it("refuses cross-origin and foreign-host upgrades", async () => {
    await expect(connect({ origin: "https://evil.example" })).rejects.toThrow(/refused 403/);
    await expect(connect({ origin: `http://127.0.0.1:${shell.port + 1}` })).rejects.toThrow(/refused 403/);
    await expect(connect({ host: "evil.example" })).rejects.toThrow(/refused 403/);
  });

  it("serves the renderer with a CSP and refuses path traversal and foreign hosts", async () => {
    const get = (path: string, host = `127.0.0.1:${shell.port}`) =>
      new Promise<{ status: number; csp: string | undefined; body: string }>((resolve, reject) => {
        const req = request({ host: "127.0.0.1", port: shell.port, path, headers: { host } }, (res) => {
          let body = "";
          res.on("data", (chunk: Buffer) => (body += chunk.toString()));
          res.on("end", () => {
            const csp = res.headers["content-security-policy"] as string | undefined;
            resolve({ status: res.statusCode ?? 0, csp, body });
          });
        });
        req.on("error", reject);
        req.end();
      });
    const page = await get("/");
    expect(page.status).toBe(200);
    expect(page.csp).toContain("script-src 'self'");
    expect((await get("/catalog/social-insurance")).status).toBe(200);
    // Climbing out is either refused or clamped to the renderer folder: never the file outside.
    for (const path of [
      "/%2e%2e/%2e%2e/etc/passwd",
      "/..%2f..%2f..%2fetc%2fpasswd",
      "/assets/..%5c..%5cpackage.json",
    ]) {
      const res = await get(path);
      expect(res.body).not.toContain("root:");
      expect(res.body).not.toContain("dependencies");
    }
    expect((await get("/missing.js")).status).toBe(404);
    expect((await get("/%E0%A4%A")).status).toBe(400);
    expect((await get("/", "attacker.example:80")).status).toBe(421);
  });
});
