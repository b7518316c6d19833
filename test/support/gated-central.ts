import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { projectRoot } from "../../scripts/project";

/**
 * How the gate in front of central behaves: pass everything; answer queries and tickets with
 * 429 + Retry-After as a central under its per-kiosk query limit does; or drop every connection
 * as a dead network would.
 */
export type GateMode = "pass" | "busy" | "down";

export interface GatedCentral {
  /** Where the kiosk points KIOSK_CENTRAL_URL: the gate, not central itself. */
  url: string;
  /** Central itself, past the gate: how a resident's phone reaches it while the kiosk's link is down. */
  centralUrl: string;
  /** A one-time enrollment code for the kiosk (KIOSK_ENROLLMENT_CODE). */
  enrollmentCode: string;
  setMode(mode: GateMode): void;
  close(): Promise<void>;
}

const tsx = join(projectRoot, "node_modules", ".bin", "tsx");

/**
 * The real central service (`npm run central`, its own process, SQLite, demo data) behind an HTTP
 * gate in this process that the test switches between passing, busy and down, so that a kiosk in
 * Chromium meets each on demand while everything else is the real thing.
 */
export async function startGatedCentral(): Promise<GatedCentral> {
  const dir = mkdtempSync(join(tmpdir(), "gated-central-"));
  const env = {
    ...process.env,
    CENTRAL_DB: join(dir, "central.db"),
    CENTRAL_PORT: "0",
    CENTRAL_LOG_LEVEL: "warn",
  };
  const child = spawn(tsx, ["scripts/central.ts"], {
    cwd: projectRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const centralUrl = await listeningUrl(child);
  const { stdout } = await promisify(execFile)(tsx, ["scripts/fleet.ts", "enrollment-code"], {
    cwd: projectRoot,
    env,
  });
  const enrollmentCode = stdout.trim();

  let mode: GateMode = "pass";
  const gate: Server = createServer((req, res) => {
    if (mode === "down") {
      req.socket.destroy();
      return;
    }
    const path = req.url ?? "/";
    if (mode === "busy" && (path.startsWith("/v1/queries/") || path === "/v1/tickets")) {
      res.writeHead(429, { "content-type": "application/json", "retry-after": "120" });
      res.end(
        JSON.stringify({ error: { code: "rate-limited", zh: "查询过于频繁", en: "too many queries" } }),
      );
      return;
    }
    const upstream = request(
      new URL(path, centralUrl),
      { method: req.method, headers: req.headers },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    upstream.on("error", () => req.socket.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => gate.listen(0, "127.0.0.1", resolve));
  const { port } = gate.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    centralUrl,
    enrollmentCode,
    setMode: (next) => {
      mode = next;
      // A dead network also cuts the connections already open (a held read, a keep-alive).
      if (next === "down") gate.closeAllConnections();
    },
    close: async () => {
      gate.closeAllConnections();
      await new Promise<void>((resolve) => gate.close(() => resolve()));
      if (child.exitCode === null) {
        const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function listeningUrl(child: ChildProcess): Promise<string> {
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`central did not start:\n${output}`)), 30_000);
    const seen = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", seen);
    child.stderr?.on("data", seen);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`central exited with ${String(code)}:\n${output}`));
    });
  });
}
