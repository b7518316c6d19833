import type { Kysely } from "kysely";
import type { Logger } from "pino";
import { type AlertThresholds, DEFAULT_THRESHOLDS } from "../alerts/conditions";
import { sweepAlerts } from "../alerts/sweep";
import { type AlertWebhook, deliverAlerts } from "../alerts/webhook";
import { claimJobPass } from "../db/queries/job-claims";
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
 * A process skips its pass when another claimed one within this share of the interval: timers
 * of different processes fire at their own phases, and a little slack keeps a process whose
 * timer runs late from skipping its own turn.
 */
const CLAIM_SHARE = 0.8;

/**
 * The background pass of the central service: moves rollouts on (or pauses them), opens and
 * resolves alerts, and delivers them to the duty system. A pass never overlaps the previous one,
 * and of several processes on one database one runs each timed pass (`runNow` always runs).
 *
 * Why one: a pass reads every kiosk's latest state, about 90 ms of a process's CPU and as much of
 * the database's at 10,000 kiosks; with two processes the fleet was swept twice per interval,
 * and the heartbeats behind each sweep made the latency tail.
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
  const everyMs = (opts.everySeconds ?? 15) * 1000;
  // Every process keeps the timer, so the passes go on when one process stops; the first to claim
  // a pass runs it. Wall time, not `opts.now`: this is about when the processes ran, not the
  // fleet's clock (which tests may hold still).
  let stopped = false;
  const claimed = (): Promise<boolean> => {
    const at = Date.now();
    return claimJobPass(
      opts.db,
      "fleet-jobs",
      new Date(at).toISOString(),
      new Date(at - everyMs * CLAIM_SHARE).toISOString(),
    );
  };
  const timer = setInterval(() => {
    claimed()
      .then((mine) => (mine && !stopped ? runNow() : undefined))
      .catch((error: unknown) => opts.log.error({ err: error }, "fleet job pass failed"));
  }, everyMs);
  timer.unref();
  return {
    runNow,
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
    idle: async () => {
      await running?.catch(() => undefined);
    },
  };
}
