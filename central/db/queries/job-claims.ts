import type { Kysely } from "kysely";
import type { CentralSchema } from "../schema";

/**
 * Claims a pass of the job `name` at `now` unless another claim was made after `notBefore`; true
 * when this call claimed it. One statement (insert, or update only when the last claim is old
 * enough), so of processes claiming at once exactly one gets the pass.
 */
export async function claimJobPass(
  db: Kysely<CentralSchema>,
  name: string,
  now: string,
  notBefore: string,
): Promise<boolean> {
  const claimed = await db
    .insertInto("job_claims")
    .values({ name, claimed_at: now })
    .onConflict((oc) =>
      oc.column("name").doUpdateSet({ claimed_at: now }).where("job_claims.claimed_at", "<=", notBefore),
    )
    .returning("name")
    .executeTakeFirst();
  return claimed !== undefined;
}
