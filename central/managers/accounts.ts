import { randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { sha256Hex } from "../auth/secrets";
import { appendAudit } from "../db/queries/audit";
import { insertManager, insertSession, managerByUsername } from "../db/queries/managers";
import type { CentralSchema } from "../db/schema";
import { HttpError, unprocessable } from "../http/errors";
import { hashPassword, passwordMatches, passwordProblem } from "./passwords";
import type { Actor, Role } from "./roles";

/** How long a console session lasts; a manager logs in again after it. */
export const SESSION_HOURS = 8;

export const USERNAME = /^[a-z][a-z0-9._-]{2,31}$/;

/** Creates a manager; the audit names who did (an admin, break-glass, or the fleet script). */
export async function createManager(
  db: Kysely<CentralSchema>,
  input: { username: string; password: string; role: Role },
  actor: string,
  now: Date,
): Promise<{ id: string; username: string; role: Role; createdAt: string }> {
  if (!USERNAME.test(input.username)) {
    throw unprocessable(
      "invalid_username",
      "username: 3–32 of a-z 0-9 . _ -, starting with a letter",
      "用户名格式不正确",
    );
  }
  const problem = passwordProblem(input.password);
  if (problem !== undefined) throw unprocessable("weak_password", problem, "密码不符合要求（至少12位）");
  if ((await managerByUsername(db, input.username)) !== undefined) {
    throw new HttpError(409, "username_taken", "用户名已存在", "a manager with that username exists");
  }
  const row = {
    id: randomUUID(),
    username: input.username,
    password_hash: await hashPassword(input.password),
    role: input.role,
    created_at: now.toISOString(),
    disabled_at: null,
  };
  await db.transaction().execute(async (tx) => {
    await insertManager(tx, row);
    await appendAudit(tx, {
      at: row.created_at,
      actor,
      action: "manager.create",
      detail: { before: null, after: { id: row.id, username: row.username, role: row.role } },
    });
  });
  return { id: row.id, username: row.username, role: input.role, createdAt: row.created_at };
}

const badLogin = (): HttpError =>
  new HttpError(401, "bad_login", "用户名或密码错误", "wrong username or password");

/** Checks a password and opens a session; the token is returned once and stored only hashed. */
export async function login(
  db: Kysely<CentralSchema>,
  input: { username: string; password: string },
  now: Date,
): Promise<{ token: string; expiresAt: string; username: string; role: string }> {
  const manager = await managerByUsername(db, input.username);
  const ok = await passwordMatches(input.password, manager?.password_hash);
  const at = now.toISOString();
  if (!ok || manager === undefined || manager.disabled_at !== null) {
    await appendAudit(db, {
      at,
      actor: `manager:${USERNAME.test(input.username) ? input.username : "(invalid)"}`,
      action: "manager.login-failed",
      detail: {},
    });
    throw badLogin();
  }
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString();
  await insertSession(db, {
    token_hash: sha256Hex(token),
    manager_id: manager.id,
    created_at: at,
    expires_at: expiresAt,
  });
  await appendAudit(db, {
    at,
    actor: `manager:${manager.username}`,
    action: "manager.login",
    detail: { expiresAt },
  });
  return { token, expiresAt, username: manager.username, role: manager.role };
}

export type { Actor };
