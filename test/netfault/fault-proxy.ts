import {
  createServer,
  type IncomingMessage,
  request as httpRequest,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";

/** What the proxy does to one request. */
export type Fault = "pass" | "delay" | "drop" | "error-500" | "reset-before" | "reset-after";

/** Options for `startFaultProxy`. */
export interface FaultProxyOptions {
  /** Where requests go when they pass; no default. */
  upstream: string;
  /** Seed of the fault dice, printed on failure to replay a run; default 1. */
  seed?: number;
  /** Chance of each fault per request; the rest pass; default 0.1 each. */
  odds?: Partial<Record<Exclude<Fault, "pass">, number>>;
  /** Longest added delay in ms for "delay"; default 300. */
  maxDelayMs?: number;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same fault sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An HTTP proxy that misbehaves on purpose: it drops requests (never answers), delays them,
 * answers 500 itself, resets the connection before forwarding, or — the nasty one — forwards the
 * request, lets the service commit it, and resets the connection instead of relaying the reply.
 */
export async function startFaultProxy(options: FaultProxyOptions) {
  const random = seededRandom(options.seed ?? 1);
  const odds = {
    drop: 0.1,
    delay: 0.1,
    "error-500": 0.1,
    "reset-before": 0.1,
    "reset-after": 0.1,
    ...options.odds,
  };
  const counts: Record<Fault, number> = {
    pass: 0,
    delay: 0,
    drop: 0,
    "error-500": 0,
    "reset-before": 0,
    "reset-after": 0,
  };
  let enabled = true;
  const upstream = new URL(options.upstream);
  const hanging = new Set<ServerResponse>();

  const pick = (): Fault => {
    if (!enabled) return "pass";
    let roll = random();
    for (const [fault, chance] of Object.entries(odds) as [Exclude<Fault, "pass">, number][]) {
      if (roll < chance) return fault;
      roll -= chance;
    }
    return "pass";
  };

  const forward = (
    req: IncomingMessage,
    body: Buffer,
    onReply: (status: number, headers: IncomingMessage["headers"], reply: Buffer) => void,
    onError: () => void,
  ) => {
    const out = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => onReply(res.statusCode ?? 502, res.headers, Buffer.concat(chunks)));
        res.on("error", onError);
      },
    );
    out.on("error", onError);
    out.end(body);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const fault = pick();
      counts[fault]++;
      const body = Buffer.concat(chunks);
      const relay = () =>
        forward(
          req,
          body,
          (status, headers, reply) => {
            res.writeHead(status, headers);
            res.end(reply);
          },
          () => req.socket.resetAndDestroy(),
        );
      switch (fault) {
        case "pass":
          relay();
          return;
        case "delay":
          setTimeout(relay, Math.floor(random() * (options.maxDelayMs ?? 300)));
          return;
        case "drop":
          hanging.add(res);
          res.on("close", () => hanging.delete(res));
          return;
        case "error-500":
          res.writeHead(500, { "content-type": "text/plain" });
          res.end("proxy says no");
          return;
        case "reset-before":
          req.socket.resetAndDestroy();
          return;
        case "reset-after":
          forward(
            req,
            body,
            () => req.socket.resetAndDestroy(),
            () => req.socket.resetAndDestroy(),
          );
          return;
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    /** Faults on (true) or every request passes (false). */
    setEnabled(on: boolean) {
      enabled = on;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
