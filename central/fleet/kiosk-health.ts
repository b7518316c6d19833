import type { Kysely } from "kysely";
import { type FleetFilter, listKiosksPage } from "../db/queries/fleet-list";
import type { CentralSchema } from "../db/schema";
import { HeartbeatRequest } from "../protocol";
import { decodeCursor, encodeCursor } from "./paging";
import type { FleetKiosk } from "./schemas";

export { OFFLINE_AFTER_INTERVALS } from "./device-state";

/** Kiosks per page when the caller names no limit. */
export const DEFAULT_PAGE = 100;
/** Most kiosks in one page. */
export const MAX_PAGE = 1000;

export interface FleetPage {
  kiosks: FleetKiosk[];
  /** Cursor of the next page; null on the last one. */
  next: string | null;
}

/**
 * One page of kiosks with their latest health and whether each is online at `now` (heard within
 * three of its own heartbeat intervals). `after` is the `next` of the page before.
 */
export async function fleetKiosksPage(
  db: Kysely<CentralSchema>,
  now: Date,
  options: FleetFilter & { limit?: number | undefined; after?: string | undefined } = {},
): Promise<FleetPage> {
  const limit = Math.min(options.limit ?? DEFAULT_PAGE, MAX_PAGE);
  const after = options.after === undefined ? undefined : decodeCursor(options.after, 2);
  const at = now.toISOString();
  const rows = await listKiosksPage(db, {
    ...options,
    now: at,
    limit,
    after: after === undefined ? undefined : [after[0] ?? "", after[1] ?? ""],
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    kiosks: page.map((r) => ({
      id: r.id,
      name: r.name,
      site: r.site,
      enrolledAt: r.enrolled_at,
      lastSeen: r.received_at,
      online: r.offline_at !== null && r.offline_at >= at,
      revokedAt: r.revoked_at,
      health:
        r.body_json === null ? null : (HeartbeatRequest.safeParse(JSON.parse(r.body_json)).data ?? null),
    })),
    next: rows.length > limit && last !== undefined ? encodeCursor([last.enrolled_at, last.id]) : null,
  };
}

/** Every kiosk matching the filter, page by page (for scripts; the console pages itself). */
export async function fleetKiosks(
  db: Kysely<CentralSchema>,
  now: Date,
  filter: FleetFilter = {},
): Promise<FleetKiosk[]> {
  const all: FleetKiosk[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await fleetKiosksPage(db, now, { ...filter, limit: MAX_PAGE, after });
    all.push(...page.kiosks);
    if (page.next === null) return all;
    after = page.next;
  }
}
