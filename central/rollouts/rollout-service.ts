import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { appendAudit } from "../db/queries/audit";
import { revisionsOfLayers } from "../db/queries/configs";
import { insertRollout, rolloutById, runningRollouts, updateRollout } from "../db/queries/rollouts";
import type { CentralSchema, RolloutRow } from "../db/schema";
import { HttpError, notFound } from "../http/errors";
import { kioskStates } from "./fleet-state";
import { nextStep, progressOf } from "./progress";
import { publishLayer } from "./publish-layer";
import type { RolloutAction, RolloutCreateRequest } from "./schemas";

const snapshot = (r: RolloutRow) => ({
  status: r.status,
  groupIndex: r.group_index,
  reason: r.status_reason,
});

/** Starts a rollout: its first group at once, the others as the evaluator sees each one through. */
export async function createRollout(
  db: Kysely<CentralSchema>,
  request: RolloutCreateRequest,
  actor: string,
  now: Date,
): Promise<RolloutRow> {
  const id = randomUUID();
  const at = now.toISOString();
  const base = {
    id,
    kind: request.kind,
    layer: request.layer,
    groups_json: JSON.stringify(request.groups),
    group_index: 0,
    status: "running",
    status_reason: null,
    created_by: actor,
    created_at: at,
    updated_at: at,
  };
  // The rollout row goes first: the layer revision names it, and until its groups start the
  // revision reaches nobody.
  if (request.kind === "config") {
    await insertRollout(db, { ...base, config_version: null, app_version: null });
    const published = await publishLayer(
      db,
      { layer: request.layer, config: request.config, expiresInDays: request.expiresInDays, rolloutId: id },
      actor,
      now,
    ).catch(async (error: unknown) => {
      await db.deleteFrom("rollouts").where("id", "=", id).execute();
      throw error;
    });
    await db
      .updateTable("rollouts")
      .set({ config_version: published.version })
      .where("id", "=", id)
      .execute();
  } else {
    await insertRollout(db, { ...base, config_version: null, app_version: request.appVersion });
  }
  const row = await rolloutById(db, id);
  if (row === undefined) throw notFound("rollout");
  await appendAudit(db, {
    at,
    actor,
    action: "rollout.create",
    detail: {
      before: null,
      after: {
        id,
        kind: row.kind,
        layer: row.layer,
        configVersion: row.config_version,
        appVersion: row.app_version,
        groups: request.groups,
      },
    },
  });
  return row;
}

const ALLOWED: Record<RolloutAction, readonly string[]> = {
  pause: ["running"],
  resume: ["paused"],
  cancel: ["running", "paused"],
  rollback: ["running", "paused", "completed", "cancelled"],
};

/**
 * A manager's pause, resume, cancel or roll back. Rolling back a config rollout publishes the
 * layer's revision from before it again under a new, higher version (kiosks never go down in
 * version); rolling back an app rollout gives its kiosks back the version they were given before.
 */
export async function actOnRollout(
  db: Kysely<CentralSchema>,
  id: string,
  action: RolloutAction,
  actor: string,
  now: Date,
): Promise<RolloutRow> {
  const before = await rolloutById(db, id);
  if (before === undefined) throw notFound("rollout");
  if (!ALLOWED[action].includes(before.status)) {
    throw new HttpError(
      409,
      "rollout_state",
      "当前状态下不能执行此操作",
      `cannot ${action} a ${before.status} rollout`,
    );
  }
  const status = { pause: "paused", resume: "running", cancel: "cancelled", rollback: "rolled-back" }[action];
  const at = now.toISOString();
  const moved = await updateRollout(
    db,
    id,
    { status: before.status, group_index: before.group_index },
    { status, group_index: before.group_index, status_reason: `${action} by ${actor}`, updated_at: at },
  );
  if (!moved)
    throw new HttpError(
      409,
      "rollout_changed",
      "发布状态刚刚变化，请刷新",
      "the rollout changed meanwhile; reload",
    );
  if (action === "rollback" && before.kind === "config" && before.config_version !== null) {
    const previous = await revisionReleasedBefore(db, before);
    await publishLayer(
      db,
      { layer: before.layer, config: previous, rolloutId: null },
      actor,
      now,
      "config.rollback",
    );
  }
  const after = await rolloutById(db, id);
  if (after === undefined) throw notFound("rollout");
  await appendAudit(db, {
    at,
    actor,
    action: `rollout.${action}`,
    detail: { id, before: snapshot(before), after: snapshot(after) },
  });
  return after;
}

/** The layer's content before the rollout: its newest earlier revision that reached everyone. */
async function revisionReleasedBefore(
  db: Kysely<CentralSchema>,
  rollout: RolloutRow,
): Promise<Record<string, unknown>> {
  const target = rollout.config_version ?? 0;
  for (const row of await revisionsOfLayers(db, [rollout.layer])) {
    if (row.version >= target) continue;
    if (row.rollout_id === null) return JSON.parse(row.config_json) as Record<string, unknown>;
    const owner = await rolloutById(db, row.rollout_id);
    if (owner?.status === "completed") return JSON.parse(row.config_json) as Record<string, unknown>;
  }
  return {};
}

/**
 * One pass over the running rollouts: pause those over a group's error threshold, start the next
 * group where the started ones are through, complete the finished. Safe to run from several
 * processes at once (each move is conditional on the state it saw). Returns the moves made.
 */
export async function evaluateRollouts(
  db: Kysely<CentralSchema>,
  now: Date,
): Promise<{ id: string; step: string }[]> {
  const running = await runningRollouts(db);
  if (running.length === 0) return [];
  const fleet = await kioskStates(db, now);
  const moves: { id: string; step: string }[] = [];
  for (const rollout of running) {
    if (rollout.kind === "config" && rollout.config_version === null) continue;
    const step = nextStep(rollout, progressOf(rollout, fleet));
    if (step.kind === "stay") continue;
    const at = now.toISOString();
    const to =
      step.kind === "pause"
        ? { status: "paused", group_index: rollout.group_index, status_reason: step.reason, updated_at: at }
        : step.kind === "advance"
          ? { status: "running", group_index: step.to, status_reason: null, updated_at: at }
          : { status: "completed", group_index: rollout.group_index, status_reason: null, updated_at: at };
    if (
      !(await updateRollout(db, rollout.id, { status: rollout.status, group_index: rollout.group_index }, to))
    )
      continue;
    await appendAudit(db, {
      at,
      actor: "system:rollouts",
      action: `rollout.${step.kind}`,
      detail: {
        id: rollout.id,
        before: snapshot(rollout),
        after: { status: to.status, groupIndex: to.group_index, reason: to.status_reason },
      },
    });
    moves.push({ id: rollout.id, step: step.kind });
  }
  return moves;
}
