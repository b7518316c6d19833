import type { Kysely } from "kysely";
import type { Logger } from "pino";
import { type AlertThresholds, DEFAULT_THRESHOLDS } from "../alerts/conditions";
import { sweepAlerts } from "../alerts/sweep";
import { type AlertWebhook, deliverAlerts } from "../alerts/webhook";
import type { CentralSchema } from "../db/schema";
import { evaluateRollouts } from "../rollouts/rollout-service";

export interface FleetJobOptions {
  db: Kysely<CentralSchema>;
  now: () => Date;
  log: Logger;
  /** seconds between passes; default 15 */
  everySeconds?: number;
  thresholds?: Partial<AlertThresholds>;
  webhook?: AlertWebhook | undefined;
  /** called when a rollout moved (the desired-version cache must forget) */
  onRolloutMoved?: () => void;
}

export interface FleetJobs {
  /** One pass now: rollouts, alert sweep, webhook deliveries. */
  runNow(): Promise<{ rolloutMoves: number; raised: number; resolved: number; sent: number; failed: number }>;
  stop(): void;
  /** Resolves once no pass is under way (close waits for it before the database goes). */
  idle(): Promise<void>;
}

/**
 * The background pass every central process runs: moves rollouts on (or pauses them), opens and
 * resolves alerts, and delivers them to the duty system. A pass never overlaps the previous one.
 */
export function startFleetJobs(opts: FleetJobOptions): FleetJobs {
  const thresholds = { ...DEFAULT_THRESHOLDS, ...opts.thresholds };
  let running: Promise<Awaited<ReturnType<FleetJobs["runNow"]>>> | undefined;
  const pass = async () => {
    const moves = await evaluateRollouts(opts.db, opts.now());
    if (moves.length > 0) opts.onRolloutMoved?.();
    const swept = await sweepAlerts(opts.db, opts.now(), thresholds);
    const delivered =
      opts.webhook === undefined
        ? { sent: 0, failed: 0 }
        : await deliverAlerts(opts.db, opts.webhook, opts.now, opts.log, swept.resolved);
    return {
      rolloutMoves: moves.length,
      raised: swept.raised.length,
      resolved: swept.resolved.length,
      ...delivered,
    };
  };
  const runNow = () => {
    running ??= pass().finally(() => {
      running = undefined;
    });
    return running;
  };
  const timer = setInterval(
    () => {
      runNow().catch((error: unknown) => opts.log.error({ err: error }, "fleet job pass failed"));
    },
    (opts.everySeconds ?? 15) * 1000,
  );
  timer.unref();
  return {
    runNow,
    stop: () => clearInterval(timer),
    idle: async () => {
      await running?.catch(() => undefined);
    },
  };
}
