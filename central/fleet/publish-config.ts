import type { Kysely } from "kysely";
import { KioskConfig } from "../../kiosk-config/config/schema";
import { appendAudit } from "../db/queries/audit";
import { insertConfigVersion } from "../db/queries/configs";
import { nextCounterValue } from "../db/queries/counters";
import type { CentralSchema } from "../db/schema";
import { describeIssues, unprocessable } from "../http/errors";
import type { ConfigPublishReply, ConfigPublishRequest } from "./schemas";

// The fleet publishes one layer over the defaults and the site profile, so any subset of keys
// is fine, but every key present must be valid and known (the schema is strict).
const FleetLayer = KioskConfig.partial();

/**
 * Stores a new config version. Versions come from a counter, so they only ever go up — the
 * kiosk's rollback protection relies on that. Signing happens on delivery (`GET /v1/config`)
 * because the signed bundle names the kiosk it is for.
 */
export async function publishConfig(
  db: Kysely<CentralSchema>,
  request: ConfigPublishRequest,
  actor: string,
  now: Date = new Date(),
): Promise<ConfigPublishReply> {
  const check = FleetLayer.safeParse(request.config);
  if (!check.success) {
    throw unprocessable("invalid_config", describeIssues(check.error.issues), "配置内容不符合终端配置规范");
  }
  const expiresAt = new Date(now.getTime() + (request.expiresInDays ?? 30) * 86_400_000).toISOString();
  const site = request.site ?? null;
  const version = await db.transaction().execute(async (tx) => {
    const v = await nextCounterValue(tx, "config-version");
    await insertConfigVersion(tx, {
      version: v,
      site,
      config_json: JSON.stringify(request.config),
      created_at: now.toISOString(),
      expires_at: expiresAt,
      created_by: actor,
    });
    await appendAudit(tx, {
      at: now.toISOString(),
      actor,
      action: "config.publish",
      detail: { version: v, site },
    });
    return v;
  });
  return { version, site, expiresAt };
}
