import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project";
import { startPostgres, type TestPostgres } from "../support/postgres";
import { type BackendName, call, heartbeatBody, MANAGER_TOKEN, syntheticIdentity } from "./harness";

/**
 * Limits and revocation as deployed: two `npm run central` processes on one database (a SQLite
 * file, then PostgreSQL), and the fleet CLI as a third process. Nothing is shared in memory.
 */
const LIMITS = { CENTRAL_ENROLL_LIMIT: "4", CENTRAL_AUTH_FAILURE_LIMIT: "3", CENTRAL_QUERY_LIMIT: "3" };

function startCentral(env: Record<string, string>, children: ChildProcess[]): Promise<string> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/central.ts"], {
    cwd: projectRoot,
    env: { ...process.env, ...env, CENTRAL_PORT: "0", CENTRAL_LOG_LEVEL: "error" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (match?.[1]) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`central exited with ${code}: ${err.slice(-800)}`)));
  });
}

/** Runs `npm run --silent fleet -- …` as its own process; resolves with its exit code and output. */
function fleet(args: string[], db: string): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/fleet.ts", ...args], {
    cwd: projectRoot,
    env: { ...process.env, CENTRAL_DB: db },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr.on("data", (c: Buffer) => (err += c.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, out, err })));
}

async function stopAll(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) {
            resolve();
            return;
          }
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    ),
  );
}

for (const backend of ["sqlite", "postgres"] as BackendName[]) {
  describe(`two central processes on one ${backend} database`, () => {
    const children: ChildProcess[] = [];
    let pg: TestPostgres | undefined;
    let dir = "";
    let db = "";
    let urls: string[] = [];
    const kiosks: { kioskId: string; token: string }[] = [];
    const at = (i: number): string => urls[i % urls.length] ?? "";

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), `central-mp-access-${backend}-`));
      if (backend === "postgres") {
        pg = await startPostgres();
        db = await pg.createDatabase();
      } else {
        db = join(dir, "central.db");
      }
      // PostgreSQL refuses to start without a data key; every process shares the one file.
      const keyFile = join(dir, "data.key");
      writeFileSync(keyFile, randomBytes(32).toString("base64"), { mode: 0o600 });
      const env = {
        ...LIMITS,
        CENTRAL_DB: db,
        CENTRAL_DATA_DIR: dir,
        CENTRAL_DATA_KEY_FILE: keyFile,
        CENTRAL_MANAGER_TOKEN: MANAGER_TOKEN,
      };
      // One after the other: the migration race is another test's subject.
      urls = [await startCentral(env, children)];
      urls.push(await startCentral(env, children));
      // Two of the address's four enrollment attempts.
      for (const i of [0, 1]) {
        const code = await fleet(["enrollment-code"], db);
        const enrolled = await call(at(i), "POST", "/v1/enroll", {
          body: { code: code.out.trim(), name: `K${i}` },
        });
        kiosks.push(enrolled.json as { kioskId: string; token: string });
      }
    }, 180_000);

    afterAll(async () => {
      await stopAll(children);
      await pg?.stop();
      rmSync(dir, { recursive: true, force: true });
    }, 60_000);

    it("count enrollment attempts of one address together", async () => {
      const attempt = (i: number) =>
        call(at(i), "POST", "/v1/enroll", { body: { code: "AAAA-BBBB-CCCC", name: "x" } });
      expect([(await attempt(0)).status, (await attempt(1)).status]).toEqual([403, 403]);
      const over = await attempt(0);
      expect(over.status).toBe(429);
      expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await attempt(1)).status).toBe(429);
    });

    it("count failed authentications of one address together", async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await call(at(i), "POST", "/v1/heartbeat", { token: "guess", body: heartbeatBody() });
        statuses.push(r.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    });

    it("admit exactly N distinct residents of one kiosk, even sent to both at once", async () => {
      const token = kiosks[0]?.token ?? "";
      const replies = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          call(at(i), "POST", "/v1/queries/housing-fund-balance", {
            token,
            body: { identity: syntheticIdentity("1975-05-05", 200 + i), params: {} },
          }),
        ),
      );
      expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 200, ...Array<number>(7).fill(429)]);
    });

    it("revoke a kiosk from the fleet CLI: 401 on both processes within 2 s", async () => {
      const kiosk = kiosks[1] ?? { kioskId: "", token: "" };
      for (const url of urls) {
        const r = await call(url, "POST", "/v1/heartbeat", { token: kiosk.token, body: heartbeatBody() });
        expect(r.status).toBe(200);
      }
      const revoked = await fleet(["revoke", kiosk.kioskId], db);
      expect(revoked).toMatchObject({ code: 0, err: "" });
      expect(Number.isNaN(Date.parse(revoked.out.trim()))).toBe(false);
      await sleep(2_000);
      for (const url of urls) {
        const r = await call(url, "POST", "/v1/heartbeat", { token: kiosk.token, body: heartbeatBody() });
        expect(r.status).toBe(401);
      }
      const unknown = await fleet(["revoke", "no-such-kiosk"], db);
      expect(unknown.code).toBe(1);
      expect(unknown.err).toContain("no kiosk");
      // Two CLI processes start tsx from cold: slow on a loaded two-core machine.
    }, 120_000);
  });
}
