/**
 * `npm run bench -- --only "fleet scale"`: 10,000 simulated kiosks on loopback against one central
 * on SQLite and two central processes on PostgreSQL, after 30 days of seeded history (issue 14,
 * part 7). Heartbeats run at 3× the real rate (every 20 s instead of 60 s, 500/s), with peak
 * submissions and a fleet manager's console reading the table and the charts all along; half-way
 * a new config version is published and the fleet's convergence timed. The floor is a bare
 * Fastify route (no auth, no database) driven by the same schedule in the same run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openCentralDb } from "../../central/db/connect";
import { startPostgres } from "../../test/support/postgres";
import { benchDataKey, cpuMs, drain, MANAGER, send, spawnNode, stop } from "./fleet-processes";
import { HISTORY_DAYS, HISTORY_TABLES, heartbeatOf, oldShapeBytesPerRow, seedFleet, tableBytes, tokenOf } from "./fleet-seed";
import type { Benchmark, Figure } from "./types";

const KIOSKS = 10_000;
/** The real interval is 60 s; compressed 3× so three intervals take one minute. */
const INTERVAL_MS = 20_000;
const COMPRESSION = 60_000 / INTERVAL_MS;
/** Peak submissions per second across the fleet (one per kiosk every ~5 min, compressed). */
const SUBMISSIONS_PER_S = 30;
const KIOSK_MONTHS = KIOSKS * (HISTORY_DAYS / 30);

interface Run {
  heartbeats: number[];
  errors: number;
  cpuMsPerHeartbeat: number;
  convergeMs: number | undefined;
  table: number[];
  charts: number[];
  submissions: number[];
}

const pct = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
};

/**
 * Drives the fleet at `urls` (kiosk i talks to urls[i % n]) for `intervals` heartbeat intervals
 * after one warm-up interval. With `manager`, publishes a config once measuring starts, reads the
 * console all along and sends submissions.
 */
async function simulate(
  urls: string[],
  pids: number[],
  options: { intervals: number; path: string; manager: boolean },
): Promise<Run> {
  const versions = new Array<number>(KIOSKS).fill(0);
  const run: Run = { heartbeats: [], errors: 0, cpuMsPerHeartbeat: 0, convergeMs: undefined, table: [], charts: [], submissions: [] };
  const url = (i: number) => urls[i % urls.length] ?? "";
  let measuring = false;
  let published: { version: number; at: number } | undefined;
  const converged = new Set<number>();
  let lastConverged = 0;
  const beat = async (i: number) => {
    const t0 = performance.now();
    const reported = versions[i] ?? 0;
    const body = JSON.stringify(heartbeatOf(i % 97 === 0 ? "near-end" : "ok", reported, i % 4));
    const r = await send(url(i), "POST", options.path, body, tokenOf(i));
    if (!measuring) return;
    run.heartbeats.push(performance.now() - t0);
    if (r.status !== 200) {
      run.errors += 1;
      return;
    }
    if (options.manager) {
      const desired = (JSON.parse(r.text) as { desiredConfigVersion: number }).desiredConfigVersion;
      // The kiosk fetches and applies the new config, and reports it with its next heartbeat.
      if (desired > reported) versions[i] = desired;
      if (published !== undefined && reported === published.version && !converged.has(i)) {
        converged.add(i);
        lastConverged = performance.now();
      }
    }
  };
  const inFlight = new Set<Promise<void>>();
  const track = (p: Promise<void>) => {
    const q = p.catch(() => void (run.errors += 1)).finally(() => inFlight.delete(q));
    inFlight.add(q);
  };
  if (options.manager) {
    // Version 1 is what every kiosk runs when the run starts.
    const first = await send(url(0), "POST", "/v1/fleet/config", JSON.stringify({ config: { heartbeatSeconds: 60 } }), MANAGER);
    versions.fill((JSON.parse(first.text) as { version: number }).version);
  }
  const start = performance.now();
  const total = (options.intervals + 1) * INTERVAL_MS;
  let sent = 0;
  let submitted = 0;
  let cpuStart = 0;
  let beatsAtStart = 0;
  let consoleBusy = false;
  let lastConsole = 0;
  for (;;) {
    const elapsed = performance.now() - start;
    if (elapsed >= total) break;
    if (!measuring && elapsed >= INTERVAL_MS) {
      measuring = true;
      cpuStart = cpuMs(pids);
      beatsAtStart = sent;
      if (options.manager) {
        const r = await send(url(1), "POST", "/v1/fleet/config", JSON.stringify({ config: { heartbeatSeconds: 61 } }), MANAGER);
        published = { version: (JSON.parse(r.text) as { version: number }).version, at: performance.now() };
      }
    }
    // Each kiosk's beat falls at its own phase of the interval: the load is even, as in a city.
    const due = Math.floor((elapsed / INTERVAL_MS) * KIOSKS);
    while (sent < due) track(beat(sent++ % KIOSKS));
    if (options.manager && measuring) {
      const dueSubmissions = Math.floor(((elapsed - INTERVAL_MS) / 1000) * SUBMISSIONS_PER_S);
      while (submitted < dueSubmissions) {
        const i = (submitted++ * 7) % KIOSKS;
        const t0 = performance.now();
        track(send(url(i), "POST", "/v1/submissions", submissionBody(), tokenOf(i)).then((r) => {
          run.submissions.push(performance.now() - t0);
          if (r.status !== 201 && r.status !== 200) run.errors += 1;
        }));
      }
      if (!consoleBusy && elapsed - lastConsole >= 1000) {
        consoleBusy = true;
        lastConsole = elapsed;
        track(readConsole(url(submitted), run).finally(() => (consoleBusy = false)));
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const beats = sent - beatsAtStart;
  await drain(inFlight);
  run.cpuMsPerHeartbeat = (cpuMs(pids) - cpuStart) / beats;
  if (published !== undefined && converged.size === KIOSKS) run.convergeMs = lastConverged - published.at;
  return run;
}

function submissionBody(): string {
  return JSON.stringify({
    id: crypto.randomUUID(),
    serviceId: "hotline-12345",
    createdAt: new Date().toISOString(),
    data: { answers: { requestType: "complaint", topic: "traffic", location: "鼓楼区测试路1号", description: "路灯不亮", phone: "13800000000" } },
  });
}

/** What a manager's console asks: the table (first, a filtered and a deep page, the counts) and the charts. */
async function readConsole(url: string, run: Run): Promise<void> {
  const timed = async (into: number[], path: string): Promise<string> => {
    const t0 = performance.now();
    const r = await send(url, "GET", path, undefined, MANAGER);
    into.push(performance.now() - t0);
    if (r.status !== 200) throw new Error(`${path} answered ${r.status}`);
    return r.text;
  };
  let next = (JSON.parse(await timed(run.table, "/v1/fleet/kiosks?limit=100")) as { next: string | null }).next;
  for (let page = 0; page < 3 && next !== null; page++) {
    next = (JSON.parse(await timed(run.table, `/v1/fleet/kiosks?limit=100&after=${next}`)) as { next: string | null }).next;
  }
  await timed(run.table, "/v1/fleet/kiosks?limit=100&district=gulou&status=attention");
  await timed(run.table, "/v1/fleet/kiosks?limit=100&status=offline&version=0.1.0");
  await timed(run.table, "/v1/fleet/summary");
  const month = new Date(Date.now() - HISTORY_DAYS * 86_400_000).toISOString();
  await timed(run.charts, `/v1/fleet/series?from=${month}&step=1h`);
  await timed(run.charts, `/v1/fleet/series?from=${month}&step=5m`);
  await timed(run.charts, "/v1/fleet/series");
}

// The floor: the same Fastify, one route that parses the same JSON and answers a small object.
const BARE_SERVER = `
import Fastify from "fastify";
const app = Fastify();
app.post("/bare", async (req) => ({ serverTime: new Date().toISOString(), desiredConfigVersion: 0, n: Object.keys(req.body).length }));
const url = await app.listen({ host: "127.0.0.1", port: 0 });
process.stdout.write(url + "\\n");
process.on("SIGTERM", () => app.close().then(() => process.exit(0)));
`;

async function floor(): Promise<Run> {
  const bare = await spawnNode(["--input-type=module", "-e", BARE_SERVER], {});
  try {
    return await simulate([bare.url], [bare.child.pid ?? 0], { intervals: 1, path: "/bare", manager: false });
  } finally {
    await stop(bare.child);
  }
}

async function fleetRun(target: string, processes: number, dir: string): Promise<{ run: Run; bytes: number; oldBytesPerRow?: number }> {
  const db = await openCentralDb(target, { poolSize: 2 });
  let bytes = 0;
  let oldBytesPerRow: number | undefined;
  try {
    await seedFleet(db, KIOSKS, new Date());
    for (const t of HISTORY_TABLES) bytes += await tableBytes(db, t);
    if (db.kind === "sqlite") oldBytesPerRow = await oldShapeBytesPerRow(db, 100_000);
  } finally {
    await db.close();
  }
  const centrals = [];
  try {
    for (let p = 0; p < processes; p++) {
      centrals.push(
        await spawnNode(["--import", "tsx", "scripts/central.ts"], {
          CENTRAL_DB: target,
          CENTRAL_PORT: "0",
          CENTRAL_LOG_LEVEL: "warn",
          CENTRAL_DATA_DIR: dir,
          CENTRAL_DATA_KEY_FILE: benchDataKey(dir),
          CENTRAL_MANAGER_TOKEN: MANAGER,
        }),
      );
    }
    const run = await simulate(
      centrals.map((c) => c.url),
      centrals.map((c) => c.child.pid ?? 0),
      { intervals: 3, path: "/v1/heartbeat", manager: true },
    );
    return { run, bytes, ...(oldBytesPerRow === undefined ? {} : { oldBytesPerRow }) };
  } finally {
    for (const c of centrals) await stop(c.child);
  }
}

function figures(label: string, ours: { run: Run; bytes: number; oldBytesPerRow?: number }, bare: Run): Figure[] {
  const { run } = ours;
  const p99 = pct(run.heartbeats, 0.99);
  const table = pct(run.table, 0.95);
  const charts = pct(run.charts, 0.95);
  const intervals = run.convergeMs === undefined ? Number.POSITIVE_INFINITY : run.convergeMs / INTERVAL_MS;
  const perKioskMonth = ours.bytes / KIOSK_MONTHS;
  const out: Figure[] = [
    {
      name: `heartbeat p99, ${KIOSKS} kiosks at ${COMPRESSION}× rate (${(KIOSKS / (INTERVAL_MS / 1000)).toFixed(0)}/s) (${label})`,
      value: p99,
      unit: "ms",
      peer: { name: "bare Fastify route, same schedule", value: pct(bare.heartbeats, 0.99) },
      goal: "< 50 ms",
      meetsGoal: p99 < 50,
    },
    { name: `heartbeat p50 (${label})`, value: pct(run.heartbeats, 0.5), unit: "ms", peer: { name: "bare route", value: pct(bare.heartbeats, 0.5) } },
    {
      name: `central CPU per heartbeat, incl. submissions and console (${label})`,
      value: run.cpuMsPerHeartbeat,
      unit: "ms",
      peer: { name: "bare route", value: bare.cpuMsPerHeartbeat },
    },
    {
      name: `fleet converged on a new config (${label})`,
      value: intervals,
      unit: "intervals",
      goal: "≤ 2 heartbeat intervals",
      meetsGoal: intervals <= 2,
    },
    { name: `fleet table pages + counts p95 (${label})`, value: table, unit: "ms", goal: "< 300 ms", meetsGoal: table < 300 },
    { name: `fleet charts (24 h, 30 d by hour and by 5 min) p95 (${label})`, value: charts, unit: "ms", goal: "< 300 ms", meetsGoal: charts < 300 },
    { name: `submission p99 at ${SUBMISSIONS_PER_S}/s during the load (${label})`, value: pct(run.submissions, 0.99), unit: "ms" },
    { name: `requests failed (${label})`, value: run.errors, unit: "", goal: "0", meetsGoal: run.errors === 0 },
  ];
  if (ours.oldBytesPerRow === undefined) {
    out.push({ name: `heartbeat history per kiosk-month (${label})`, value: perKioskMonth / 1024, unit: "KiB" });
  } else {
    out.push({
      name: `heartbeat history per kiosk-month (${label})`,
      value: perKioskMonth / 1024,
      unit: "KiB",
      peer: { name: "one row per heartbeat (before 0080), measured", value: (ours.oldBytesPerRow * 43_200) / 1024 },
    });
  }
  return out;
}

export const benchmarks: Benchmark[] = [
  {
    group: "fleet scale (SQLite, 1 process)",
    async run() {
      const dir = mkdtempSync(join(tmpdir(), "fleet-bench-"));
      try {
        const ours = await fleetRun(join(dir, "central.db"), 1, dir);
        return figures("SQLite", ours, await floor());
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  {
    group: "fleet scale (PostgreSQL, 2 processes)",
    async run() {
      const dir = mkdtempSync(join(tmpdir(), "fleet-bench-"));
      const pg = await startPostgres();
      try {
        const ours = await fleetRun(await pg.createDatabase("fleet"), 2, dir);
        return figures("PostgreSQL", ours, await floor());
      } finally {
        await pg.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
