import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { Agent, request } from "node:http";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openCentralDb } from "../../central/db/connect";
import { createEnrollmentCode } from "../../central/domain/enrollment";
import { EnrollReply, MAX_BATCH_ITEMS } from "../../central/protocol";
import { startPostgres } from "../../test/support/postgres";
import { projectRoot } from "../project";
import type { Benchmark, Figure } from "./types";

/** Simulated fleet size: every kiosk enrolls first, then heartbeats. */
const KIOSKS = 1000;
/** Heartbeats per kiosk in the measured phase. */
const ROUNDS = 5;
/** Requests in flight at once (a fleet's heartbeats arrive spread out; this is a burst). */
const CONCURRENCY = 32;
/** Outbox drain as the kiosk does it: this many items in full batches, one batch at a time. */
const SUBMISSIONS = 10_000;
/** A fleet of 1,000 kiosks at the default 60 s interval needs about this many heartbeats/s. */
const FLEET_RATE = KIOSKS / 60;

const heartbeat = JSON.stringify({
  appVersion: "0.1.0",
  configVersion: 0,
  devices: { reader: { state: "ok" }, printer: { state: "ok", paper: "ok", coverOpen: false } },
  outboxDepth: 0,
  intervalSeconds: 60,
});

interface Load {
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function post(
  url: string,
  path: string,
  body: string,
  token?: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, url),
      {
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Runs `jobs` with CONCURRENCY in flight; returns throughput and latency percentiles. */
async function drive(jobs: (() => Promise<{ status: number }>)[]): Promise<Load> {
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      if (job === undefined) break;
      const start = performance.now();
      const { status } = await job();
      latencies.push(performance.now() - start);
      if (status !== 200) throw new Error(`unexpected status ${status}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
  return { perSecond: jobs.length / seconds, p50Ms: pct(0.5), p99Ms: pct(0.99) };
}

/** Spawns a node process and resolves with the URL it prints. */
function spawnServer(
  args: string[],
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) resolve({ url: match[1], child });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited (${code}): ${out.slice(-500)}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

// The peer: the same Fastify, one route that parses the same JSON and answers a small object.
const BARE_SERVER = `
import Fastify from "fastify";
const app = Fastify();
app.post("/bare", async (req) => ({ serverTime: new Date().toISOString(), n: Object.keys(req.body).length }));
const url = await app.listen({ host: "127.0.0.1", port: 0 });
process.stdout.write(url + "\\n");
process.on("SIGTERM", () => app.close().then(() => process.exit(0)));
`;

interface BareLoads {
  heartbeat: Load;
  /** Seconds to send the same batches as the submissions figure, one after another. */
  batchSeconds: number;
}

async function measureBare(): Promise<BareLoads> {
  const { url, child } = await spawnServer(["--input-type=module", "-e", BARE_SERVER], {});
  try {
    const job = () => post(url, "/bare", heartbeat);
    await drive(Array.from({ length: 500 }, () => job));
    const load = await drive(Array.from({ length: KIOSKS * ROUNDS }, () => job));
    const t0 = performance.now();
    for (let b = 0; b < SUBMISSIONS / MAX_BATCH_ITEMS; b++) await post(url, "/bare", batchBody());
    return { heartbeat: load, batchSeconds: (performance.now() - t0) / 1000 };
  } finally {
    await stop(child);
  }
}

function batchBody(): string {
  const items = Array.from({ length: MAX_BATCH_ITEMS }, () => ({
    id: randomUUID(),
    serviceId: "hotline-12345",
    createdAt: new Date().toISOString(),
    data: {
      answers: {
        requestType: "complaint",
        topic: "traffic",
        location: "鼓楼区测试路1号",
        description: "路灯不亮。".repeat(20),
        phone: "13800000000",
      },
    },
  }));
  return JSON.stringify({ items });
}

function benchDataKey(dataDir: string): string {
  const file = join(dataDir, "bench-data.key");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  return file;
}

/** Enrolls the fleet over HTTP, then measures ROUNDS heartbeats per kiosk. */
async function measureCentral(target: string, dataDir: string): Promise<Load & { batchSeconds: number }> {
  const db = await openCentralDb(target, { poolSize: 2 });
  const codes: string[] = [];
  try {
    for (let i = 0; i < KIOSKS; i++) codes.push((await createEnrollmentCode(db.db)).code);
  } finally {
    await db.close();
  }
  const { url, child } = await spawnServer(["--import", "tsx", "scripts/central.ts"], {
    CENTRAL_DB: target,
    CENTRAL_PORT: "0",
    CENTRAL_LOG_LEVEL: "warn",
    CENTRAL_DATA_DIR: dataDir,
    // The whole simulated fleet enrolls from this one address.
    CENTRAL_ENROLL_LIMIT: String(KIOSKS),
    // PostgreSQL refuses to start without a data key; one per run is enough for a benchmark.
    CENTRAL_DATA_KEY_FILE: benchDataKey(dataDir),
  });
  try {
    const tokens: string[] = [];
    await drive(
      codes.map((code, i) => async () => {
        const r = await post(url, "/v1/enroll", JSON.stringify({ code, name: `bench-${i}` }));
        tokens.push(EnrollReply.parse(JSON.parse(r.text)).token);
        return { status: r.status === 201 ? 200 : r.status };
      }),
    );
    await drive(tokens.slice(0, 500).map((t) => () => post(url, "/v1/heartbeat", heartbeat, t)));
    const jobs = Array.from({ length: ROUNDS }, () =>
      tokens.map((t) => () => post(url, "/v1/heartbeat", heartbeat, t)),
    ).flat();
    const load = await drive(jobs);
    const token = tokens[0] ?? "";
    const t0 = performance.now();
    for (let b = 0; b < SUBMISSIONS / MAX_BATCH_ITEMS; b++) {
      const r = await post(url, "/v1/submissions/batch", batchBody(), token);
      if (r.status !== 200) throw new Error(`batch answered ${r.status}`);
    }
    return { ...load, batchSeconds: (performance.now() - t0) / 1000 };
  } finally {
    await stop(child);
  }
}

function figures(db: string, ours: Load & { batchSeconds: number }, bareLoads: BareLoads): Figure[] {
  const bare = bareLoads.heartbeat;
  return [
    {
      name: `heartbeat throughput, ${KIOSKS} kiosks (${db})`,
      value: ours.perSecond,
      unit: "req/s",
      peer: { name: "bare Fastify route", value: bare.perSecond },
      goal: `≥ ${FLEET_RATE.toFixed(0)} req/s (${KIOSKS} kiosks @ 60 s)`,
      meetsGoal: ours.perSecond >= FLEET_RATE,
    },
    {
      name: `heartbeat p50 latency (${db})`,
      value: ours.p50Ms,
      unit: "ms",
      peer: { name: "bare Fastify route", value: bare.p50Ms },
    },
    {
      name: `heartbeat p99 latency (${db})`,
      value: ours.p99Ms,
      unit: "ms",
      peer: { name: "bare Fastify route", value: bare.p99Ms },
    },
    {
      name: `${SUBMISSIONS} submissions stored via the batch route (${db})`,
      value: ours.batchSeconds,
      unit: "s",
      peer: { name: "same batches to a bare Fastify route", value: bareLoads.batchSeconds },
      goal: "≤ 20 s (whole drain, issue 5)",
      meetsGoal: ours.batchSeconds <= 20,
    },
  ];
}

export const benchmarks: Benchmark[] = [
  {
    group: "central (SQLite)",
    async run() {
      const dir = mkdtempSync(join(tmpdir(), "central-bench-"));
      try {
        const ours = await measureCentral(join(dir, "central.db"), dir);
        return figures("SQLite", ours, await measureBare());
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  {
    group: "central (PostgreSQL)",
    async run() {
      const dir = mkdtempSync(join(tmpdir(), "central-bench-"));
      const pg = await startPostgres();
      try {
        const ours = await measureCentral(await pg.createDatabase("bench"), dir);
        return figures("PostgreSQL", ours, await measureBare());
      } finally {
        await pg.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
