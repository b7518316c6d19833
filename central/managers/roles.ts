import * as z from "zod";

/**
 * viewer reads; operator also publishes config, runs rollouts, makes enrollment codes and
 * acknowledges alerts; admin also manages managers and revokes kiosks.
 */
export const Role = z.enum(["viewer", "operator", "admin"]);
export type Role = z.infer<typeof Role>;

const RANK: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

export const roleAtLeast = (role: Role, needed: Role): boolean => RANK[role] >= RANK[needed];

/** Who made a change, as the audit trail records it. */
export interface Actor {
  /** "manager:<username>", or "break-glass" for CENTRAL_MANAGER_TOKEN */
  readonly name: string;
  readonly role: Role;
  readonly managerId: string | null;
  /** hex SHA-256 of the session token, for logout; null for the break-glass token */
  readonly sessionHash: string | null;
}
