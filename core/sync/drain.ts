import {
  BatchReply,
  canonicalJson,
  IDEMPOTENCY_KEY_HEADER,
  MAX_BATCH_BYTES,
  MAX_BATCH_ITEMS,
  ROUTES,
  SubmissionReply,
  type SubmissionRequest,
} from "../../central/protocol";
import type { OutboxItem } from "../store/outbox-store";
import type { CentralClient } from "./central-client";
import type { SyncContext } from "./context";
import { acknowledge, reject, requestFor, retry, settle } from "./settle";

/** What one drain did. */
export interface DrainReport {
  sent: number;
  rejected: number;
  /** Epoch ms when the head of the queue may next be tried; null when the queue is empty. */
  waitingUntil: number | null;
}

/** Options for `Drainer`. */
export interface DrainOptions {
  /** Largest batch upload; 1 sends one item per request; default 100 (the contract's maximum). */
  batchSize?: number;
}

// Leaves room for the batch envelope under the contract's body limit.
const batchByteBudget = MAX_BATCH_BYTES - 64 * 1024;

/**
 * Drains the outbox in order.
 *
 * The head item decides: when it is waiting for its backoff, the whole queue waits (the service is
 * the same for every item, so retrying item 2 while item 1 backs off would only hammer it). A
 * rejected item leaves the queue at once and never blocks the ones behind it. Long queues go up in
 * batches when the service has the batch route, else one request per item.
 */
export class Drainer {
  #batchUnsupported = false;
  readonly #batchSize: number;

  constructor(
    private readonly ctx: SyncContext,
    options: DrainOptions = {},
  ) {
    this.#batchSize = Math.max(1, Math.min(MAX_BATCH_ITEMS, options.batchSize ?? MAX_BATCH_ITEMS));
  }

  /** Sends until the queue is empty or the head must wait; `force` ignores the head's backoff once. */
  async drain(force = false): Promise<DrainReport> {
    const report: DrainReport = { sent: 0, rejected: 0, waitingUntil: null };
    const client = this.ctx.client();
    if (client === undefined) return { ...report, waitingUntil: this.#head()?.nextAttemptAt ?? null };
    let ignoreBackoff = force;
    for (;;) {
      const now = this.ctx.clock.now();
      const items = this.ctx.outbox
        .queued(this.#batchSize + this.ctx.inflight.size)
        .filter((item) => !this.ctx.inflight.has(item.id));
      const head = items[0];
      if (head === undefined) return report;
      if (!ignoreBackoff && head.nextAttemptAt > now) return { ...report, waitingUntil: head.nextAttemptAt };
      const due = ignoreBackoff ? items : items.filter((item) => item.nextAttemptAt <= now);
      const useBatch = !this.#batchUnsupported && this.#batchSize > 1 && due.length > 1;
      const outcome = useBatch
        ? await this.#sendBatch(client, due, report)
        : await this.#sendOne(client, head, report);
      if (outcome === "retry") return { ...report, waitingUntil: this.#head()?.nextAttemptAt ?? null };
      // The service answers again: items that backed off during the same outage go now too.
      ignoreBackoff = true;
    }
  }

  #head(): OutboxItem | undefined {
    return this.ctx.outbox.queued(1 + this.ctx.inflight.size).find((item) => !this.ctx.inflight.has(item.id));
  }

  async #sendOne(client: CentralClient, item: OutboxItem, report: DrainReport): Promise<"ok" | "retry"> {
    const request = requestFor(this.ctx, item);
    if (request === null) {
      report.rejected++;
      return "ok";
    }
    const exchange = await client.exchange("POST", ROUTES.submissions, SubmissionReply, {
      body: request,
      headers: { [IDEMPOTENCY_KEY_HEADER]: item.id },
    });
    const verdict = settle(this.ctx, item, exchange);
    if (verdict === "ok") report.sent++;
    if (verdict === "reject") report.rejected++;
    // A parked item no longer heads the queue: the ones behind it go on.
    return verdict === "retry" ? "retry" : "ok";
  }

  async #sendBatch(client: CentralClient, due: OutboxItem[], report: DrainReport): Promise<"ok" | "retry"> {
    const batch: { item: OutboxItem; request: SubmissionRequest }[] = [];
    let bytes = 0;
    for (const item of due.slice(0, this.#batchSize)) {
      const request = requestFor(this.ctx, item);
      if (request === null) {
        report.rejected++;
        continue;
      }
      const size = Buffer.byteLength(canonicalJson(request));
      if (batch.length > 0 && bytes + size > batchByteBudget) break;
      bytes += size;
      batch.push({ item, request });
    }
    const first = batch[0];
    if (first === undefined) return "ok";
    if (batch.length === 1) return this.#sendOne(client, first.item, report);

    const exchange = await client.exchange("POST", ROUTES.submissionsBatch, BatchReply, {
      body: { items: batch.map((b) => b.request) },
    });
    if (exchange.kind === "reject" && (exchange.status === 404 || exchange.status === 405)) {
      // An older central without the batch route: fall back to one request per item for good.
      this.#batchUnsupported = true;
      return this.#sendOne(client, first.item, report);
    }
    if (exchange.kind === "reject") return this.#sendOne(client, first.item, report);
    if (exchange.kind !== "ok") {
      const parked = retry(
        this.ctx,
        first.item,
        exchange.kind === "retry" ? exchange.error : "HTTP 304",
        exchange.kind === "retry" ? exchange.status : undefined,
      );
      return parked ? "ok" : "retry";
    }
    const reply = exchange.body;
    return this.ctx.events.afterCommit(() =>
      this.ctx.outbox.inTransaction(() => this.#applyBatch(batch, reply, report)),
    );
  }

  #applyBatch(batch: { item: OutboxItem }[], reply: BatchReply, report: DrainReport): "ok" | "retry" {
    const byId = new Map(reply.results.map((r) => [r.id, r]));
    let outcome: "ok" | "retry" = "ok";
    for (const { item } of batch) {
      const result = byId.get(item.id);
      const verdict =
        result === undefined ? "retry" : settleBatchItem(result.status, result.reply !== undefined);
      if (verdict === "ok" && result?.reply !== undefined) {
        acknowledge(this.ctx, item, result.reply);
        report.sent++;
      } else if (verdict === "reject" && result !== undefined) {
        reject(
          this.ctx,
          item,
          result.error ?? { code: `http-${result.status}`, zh: "被拒绝", en: `HTTP ${result.status}` },
          result.status,
        );
        report.rejected++;
      } else {
        const parked = retry(
          this.ctx,
          item,
          `batch item ${result === undefined ? "missing" : `HTTP ${result.status}`}`,
          result?.status ?? "network-error",
        );
        if (!parked) outcome = "retry";
      }
    }
    return outcome;
  }
}

function settleBatchItem(status: number, hasReply: boolean): "ok" | "reject" | "retry" {
  if (status >= 200 && status < 300) return hasReply ? "ok" : "retry";
  if (status === 401 || status === 408 || status === 429 || status >= 500) return "retry";
  return status >= 400 ? "reject" : "retry";
}
