import {
  type Reason,
  SubmissionData,
  type SubmissionReply,
  type SubmissionRequest,
} from "../../central/protocol";
import type { OutboxItem } from "../store/outbox-store";
import { backoffDelay } from "./backoff";
import type { Exchange } from "./central-client";
import { isoAt, type SyncContext } from "./context";

/**
 * The wire request for a queued item, unsealed just before sending; a payload that can no longer
 * be read (lost key, damaged row) is rejected locally so it never blocks the queue.
 */
export function requestFor(ctx: SyncContext, item: OutboxItem): SubmissionRequest | null {
  try {
    const data = SubmissionData.parse(ctx.outbox.data(item.id));
    return { id: item.id, serviceId: item.serviceId, data, createdAt: item.createdAt };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    reject(ctx, item, { code: "unreadable-payload", zh: "本机无法读取这条申请的数据", en: detail });
    return null;
  }
}

/** Applies one exchange's verdict to an item: acknowledge, reject, or schedule a retry. */
export function settle(
  ctx: SyncContext,
  item: OutboxItem,
  exchange: Exchange<SubmissionReply>,
): "ok" | "reject" | "retry" | "parked" {
  const now = ctx.clock.now();
  switch (exchange.kind) {
    case "ok":
      acknowledge(ctx, item, exchange.body);
      return "ok";
    case "not-modified":
      // The submissions route never answers 304; a middlebox did. Try again later.
      return retry(ctx, item, "HTTP 304 from an intermediary") ? "parked" : "retry";
    case "reject":
      ctx.link.reached(now);
      reject(ctx, item, exchange.reason, exchange.status);
      return "reject";
    case "retry":
      return retry(ctx, item, exchange.error, exchange.status) ? "parked" : "retry";
  }
}

export function acknowledge(ctx: SyncContext, item: OutboxItem, reply: SubmissionReply): void {
  const now = ctx.clock.now();
  ctx.link.reached(now);
  const changed = ctx.outbox.acknowledge(item.id, {
    status: reply.status,
    trackingNo: reply.trackingNo,
    at: isoAt(now),
  });
  if (changed) {
    ctx.events.emit("submission-settled", {
      id: item.id,
      serviceId: item.serviceId,
      status: reply.status,
      trackingNo: reply.trackingNo,
    });
  }
}

export function reject(ctx: SyncContext, item: OutboxItem, reason: Reason, status?: number): void {
  const at = isoAt(ctx.clock.now());
  const text = `${status === undefined ? "" : `${status} `}${reason.code}: ${reason.zh} / ${reason.en}`;
  if (ctx.outbox.reject(item.id, { reason: text, at })) {
    ctx.events.emit("submission-rejected", { id: item.id, serviceId: item.serviceId, reason: text, at });
  }
}

/**
 * Schedules another attempt with backoff. Returns true when the item has now failed for too long
 * and was parked as "needs attention", so it no longer holds the items behind it.
 */
export function retry(
  ctx: SyncContext,
  item: OutboxItem,
  error: string,
  status?: number | "network-error",
): boolean {
  const now = ctx.clock.now();
  // A 4xx that is retried (401, 408, 429) is still an answer from the service: it is reachable.
  ctx.link.failed(error, typeof status === "number" && status < 500, now);
  const current = ctx.outbox.get(item.id);
  const attempts = (current?.attempts ?? item.attempts) + 1;
  ctx.outbox.retryLater(item.id, {
    error,
    nextAttemptAt: now + backoffDelay(attempts, ctx.backoff),
    serverFailure: countsTowardParking(status),
    at: now,
  });
  return parkIfStuck(ctx, item.id, now);
}

/**
 * Only failures that point at this item count: the service (or a proxy in front of it) answered
 * without a verdict — 5xx, a reply we cannot read, a stray 304. A network outage, a revoked token
 * (401) or rate limiting (408, 429) say nothing about the item, and must never park residents'
 * submissions.
 */
function countsTowardParking(status: number | "network-error" | undefined): boolean {
  if (status === undefined) return true;
  if (status === "network-error") return false;
  return status !== 401 && status !== 408 && status !== 429;
}

function parkIfStuck(ctx: SyncContext, id: string, now: number): boolean {
  const item = ctx.outbox.get(id);
  if (item === undefined || item.state !== "queued" || item.serverFailures === 0) return false;
  const since = item.firstFailedAt ?? now;
  const limits = ctx.parkAfter();
  const tooMany = item.serverFailures >= limits.attempts;
  const tooLong = now - since >= limits.ms;
  if (!tooMany && !tooLong) return false;
  const why = tooMany
    ? `failed ${item.serverFailures} times`
    : `failing since ${isoAt(since)} (${item.serverFailures} times)`;
  const reason = `${why}; last error: ${item.lastError ?? "unknown"}`;
  if (!ctx.outbox.park(id, { reason, at: isoAt(now) })) return false;
  ctx.onParked?.(item, reason);
  return true;
}
