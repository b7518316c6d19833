import Fastify from "fastify";
import { ROUTES } from "../protocol";
import type { Metrics } from "./registry";

export const METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

/**
 * `GET /metrics` alone, without credentials, on a port of its own (CENTRAL_METRICS_PORT): the
 * one a Prometheus scraper inside the operator's network reaches, while the public port asks for
 * the manager credential. Everything else on this port is 404.
 */
export async function startMetricsServer(
  metrics: Metrics,
  host: string,
  port: number,
): Promise<{ url: string; close(): Promise<void> }> {
  const app = Fastify({ logger: false });
  app.get(ROUTES.metrics, (_request, reply) => reply.type(METRICS_CONTENT_TYPE).send(metrics.expose()));
  const url = await app.listen({ host, port });
  return { url, close: () => app.close() };
}
