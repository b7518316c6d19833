import type { RolloutRow } from "../db/schema";
import { RolloutGroups } from "./groups";
import type { GroupProgress } from "./progress";
import { type Rollout, RolloutStatus } from "./schemas";

export function rolloutReply(row: RolloutRow, progress?: readonly GroupProgress[]): Rollout {
  return {
    id: row.id,
    kind: row.kind === "app" ? "app" : "config",
    layer: row.layer,
    configVersion: row.config_version,
    appVersion: row.app_version,
    groups: RolloutGroups.parse(JSON.parse(row.groups_json)),
    groupIndex: row.group_index,
    status: RolloutStatus.parse(row.status),
    statusReason: row.status_reason,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(progress === undefined ? {} : { progress: [...progress] }),
  };
}
