import { createHmac } from "node:crypto";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import {
  claimDelivery,
  dueDeliveries,
  enqueueDelivery,
  finishDelivery,
  undeliveredAlerts,
} from "../db/queries/alert-state";
import type { CentralSchema } from "../db/schema";

/** Where alerts go (the city's duty system) and the secret their bodies are signed with. */
export interface AlertWebhook {
  url: string;
  secret: string;
}

export const SIGNATURE_HEADER = "X-Efuzhou-Signature";
export const TIMESTAMP_HEADER = "X-Efuzhou-Timestamp";
/** Tries per delivery before it is left undelivered (its last error stays on the row). */
export const MAX_ATTEMPTS = 10;

/**
 * `sha256=` + hex HMAC-SHA-256 under the secret of `<timestamp>.<body>`: the receiver recomputes
 * it over the bytes it got, and refuses an old timestamp, so a captured call cannot be replayed
 * later or altered.
 */
export const signBody = (secret: string, timestamp: string, body: string): string =>
  `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex")}`;

/** 10 s, 20 s, 40 s … at most an hour between tries. */
export const backoffMs = (attempts: number): number =>
  Math.min(3_600_000, 10_000 * 2 ** Math.max(0, attempts - 1));

/**
 * Sends the due deliveries: new alerts of the last day get a "raised" delivery, resolved ones were
 * queued by the sweep. Each try is claimed first, so two processes never send the same one at
 * once; a failed try (network, timeout, non-2xx) is retried with backoff.
 */
export async function deliverAlerts(
  db: Kysely<CentralSchema>,
  webhook: AlertWebhook,
  now: () => Date,
  log: Logger,
  resolvedIds: readonly string[] = [],
): Promise<{ sent: number; failed: number }> {
  const at = now();
  for (const a of await undeliveredAlerts(db, new Date(at.getTime() - 86_400_000).toISOString())) {
    await enqueueDelivery(db, a.id, "raised", at.toISOString());
  }
  for (const id of resolvedIds) await enqueueDelivery(db, id, "resolved", at.toISOString());
  let sent = 0;
  let failed = 0;
  for (const d of await dueDeliveries(db, at.toISOString(), MAX_ATTEMPTS)) {
    if (!(await claimDelivery(db, d.id, d.next_at, new Date(at.getTime() + 60_000).toISOString()))) continue;
    const body = JSON.stringify({
      event: d.event,
      alert: {
        id: d.alert_id,
        at: d.at,
        kind: d.kind,
        severity: d.severity,
        resolvedAt: d.resolved_at,
        detail: JSON.parse(d.detail_json) as unknown,
      },
      kiosk:
        d.kiosk_id === null
          ? null
          : { id: d.kiosk_id, name: d.kiosk_name, site: d.kiosk_site, district: d.kiosk_district },
    });
    const timestamp = String(Math.floor(now().getTime() / 1000));
    const attempts = d.attempts + 1;
    let error: string | null = null;
    try {
      const response = await fetch(webhook.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          [TIMESTAMP_HEADER]: timestamp,
          [SIGNATURE_HEADER]: signBody(webhook.secret, timestamp, body),
        },
        body,
        redirect: "error",
        signal: AbortSignal.timeout(5_000),
      });
      await response.arrayBuffer().catch(() => undefined);
      if (!response.ok) error = `HTTP ${response.status}`;
    } catch (e) {
      error = e instanceof Error ? e.message.slice(0, 200) : "send failed";
    }
    const when = now();
    await finishDelivery(db, d.id, {
      deliveredAt: error === null ? when.toISOString() : null,
      attempts,
      nextAt: new Date(when.getTime() + (error === null ? 0 : backoffMs(attempts))).toISOString(),
      error,
    });
    if (error === null) sent += 1;
    else {
      failed += 1;
      log.warn({ delivery: d.id, attempts, error }, "alert webhook delivery failed; will retry");
    }
  }
  return { sent, failed };
}
