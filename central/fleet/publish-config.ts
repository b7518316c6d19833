import type { Kysely } from "kysely";
import type { CentralSchema } from "../db/schema";
import { publishLayer } from "../rollouts/publish-layer";
import type { ConfigPublishReply, ConfigPublishRequest } from "./schemas";

/**
 * `POST /v1/fleet/config` as scripts know it: a new revision of the global layer, or of one
 * site's layer, reaching every kiosk of it at once (no rollout). Signing happens on delivery
 * (`GET /v1/config`) because the signed bundle names the kiosk it is for.
 */
export async function publishConfig(
  db: Kysely<CentralSchema>,
  request: ConfigPublishRequest,
  actor: string,
  now: Date = new Date(),
): Promise<ConfigPublishReply> {
  const site = request.site ?? null;
  const published = await publishLayer(
    db,
    {
      layer: site === null ? "global" : `site:${site}`,
      config: request.config,
      expiresInDays: request.expiresInDays,
    },
    actor,
    now,
  );
  return { version: published.version, site, expiresAt: published.expiresAt };
}
