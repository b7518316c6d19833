import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openCentralDb } from "../../central/db/connect";
import { SignedConfigBundle, SubmissionReply, TicketReply } from "../../central/protocol";
import { projectRoot } from "../../scripts/project";
import { startPostgres, type TestPostgres } from "../support/postgres";
import { call, hotlineSubmission, MANAGER_TOKEN, newbornSubmission, postSubmission } from "./harness";

/**
 * Scale-out as deployed: several `npm run central` processes on one PostgreSQL. Everything that
 * must be unique (tickets, submissions, grants, the signing key) is proved across processes.
 */
let pg: TestPostgres;
let dir = "";
let target = "";
const processes: ChildProcess[] = [];
const urls: string[] = [];

function startProcess(): Promise<string> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/central.ts"], {
    cwd: projectRoot,
    env: {
      ...process.env,
      CENTRAL_DB: target,
      CENTRAL_PORT: "0",
      CENTRAL_LOG_LEVEL: "warn",
      CENTRAL_MANAGER_TOKEN: MANAGER_TOKEN,
      CENTRAL_DATA_DIR: dir,
      CENTRAL_DATA_KEY_FILE: join(dir, "data.key"),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  processes.push(child);
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

beforeAll(async () => {
  pg = await startPostgres();
  target = await pg.createDatabase();
  dir = mkdtempSync(join(tmpdir(), "central-mp-"));
  writeFileSync(join(dir, "data.key"), randomBytes(32).toString("base64"), { mode: 0o600 });
  // Both start on an empty database at once: migrations and key creation race for real.
  urls.push(...(await Promise.all([startProcess(), startProcess()])));
}, 180_000);

afterAll(async () => {
  await Promise.all(
    processes.map(
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
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

async function enrollVia(url: string, name: string): Promise<{ kioskId: string; token: string }> {
  const code = await call(url, "POST", "/v1/fleet/enrollment-codes", {
    headers: { authorization: `Bearer ${MANAGER_TOKEN}` },
    body: {},
  });
  const enrolled = await call(url, "POST", "/v1/enroll", {
    body: { code: (code.json as { code: string }).code, name },
  });
  return enrolled.json as { kioskId: string; token: string };
}

describe("two central processes on one PostgreSQL", () => {
  const at = (i: number): string => urls[i % urls.length] ?? "";

  it("hand out unique, gap-free queue numbers", async () => {
    const kiosks = [await enrollVia(at(0), "P1"), await enrollVia(at(1), "P2")];
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        call(at(i), "POST", "/v1/tickets", {
          token: kiosks[i % 2]?.token ?? "",
          body: { centreId: "fz-citizen-centre", departmentId: "tax" },
        }),
      ),
    );
    const numbers = replies.map((r) => TicketReply.parse(r.json).ticketNo).sort();
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => `G${String(i + 1).padStart(3, "0")}`));
  });

  it("store concurrent duplicates sent to both processes exactly once", async () => {
    const { token, kioskId } = await enrollVia(at(0), "dup");
    const sub = hotlineSubmission();
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) => postSubmission(at(i), token, sub, sub.id)),
    );
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    expect(new Set(replies.map((r) => r.text)).size).toBe(1);
    const db = await openCentralDb(target, { poolSize: 1 });
    try {
      const rows = await db.db
        .selectFrom("submissions")
        .select("id")
        .where("kiosk_id", "=", kioskId)
        .execute();
      expect(rows).toHaveLength(1);
    } finally {
      await db.close();
    }
  });

  it("approve one child once even when two kiosks submit through different processes", async () => {
    const a = await enrollVia(at(0), "A");
    const b = await enrollVia(at(1), "B");
    const subA = newbornSubmission({ certificateNo: "Q350100001" });
    const subB = newbornSubmission({ certificateNo: "Q350100001" });
    const [ra, rb] = await Promise.all([
      postSubmission(at(0), a.token, subA, subA.id),
      postSubmission(at(1), b.token, subB, subB.id),
    ]);
    const statuses = [SubmissionReply.parse(ra.json).status, SubmissionReply.parse(rb.json).status].sort();
    expect(statuses).toEqual(["approved", "rejected"]);
  });

  it("sign config with the same key in every process", async () => {
    const kiosk = await enrollVia(at(0), "cfg");
    const published = await call(at(1), "POST", "/v1/fleet/config", {
      headers: { authorization: `Bearer ${MANAGER_TOKEN}` },
      body: { config: { heartbeatSeconds: 90 } },
    });
    expect(published.status).toBe(201);
    const bundles = await Promise.all(
      [0, 1].map(async (i) =>
        SignedConfigBundle.parse((await call(at(i), "GET", "/v1/config", { token: kiosk.token })).json),
      ),
    );
    expect(bundles[0]?.signatures[0]?.keyid).toBe(bundles[1]?.signatures[0]?.keyid);
    expect(bundles[0]?.signed.version).toBe((published.json as { version: number }).version);
  });
});
