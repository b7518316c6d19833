import { describe, expect, it } from "vitest";
import { Counter, createMetrics, Histogram } from "./registry";

describe("metrics registry", () => {
  it("counts per label set and escapes label values", () => {
    const c = new Counter("x_total", "help");
    c.inc({ route: "/a" });
    c.inc({ route: "/a" }, 2);
    c.inc({ route: 'q"\\' });
    expect(c.get({ route: "/a" })).toBe(3);
    expect(c.expose()).toContain('x_total{route="/a"} 3');
    expect(c.expose()).toContain('x_total{route="q\\"\\\\"} 1');
  });

  it("fills cumulative histogram buckets", () => {
    const h = new Histogram("h_seconds", "help", [0.1, 1]);
    h.observe({}, 0.05);
    h.observe({}, 0.5);
    h.observe({}, 5);
    const text = h.expose();
    expect(text).toContain('h_seconds_bucket{le="0.1"} 1');
    expect(text).toContain('h_seconds_bucket{le="1"} 2');
    expect(text).toContain('h_seconds_bucket{le="+Inf"} 3');
    expect(text).toContain("h_seconds_count 3");
  });

  it("exposes every metric with HELP and TYPE", () => {
    const text = createMetrics().expose();
    for (const name of [
      "central_http_requests_total",
      "central_heartbeats_total",
      "central_submissions_total",
    ]) {
      expect(text).toContain(`# TYPE ${name} counter`);
    }
    expect(text).toContain("# TYPE central_http_request_duration_seconds histogram");
  });
});
