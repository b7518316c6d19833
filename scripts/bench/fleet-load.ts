/**
 * The fleet bench's load: `kiosks` simulated kiosks beating on their own phase of the interval,
 * peak submissions, and one fleet manager reading the console, against one or more centrals.
 *
 * Why each kiosk keeps at most one heartbeat in flight: a real kiosk waits for its answer before
 * the next beat. An open loop that fires regardless piles up an unbounded queue in the client as
 * soon as the server is slower than the schedule once, and then measures that queue (minutes),
 * not the server. A beat that falls due while the kiosk's last one is unanswered is counted late
 * and sent when the answer comes.
 *
 * Why the console has an agent of its own: sharing the heartbeats' sockets, its requests waited
 * behind queued heartbeats in the client before reaching the server at all.
 *
 * With FLEET_BENCH_TRACE=FILE the measured heartbeats of a run against centrals are written there,
 * one line each (ms since measuring began, latency in ms, which central): where in time the tail
 * falls tells a periodic job from a burst of load. Its first line gives the start on the monotonic
 * clock, so the trace lines up with the CPU profiles of FLEET_BENCH_CPU_PROF.
 */
import { writeFileSync } from "node:fs";
import { Agent } from "node:http";
import { type RouteTimes, scrapeLatency } from "./fleet-metrics";
import { MANAGER, send } from "./fleet-processes";
import { HISTORY_DAYS, heartbeatOf, tokenOf } from "./fleet-seed";

export interface LoadOptions {
  kiosks: number;
  intervalMs: number;
  /** Measured intervals after one warm-up interval. */
  intervals: number;
  path: string;
  /** Publish a config, read the console and send submissions (off for the bare floor). */
  manager: boolean;
  submissionsPerS: number;
}

export interface Run {
  heartbeats: number[];
  /**
   * The measured heartbeats sent after the whole fleet had reported the config published when
   * measuring began: the steady load. Those before it carry the convergence's extra load (every
   * kiosk pulls the new config and reports it a second later), which `heartbeats` includes.
   */
  heartbeatsSteady: number[];
  /** Failed requests by "status 503", "ECONNRESET", … */
  failures: Map<string, number>;
  /** Beats that fell due while the kiosk's previous one was still unanswered. */
  late: number;
  /** Heartbeats answered within the measured span (the CPU figure's denominator). */
  beats: number;
  cpuMs: number;
  /** The load generator's own CPU over the measured span, ms. */
  clientCpuMs: number;
  measuredMs: number;
  convergeMs: number | undefined;
  table: number[];
  charts: number[];
  submissions: number[];
  /** Server-side latency per route from the centrals' /metrics over the measured span. */
  server: RouteTimes;
}

const consoleAgent = new Agent({ keepAlive: true, maxSockets: 4 });

/** core/sync's delay before a kiosk reports a config it applied (real time, not compressed). */
const REPORT_DELAY_MS = 1_000;

export async function driveFleet(urls: string[], cpuMs: () => number, o: LoadOptions): Promise<Run> {
  const versions = new Array<number>(o.kiosks).fill(0);
  const busy = new Uint8Array(o.kiosks);
  const owed = new Uint8Array(o.kiosks);
  const run: Run = {
    heartbeats: [],
    heartbeatsSteady: [],
    failures: new Map(),
    late: 0,
    beats: 0,
    cpuMs: 0,
    clientCpuMs: 0,
    measuredMs: 0,
    convergeMs: undefined,
    table: [],
    charts: [],
    submissions: [],
    server: new Map(),
  };
  const fail = (why: string): void => void run.failures.set(why, (run.failures.get(why) ?? 0) + 1);
  const url = (i: number) => urls[i % urls.length] ?? "";
  let measuring = false;
  let spanOver = false;
  let published: { version: number; at: number } | undefined;
  const converged = new Set<number>();
  const traceFile = process.env.FLEET_BENCH_TRACE;
  const trace: string[] | undefined = traceFile && o.manager ? [] : undefined;
  let lastConverged = 0;
  const inFlight = new Set<Promise<void>>();
  const track = (p: Promise<void>) => {
    const q = p
      .catch((error: unknown) => {
        if (measuring)
          fail(
            error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error),
          );
      })
      .finally(() => inFlight.delete(q));
    inFlight.add(q);
  };
  const beat = async (i: number): Promise<void> => {
    busy[i] = 1;
    try {
      const t0 = performance.now();
      const reported = versions[i] ?? 0;
      const body = JSON.stringify(heartbeatOf(i % 97 === 0 ? "near-end" : "ok", reported, i % 4));
      const r = await send(url(i), "POST", o.path, body, tokenOf(i));
      if (!measuring) return;
      if (!spanOver) run.beats += 1;
      run.heartbeats.push(performance.now() - t0);
      if (!o.manager || (published !== undefined && converged.size === o.kiosks && t0 > lastConverged)) {
        run.heartbeatsSteady.push(performance.now() - t0);
      }
      trace?.push(
        `${(t0 - measureStart).toFixed(1)} ${(performance.now() - t0).toFixed(2)} ${i % urls.length}`,
      );
      if (r.status !== 200) {
        fail(`status ${r.status}`);
        return;
      }
      if (!o.manager) return;
      const desired = (JSON.parse(r.text) as { desiredConfigVersion: number }).desiredConfigVersion;
      // As core/sync does: the kiosk pulls the new bundle, applies it, and reports that with a
      // heartbeat a second later (SyncEngine.reportSoon), not one interval later.
      if (desired > reported) {
        const pulled = await send(url(i), "GET", "/v1/config", undefined, tokenOf(i));
        if (pulled.status !== 200) {
          fail(`config status ${pulled.status}`);
        } else {
          versions[i] = desired;
          track(new Promise((resolve) => setTimeout(resolve, REPORT_DELAY_MS)).then(() => due(i)));
        }
      }
      if (published !== undefined && reported === published.version && !converged.has(i)) {
        converged.add(i);
        lastConverged = performance.now();
      }
    } finally {
      busy[i] = 0;
      if (owed[i] === 1) {
        owed[i] = 0;
        track(beat(i));
      }
    }
  };
  const due = (i: number) => {
    if (busy[i] === 1) {
      if (measuring) run.late += 1;
      owed[i] = 1;
    } else track(beat(i));
  };

  if (o.manager) {
    // Version 1 is what every kiosk runs when the run starts.
    const first = await send(
      url(0),
      "POST",
      "/v1/fleet/config",
      JSON.stringify({ config: { heartbeatSeconds: 60 } }),
      MANAGER,
      consoleAgent,
    );
    versions.fill((JSON.parse(first.text) as { version: number }).version);
  }
  const start = performance.now();
  const total = (o.intervals + 1) * o.intervalMs;
  let sent = 0;
  let submitted = 0;
  let cpuStart = 0;
  let clientStart = process.cpuUsage();
  let serverStart: RouteTimes = new Map();
  let measureStart = 0;
  let consoleBusy = false;
  let lastConsole = 0;
  for (;;) {
    const elapsed = performance.now() - start;
    if (elapsed >= total) break;
    if (!measuring && elapsed >= o.intervalMs) {
      serverStart = await scrapeLatency(urls, consoleAgent);
      measuring = true;
      measureStart = performance.now();
      // The monotonic clock V8's CPU profiles count in (µs), to line the trace up with them.
      trace?.push(`# measuring began at ${String(process.hrtime.bigint() / 1000n)} µs`);
      cpuStart = cpuMs();
      clientStart = process.cpuUsage();
      if (o.manager) {
        const r = await send(
          url(1),
          "POST",
          "/v1/fleet/config",
          JSON.stringify({ config: { heartbeatSeconds: 61 } }),
          MANAGER,
          consoleAgent,
        );
        published = { version: (JSON.parse(r.text) as { version: number }).version, at: performance.now() };
      }
    }
    // Each kiosk's beat falls at its own phase of the interval: the load is even, as in a city.
    const dueBeats = Math.floor((elapsed / o.intervalMs) * o.kiosks);
    while (sent < dueBeats) due(sent++ % o.kiosks);
    // Submissions and the console run through the warm-up too, so that measuring begins on a
    // central that has served them already: only the publish is new when it starts.
    if (o.manager) {
      const dueSubmissions = Math.floor((elapsed / 1000) * o.submissionsPerS);
      while (submitted < dueSubmissions) {
        const i = (submitted++ * 7) % o.kiosks;
        const t0 = performance.now();
        const counted = measuring;
        const id = crypto.randomUUID();
        // A kiosk names each submission by its id in Idempotency-Key; without it the service says 400.
        track(
          send(url(i), "POST", "/v1/submissions", submissionBody(id), tokenOf(i), undefined, {
            "idempotency-key": id,
          }).then((r) => {
            if (!counted) return;
            run.submissions.push(performance.now() - t0);
            if (r.status !== 201 && r.status !== 200) fail(`submission status ${r.status}`);
          }),
        );
      }
      if (!consoleBusy && elapsed - lastConsole >= 1000) {
        consoleBusy = true;
        lastConsole = elapsed;
        const into = measuring ? run : { table: [], charts: [] };
        track(readConsole(url(submitted), into).finally(() => (consoleBusy = false)));
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  // The span ends with the schedule; answers still owed then count toward latency, not CPU.
  spanOver = true;
  run.measuredMs = performance.now() - measureStart;
  run.cpuMs = cpuMs() - cpuStart;
  const client = process.cpuUsage(clientStart);
  run.clientCpuMs = (client.user + client.system) / 1000;
  while (inFlight.size > 0) await Promise.all([...inFlight]);
  const serverEnd = await scrapeLatency(urls, consoleAgent);
  run.server = new Map(
    [...serverEnd].map(([route, end]) => {
      const before = serverStart.get(route);
      return [route, end.map((n, k) => n - (before?.[k] ?? 0))];
    }),
  );
  if (trace !== undefined && traceFile) writeFileSync(traceFile, `${trace.join("\n")}\n`);
  if (published !== undefined && converged.size === o.kiosks) run.convergeMs = lastConverged - published.at;
  return run;
}

function submissionBody(id: string): string {
  return JSON.stringify({
    id,
    serviceId: "hotline-12345",
    createdAt: new Date().toISOString(),
    data: {
      answers: {
        requestType: "complaint",
        topic: "traffic",
        location: "鼓楼区测试路1号",
        description: "路灯不亮",
        phone: "13800000000",
      },
    },
  });
}

/** What a manager's console asks: the table (first, deep and filtered pages, the counts) and the charts. */
async function readConsole(url: string, run: Pick<Run, "table" | "charts">): Promise<void> {
  const timed = async (into: number[], path: string): Promise<string> => {
    const t0 = performance.now();
    const r = await send(url, "GET", path, undefined, MANAGER, consoleAgent);
    into.push(performance.now() - t0);
    if (r.status !== 200) throw new Error(`${path} answered ${r.status}`);
    return r.text;
  };
  let next = (JSON.parse(await timed(run.table, "/v1/fleet/kiosks?limit=100")) as { next: string | null })
    .next;
  for (let page = 0; page < 3 && next !== null; page++) {
    next = (
      JSON.parse(await timed(run.table, `/v1/fleet/kiosks?limit=100&after=${next}`)) as {
        next: string | null;
      }
    ).next;
  }
  await timed(run.table, "/v1/fleet/kiosks?limit=100&district=gulou&status=attention");
  await timed(run.table, "/v1/fleet/kiosks?limit=100&status=offline&version=0.1.0");
  await timed(run.table, "/v1/fleet/summary");
  // The console's three ranges (day by 5 min, week by hour, month by day), and a month by hour.
  const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  await timed(run.charts, "/v1/fleet/series");
  await timed(run.charts, `/v1/fleet/series?from=${ago(7)}&step=1h`);
  await timed(run.charts, `/v1/fleet/series?from=${ago(HISTORY_DAYS)}&step=1d`);
  await timed(run.charts, `/v1/fleet/series?from=${ago(HISTORY_DAYS)}&step=1h`);
}
