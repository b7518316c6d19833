import { IDEMPOTENCY_KEY_HEADER, ROUTES, SubmissionData, SubmissionReply } from "../../central/protocol";
import type { SubmissionDecision } from "../api";
import type { OutboxItem } from "../store/outbox-store";
import { reasonText } from "./central-client";
import { isoAt, type SyncContext } from "./context";
import { offlineNotAllowed, SyncError, submissionRefused } from "./errors";
import { settle } from "./settle";

/**
 * What `submit` tells the runtime: the decision in the shape the page receives it (central's
 * tracking number as the reference number, its reasons in the kiosk's bilingual shape), and the
 * outbox id. Status "accepted" and a local reference (`L-…`) while queued offline.
 */
export type SubmitResult = SubmissionDecision & { id: string };

/** A local reference for a submission queued offline; the central number replaces it later. */
export const localTrackingNo = (id: string): string =>
  `L-${id.replaceAll("-", "").slice(0, 10).toUpperCase()}`;

/** Options for `Submitter`. */
export interface SubmitterOptions {
  /** Whether a service may be queued when the network fails; default every service may. */
  allowsOffline?: (serviceId: string) => boolean;
  /** How long a direct submit waits for the service before queueing, in ms; default 8000. */
  submitTimeoutMs?: number;
}

/**
 * A resident's submission: committed (fsync'd) to the outbox first, then sent at once so an
 * instant decision (秒批) comes back in the same call.
 */
export class Submitter {
  constructor(
    private readonly ctx: SyncContext,
    private readonly options: SubmitterOptions = {},
  ) {}

  // `data` is parsed again although callers pass SubmissionData: this is the durable write, and
  // the crash and restart tests drive it with data from outside the type system.
  async submit(serviceId: string, data: unknown): Promise<SubmitResult> {
    const parsed = SubmissionData.safeParse(data);
    if (!parsed.success) {
      throw new SyncError(
        "invalid-submission",
        "申请内容不完整，请返回检查。",
        `Submission for "${serviceId}" does not match the contract: ${parsed.error.message}`,
      );
    }
    const now = this.ctx.clock.now();
    const item = this.ctx.outbox.enqueue(serviceId, parsed.data, {
      createdAt: isoAt(now),
      nextAttemptAt: now,
    });
    // From here the item is durable; the drain must not send it while we do.
    this.ctx.inflight.add(item.id);
    try {
      return await this.#sendNow(item, parsed.data);
    } finally {
      this.ctx.inflight.delete(item.id);
    }
  }

  async #sendNow(item: OutboxItem, data: SubmissionData): Promise<SubmitResult> {
    const client = this.ctx.client();
    if (client === undefined) return this.#queuedOrWithdrawn(item, true);
    const exchange = await client.exchange("POST", ROUTES.submissions, SubmissionReply, {
      body: { id: item.id, serviceId: item.serviceId, data, createdAt: item.createdAt },
      headers: { [IDEMPOTENCY_KEY_HEADER]: item.id },
      timeoutMs: this.options.submitTimeoutMs ?? 8000,
    });
    const verdict = settle(this.ctx, item, exchange);
    if (verdict === "ok" && exchange.kind === "ok") {
      const reply = exchange.body;
      return {
        id: item.id,
        status: reply.status,
        referenceNo: reply.trackingNo,
        reasons: (reply.reasons ?? []).map((r) => ({ code: r.code, ...reasonText(r) })),
        ...(reply.claimCode === undefined ? {} : { claimCode: reply.claimCode }),
        queued: false,
      };
    }
    if (exchange.kind === "reject") throw submissionRefused(exchange.reason);
    return this.#queuedOrWithdrawn(item, exchange.kind === "retry" && exchange.notSent);
  }

  // A service that may not wait offline is withdrawn only when the request certainly never left
  // the kiosk; if it might have arrived, it stays queued so the replay converges on one record.
  #queuedOrWithdrawn(item: OutboxItem, certainlyNotSent: boolean): SubmitResult {
    const allowed = this.options.allowsOffline?.(item.serviceId) ?? true;
    if (!allowed && certainlyNotSent && this.ctx.outbox.withdraw(item.id)) {
      throw offlineNotAllowed(item.serviceId);
    }
    return {
      id: item.id,
      status: "accepted",
      referenceNo: localTrackingNo(item.id),
      reasons: [],
      queued: true,
    };
  }
}
