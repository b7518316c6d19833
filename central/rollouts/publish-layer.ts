import type { Kysely } from "kysely";
import { layerProblems } from "../../kiosk-config/config/layers";
import { appendAudit } from "../db/queries/audit";
import { insertConfigVersion, revisionsOfLayers } from "../db/queries/configs";
import { nextCounterValue } from "../db/queries/counters";
import type { CentralSchema } from "../db/schema";
import { unprocessable } from "../http/errors";

/**
 * Stores a new revision of one config layer (each revision is the whole layer). Versions come
 * from the one counter, so they only ever go up — the kiosk's rollback protection relies on it.
 * With `rolloutId` the revision reaches kiosks only as that rollout's groups start.
 */
export async function publishLayer(
  db: Kysely<CentralSchema>,
  input: {
    layer: string;
    config: Record<string, unknown>;
    expiresInDays?: number | undefined;
    rolloutId?: string | null;
  },
  actor: string,
  now: Date,
  action = "config.publish",
): Promise<{ version: number; layer: string; expiresAt: string }> {
  const problems = layerProblems(input.config);
  if (problems.length > 0) {
    throw unprocessable("invalid_config", problems.join("; "), "配置内容不符合终端配置规范");
  }
  const expiresAt = new Date(now.getTime() + (input.expiresInDays ?? 30) * 86_400_000).toISOString();
  const version = await db.transaction().execute(async (tx) => {
    const before = (await revisionsOfLayers(tx, [input.layer], 1))[0];
    const v = await nextCounterValue(tx, "config-version");
    await insertConfigVersion(tx, {
      version: v,
      site: input.layer.startsWith("site:") ? input.layer.slice(5) : null,
      layer: input.layer,
      rollout_id: input.rolloutId ?? null,
      config_json: JSON.stringify(input.config),
      created_at: now.toISOString(),
      expires_at: expiresAt,
      created_by: actor,
    });
    await appendAudit(tx, {
      at: now.toISOString(),
      actor,
      action,
      detail: {
        layer: input.layer,
        version: v,
        rolloutId: input.rolloutId ?? null,
        before:
          before === undefined
            ? null
            : { version: before.version, config: JSON.parse(before.config_json) as unknown },
        after: { version: v, config: input.config },
      },
    });
    return v;
  });
  return { version, layer: input.layer, expiresAt };
}
