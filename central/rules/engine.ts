import type { Reason, SubmissionRequest } from "../protocol";
import { grantKeyOf, runCheck } from "./checks";
import type { Decision, RuleContext, RuleSet } from "./types";

const APPROVED: Reason = {
  code: "approved",
  zh: "符合即时办结条件，已办结",
  en: "all instant-approval checks passed",
};

/**
 * Runs every check of the rule set (not stopping at the first failure, so the resident learns
 * every problem at once) and combines them: any failure rejects, else any referral leaves it
 * pending for a person, else it is approved.
 */
export async function decide(
  ruleSet: RuleSet,
  request: SubmissionRequest,
  ctx: RuleContext,
): Promise<Decision> {
  const failures: Reason[] = [];
  const referrals: Reason[] = [];
  for (const check of ruleSet.checks) {
    const result = await runCheck(check, request, ctx);
    if (result.outcome === "fail") failures.push(result.reason);
    else if (result.outcome === "refer") referrals.push(result.reason);
  }
  const tag = `${ruleSet.id}@${ruleSet.version}`;
  if (failures.length > 0) return { outcome: "rejected", reasons: failures, ruleSet: tag };
  if (referrals.length > 0) return { outcome: "pending", reasons: referrals, ruleSet: tag };
  const grantKey = grantKeyOf(ruleSet.checks, request.data.answers);
  return {
    outcome: "approved",
    reasons: [APPROVED],
    ruleSet: tag,
    ...(grantKey === undefined ? {} : { grantKey }),
  };
}
