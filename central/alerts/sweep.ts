import type { Kysely } from "kysely";
import { openAlertsOf, resolveAlert } from "../db/queries/alert-state";
import { insertAlert } from "../db/queries/alerts";
import type { CentralSchema } from "../db/schema";
import { liveAppRollouts } from "../db/queries/rollouts";
import { appVersionAmong } from "../rollouts/desired-app";
import { DesiredVersions } from "../rollouts/desired-versions";
import { type EffectiveConfig, effectiveConfigFor } from "../rollouts/effective-config";
import { kioskStates } from "../rollouts/fleet-state";
import { type AlertThresholds, conditionsOf, SWEPT_KINDS, type SweptKind } from "./conditions";

/**
 * Opens an alert for each condition that now holds and has none open, and resolves open ones
 * whose condition cleared. Several processes may sweep at once: a resolve is conditional, and a
 * duplicate open alert from a race is resolved by the next sweep (only one per key is kept).
 *
 * Why the config layers and app rollouts are read once per pass: asking for each kiosk's desired
 * state on its own took three queries, a merge and a digest per kiosk — at 10,000 kiosks seconds
 * of a central's time every 15 s, during which heartbeats waited. Kiosks given the same revisions
 * share one effective config.
 */
export async function sweepAlerts(
  db: Kysely<CentralSchema>,
  now: Date,
  thresholds: AlertThresholds,
): Promise<{ raised: string[]; resolved: string[] }> {
  const at = now.toISOString();
  const kinds = Object.keys(SWEPT_KINDS);
  const open = new Map<string, string[]>();
  for (const a of await openAlertsOf(db, kinds)) {
    const key = `${a.kind}|${a.kiosk_id ?? ""}`;
    open.set(key, [...(open.get(key) ?? []), a.id]);
  }
  const raised: string[] = [];
  const resolved: string[] = [];
  const holding = new Set<string>();
  const heads = new DesiredVersions(db, Number.POSITIVE_INFINITY);
  const appRollouts = await liveAppRollouts(db);
  const configs = new Map<string, EffectiveConfig | undefined>();
  let looked = 0;
  for (const kiosk of await kioskStates(db, now)) {
    // Heartbeats run between every few hundred kiosks: a sweep must not hold the event loop.
    if (++looked % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
    if (kiosk.revoked || kiosk.reported === null) continue;
    const key = (await heads.chosenFor(kiosk)).join(",");
    if (!configs.has(key)) configs.set(key, await effectiveConfigFor(db, kiosk));
    const effective = configs.get(key);
    const desired = {
      configVersion: effective?.version ?? 0,
      configDigest: effective?.digest || null,
      appVersion: appVersionAmong(appRollouts, kiosk) ?? null,
    };
    for (const [kind, detail] of conditionsOf(kiosk, desired, thresholds)) {
      const key = `${kind}|${kiosk.id}`;
      holding.add(key);
      if (open.has(key)) continue;
      const severity = SWEPT_KINDS[kind satisfies SweptKind];
      raised.push(await insertAlert(db, { at, kind, kioskId: kiosk.id, detail, severity }));
    }
  }
  for (const [key, ids] of open) {
    // Keep one open alert per held condition; resolve the rest.
    const toResolve = holding.has(key) ? ids.slice(1) : ids;
    for (const id of toResolve) if (await resolveAlert(db, id, at)) resolved.push(id);
  }
  return { raised, resolved };
}
