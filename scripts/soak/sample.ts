import type { ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import type { CDPSession } from "playwright-core";
import * as z from "zod";

/** One point of the curve: the kiosk process and the page after `session` sessions. */
export interface Sample {
  session: number;
  kiosk: {
    rssMb: number;
    heapUsedMb: number;
    externalMb: number;
    /** Active libuv handles and requests (process.getActiveResourcesInfo), by kind. */
    handles: number;
    handleKinds: Record<string, number>;
    /** Entries of /proc/PID/fd: sockets, files, pipes, the SQLite database and its WAL. */
    fds: number;
  };
  page: { jsHeapUsedMb: number; domNodes: number; jsEventListeners: number };
}

const ProbeReply = z.object({
  kind: z.literal("soak-sample"),
  rss: z.number(),
  heapUsed: z.number(),
  external: z.number(),
  handles: z.record(z.string(), z.number()),
});

const mb = (bytes: number): number => Math.round((bytes / 1_048_576) * 10) / 10;

/** Asks the kiosk's probe (scripts/soak/probe.mjs) for its figures, after a garbage collection. */
function askProbe(child: ChildProcess): Promise<z.infer<typeof ProbeReply>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off("message", onMessage);
      reject(new Error("the kiosk's probe did not answer"));
    }, 10_000);
    const onMessage = (message: unknown): void => {
      const parsed = ProbeReply.safeParse(message);
      if (!parsed.success) return;
      clearTimeout(timer);
      child.off("message", onMessage);
      resolve(parsed.data);
    };
    child.on("message", onMessage);
    child.send("soak-sample");
  });
}

/** VmRSS from /proc, the kernel's figure (the probe's own rss agrees; this one needs no IPC). */
function procRss(pid: number): number {
  const line = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(line?.[1] ?? 0) * 1024;
}

const Metrics = z.object({ metrics: z.array(z.object({ name: z.string(), value: z.number() })) });
const HeapUsage = z.object({ usedSize: z.number() });

/** Samples the kiosk process (via its probe and /proc) and the page (via the DevTools protocol). */
export async function takeSample(session: number, child: ChildProcess, cdp: CDPSession): Promise<Sample> {
  const pid = child.pid;
  if (pid === undefined) throw new Error("the kiosk has no process id");
  const probe = await askProbe(child);
  const fds = readdirSync(`/proc/${pid}/fd`).length;
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = HeapUsage.parse(await cdp.send("Runtime.getHeapUsage"));
  const { metrics } = Metrics.parse(await cdp.send("Performance.getMetrics"));
  const metric = (name: string): number => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    session,
    kiosk: {
      rssMb: mb(procRss(pid)),
      heapUsedMb: mb(probe.heapUsed),
      externalMb: mb(probe.external),
      handles: Object.values(probe.handles).reduce((a, b) => a + b, 0),
      handleKinds: probe.handles,
      fds,
    },
    page: {
      jsHeapUsedMb: mb(heap.usedSize),
      domNodes: metric("Nodes"),
      jsEventListeners: metric("JSEventListeners"),
    },
  };
}
