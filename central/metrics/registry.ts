/**
 * A small Prometheus registry with hand-written text exposition (format 0.0.4): counters and
 * histograms with labels are all the central service needs, and no extra dependency.
 */
type Labels = Readonly<Record<string, string>>;

const escapeLabel = (v: string): string =>
  v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
const labelText = (labels: Labels, extra?: [string, string]): string => {
  const pairs = Object.entries(labels);
  if (extra) pairs.push(extra);
  return pairs.length === 0 ? "" : `{${pairs.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(",")}}`;
};
const keyOf = (labels: Labels): string => JSON.stringify(Object.entries(labels).sort());

export class Counter {
  readonly #values = new Map<string, { labels: Labels; value: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  inc(labels: Labels = {}, by = 1): void {
    const key = keyOf(labels);
    const entry = this.#values.get(key);
    if (entry) entry.value += by;
    else this.#values.set(key, { labels, value: by });
  }

  get(labels: Labels = {}): number {
    return this.#values.get(keyOf(labels))?.value ?? 0;
  }

  expose(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const { labels, value } of this.#values.values())
      lines.push(`${this.name}${labelText(labels)} ${value}`);
    return lines.join("\n");
  }
}

export class Histogram {
  readonly #series = new Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly buckets: readonly number[],
  ) {}

  observe(labels: Labels, value: number): void {
    const key = keyOf(labels);
    let s = this.#series.get(key);
    if (!s) {
      s = { labels, counts: this.buckets.map(() => 0), sum: 0, count: 0 };
      this.#series.set(key, s);
    }
    for (let i = 0; i < this.buckets.length; i++) {
      if (value <= (this.buckets[i] ?? Number.POSITIVE_INFINITY)) s.counts[i] = (s.counts[i] ?? 0) + 1;
    }
    s.sum += value;
    s.count += 1;
  }

  expose(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const s of this.#series.values()) {
      this.buckets.forEach((b, i) => {
        lines.push(`${this.name}_bucket${labelText(s.labels, ["le", String(b)])} ${s.counts[i] ?? 0}`);
      });
      lines.push(`${this.name}_bucket${labelText(s.labels, ["le", "+Inf"])} ${s.count}`);
      lines.push(`${this.name}_sum${labelText(s.labels)} ${s.sum}`);
      lines.push(`${this.name}_count${labelText(s.labels)} ${s.count}`);
    }
    return lines.join("\n");
  }
}

/** Every metric of one central process. */
export function createMetrics() {
  const metrics = {
    requests: new Counter("central_http_requests_total", "HTTP requests by method, route and status."),
    latency: new Histogram(
      "central_http_request_duration_seconds",
      "HTTP request latency by method and route.",
      // 0.05 and 0.3 are the fleet's goals (heartbeat p99, console p95), so a bench can tell.
      [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2.5, 5, 10],
    ),
    submissions: new Counter(
      "central_submissions_total",
      "Submissions by result (created, replayed, conflict).",
    ),
    decisions: new Counter("central_decisions_total", "秒批 decisions by outcome."),
    heartbeats: new Counter("central_heartbeats_total", "Heartbeats received."),
    tickets: new Counter("central_tickets_total", "Queue tickets issued."),
    enrollments: new Counter("central_enrollments_total", "Kiosks enrolled."),
  };
  return {
    ...metrics,
    expose: (): string =>
      `${Object.values(metrics)
        .map((m) => m.expose())
        .join("\n")}\n`,
  };
}
export type Metrics = ReturnType<typeof createMetrics>;
