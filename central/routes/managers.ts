import { appendAudit, auditPage } from "../db/queries/audit";
import { endSession, endSessionsOf, listManagers, managerById, updateManager } from "../db/queries/managers";
import {
  AuditQuery,
  type AuditReply,
  LoginRequest,
  type LoginReply,
  type Manager,
  ManagerCreateRequest,
  ManagerPatchRequest,
  type ManagersReply,
  type MeReply,
} from "../fleet/manager-schemas";
import { decodeTimeCursor, PageQuery, pageOf } from "../fleet/paging";
import { FLEET_ROUTES } from "../fleet/routes";
import { notFound, unprocessable } from "../http/errors";
import { parseOr400 } from "../http/parse";
import { createManager, login } from "../managers/accounts";
import { hashPassword, passwordProblem } from "../managers/passwords";
import { requireRole } from "../managers/require-role";
import { Role } from "../managers/roles";
import type { ManagerRow } from "../db/schema";
import type { RouteModule } from "./types";

const toManager = (m: ManagerRow): Manager => ({
  id: m.id,
  username: m.username,
  role: Role.parse(m.role),
  createdAt: m.created_at,
  disabledAt: m.disabled_at,
});

/** Login, logout, who am I, manager accounts (admin) and the audit trail (read-only, any role). */
export const managerRoutes: RouteModule = (app, ctx) => {
  app.post(FLEET_ROUTES.login, async (request) => {
    const body = parseOr400(LoginRequest, request.body);
    const session = await login(ctx.db, body, ctx.now());
    const reply: LoginReply = { ...session, role: Role.parse(session.role) };
    return reply;
  });

  app.post(FLEET_ROUTES.logout, async (request, reply) => {
    const actor = await requireRole(ctx, request, "viewer");
    if (actor.sessionHash !== null) {
      const at = ctx.now().toISOString();
      await endSession(ctx.db, actor.sessionHash, at);
      await appendAudit(ctx.db, { at, actor: actor.name, action: "manager.logout", detail: {} });
    }
    return reply.code(204).send();
  });

  app.get(FLEET_ROUTES.me, async (request) => {
    const actor = await requireRole(ctx, request, "viewer");
    const reply: MeReply = {
      actor: actor.name,
      role: actor.role,
      kind: actor.sessionHash === null ? "break-glass" : "session",
    };
    return reply;
  });

  app.get(FLEET_ROUTES.managers, async (request) => {
    await requireRole(ctx, request, "admin");
    const { limit, cursor } = parseOr400(PageQuery, request.query);
    const rows = await listManagers(ctx.db, limit + 1, cursor);
    const items = rows.slice(0, limit);
    const reply: ManagersReply = {
      managers: items.map(toManager),
      nextCursor: rows.length > limit ? (items[items.length - 1]?.username ?? null) : null,
    };
    return reply;
  });

  app.post(FLEET_ROUTES.managers, async (request, reply) => {
    const actor = await requireRole(ctx, request, "admin");
    const body = parseOr400(ManagerCreateRequest, request.body);
    const created = await createManager(ctx.db, body, actor.name, ctx.now());
    return reply.code(201).send({ ...created, disabledAt: null });
  });

  app.patch<{ Params: { id: string } }>(FLEET_ROUTES.manager, async (request) => {
    const actor = await requireRole(ctx, request, "admin");
    const patch = parseOr400(ManagerPatchRequest, request.body);
    const before = await managerById(ctx.db, request.params.id);
    if (before === undefined) throw notFound("manager");
    if (patch.password !== undefined) {
      const problem = passwordProblem(patch.password);
      if (problem !== undefined) throw unprocessable("weak_password", problem, "密码不符合要求（至少12位）");
    }
    const now = ctx.now().toISOString();
    const disabledAt = patch.disabled === undefined ? before.disabled_at : patch.disabled ? now : null;
    const set = {
      ...(patch.role === undefined ? {} : { role: patch.role }),
      disabled_at: disabledAt,
      ...(patch.password === undefined ? {} : { password_hash: await hashPassword(patch.password) }),
    };
    await ctx.db.transaction().execute(async (tx) => {
      await updateManager(tx, before.id, set);
      // A demoted, disabled or re-passworded manager logs in again, under the new terms.
      await endSessionsOf(tx, before.id, now);
      await appendAudit(tx, {
        at: now,
        actor: actor.name,
        action: "manager.update",
        detail: {
          before: { username: before.username, role: before.role, disabledAt: before.disabled_at },
          after: {
            username: before.username,
            role: set.role ?? before.role,
            disabledAt,
            passwordChanged: patch.password !== undefined,
          },
        },
      });
    });
    const after = await managerById(ctx.db, before.id);
    if (after === undefined) throw notFound("manager");
    return toManager(after);
  });

  app.get(FLEET_ROUTES.audit, async (request) => {
    await requireRole(ctx, request, "viewer");
    const q = parseOr400(AuditQuery, request.query);
    const rows = await auditPage(ctx.db, { ...q, cursor: decodeTimeCursor(q.cursor) });
    const page = pageOf(rows, q.limit, (r) => [r.at, r.id]);
    const reply: AuditReply = {
      entries: page.items.map((r) => ({
        id: r.id,
        at: r.at,
        actor: r.actor,
        action: r.action,
        detail: JSON.parse(r.detail_json) as unknown,
      })),
      nextCursor: page.nextCursor,
    };
    return reply;
  });
};
