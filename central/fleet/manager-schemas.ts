/** Request and reply shapes of the manager, session and audit routes (JSON, zod). */
import * as z from "zod";
import { Role } from "../managers/roles";

export const LoginRequest = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});
export const LoginReply = z.object({
  token: z.string(),
  expiresAt: z.string(),
  username: z.string(),
  role: Role,
});
export type LoginReply = z.infer<typeof LoginReply>;

export const MeReply = z.object({ actor: z.string(), role: Role, kind: z.enum(["session", "break-glass"]) });
export type MeReply = z.infer<typeof MeReply>;

export const ManagerCreateRequest = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
  role: Role,
});
export const ManagerPatchRequest = z
  .strictObject({
    role: Role.optional(),
    disabled: z.boolean().optional(),
    password: z.string().min(1).max(256).optional(),
  })
  .refine((p) => Object.keys(p).length > 0, "nothing to change");

export const Manager = z.object({
  id: z.string(),
  username: z.string(),
  role: Role,
  createdAt: z.string(),
  disabledAt: z.string().nullable(),
});
export type Manager = z.infer<typeof Manager>;
export const ManagersReply = z.object({ managers: z.array(Manager), nextCursor: z.string().nullable() });
export type ManagersReply = z.infer<typeof ManagersReply>;

export const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  actor: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
});
export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  /** `{ before, after }` for changes; other facts for events (logins, revocations) */
  detail: z.unknown(),
});
export const AuditReply = z.object({ entries: z.array(AuditEntry), nextCursor: z.string().nullable() });
export type AuditReply = z.infer<typeof AuditReply>;
