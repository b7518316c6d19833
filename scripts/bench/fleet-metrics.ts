/**
 * The centrals' own view of latency: `central_http_request_duration_seconds` read from /metrics
 * before and after the measured span. Beside the client's figures it tells whether time went in
 * the server (routing to the response) or before it (sockets, the event loop, the generator).
 */
import type { Agent } from "node:http";
import { MANAGER, send } from "./fleet-processes";

/** Cumulative bucket counts per "METHOD route", in LE order (the last is +Inf). */
export type RouteTimes = Map<string, number[]>;

const LINE =
  /^central_http_request_duration_seconds_bucket\{method="([A-Z]+)",route="([^"]*)",le="([^"]+)"\} (\d+)$/;

export const LE: number[] = [];

/** Sums the histograms of every central at `urls`. */
export async function scrapeLatency(urls: string[], agent: Agent): Promise<RouteTimes> {
  const times: RouteTimes = new Map();
  for (const url of urls) {
    const r = await send(url, "GET", "/metrics", undefined, MANAGER, agent);
    if (r.status !== 200) throw new Error(`/metrics answered ${r.status}`);
    const seen = new Map<string, number>();
    for (const line of r.text.split("\n")) {
      const m = LINE.exec(line);
      if (m === null) continue;
      const [, method, route, le, count] = m;
      const key = `${method} ${route}`;
      const k = seen.get(key) ?? 0;
      seen.set(key, k + 1);
      const le_ = le === "+Inf" ? Number.POSITIVE_INFINITY : Number(le);
      if (LE.length === k) LE.push(le_);
      const counts = times.get(key) ?? [];
      counts[k] = (counts[k] ?? 0) + Number(count);
      times.set(key, counts);
    }
  }
  return times;
}

/**
 * The bucket bound (ms) under which a share `q` of the route's requests finished: an upper bound
 * on the quantile, as exact as the histogram's buckets. NaN when the route had no requests.
 */
export function serverQuantileMs(times: RouteTimes, keys: string[], q: number): number {
  const sum: number[] = [];
  for (const key of keys) (times.get(key) ?? []).forEach((n, k) => (sum[k] = (sum[k] ?? 0) + n));
  const total = sum.at(-1) ?? 0;
  if (total === 0) return Number.NaN;
  const k = sum.findIndex((n) => n >= q * total);
  return (LE[k] ?? Number.POSITIVE_INFINITY) * 1000;
}
