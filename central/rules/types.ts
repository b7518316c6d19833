import type { Reason, SubmissionRequest } from "../protocol";

/**
 * One check of a 秒批 rule set, as data: adding a service's rules means writing data in
 * rule-sets.ts, not code, as long as the kinds below suffice.
 */
export type Check =
  /** The applicant's ID card identity is present, well formed (GB 11643) and self-consistent. */
  | { kind: "identity-valid" }
  /** The applicant is at least `years` old. */
  | { kind: "applicant-min-age"; years: number }
  /** Each listed answer is present and not empty. */
  | { kind: "required-answers"; fields: string[] }
  /** The answer is one of `values`. */
  | { kind: "answer-in"; field: string; values: string[] }
  /**
   * The answer `keyField` names a record of reference table `table`, and each `compare` pair
   * (answer field ↔ record field) matches.
   */
  | {
      kind: "reference-match";
      table: ReferenceTable;
      keyField: string;
      compare: { answer: string; record: string; zh: string; en: string }[];
    }
  /**
   * The date answer `dateField` is a real date, not in the future, and less than `underYears`
   * ago; older subjects are rejected or referred to a person (`older`).
   */
  | { kind: "subject-age"; dateField: string; underYears: number; older: "rejected" | "pending" }
  /** The subject named by the answer `subjectField` has not been granted this service before. */
  | { kind: "not-granted"; subjectField: string };

export type ReferenceTable = "birthRegistrations" | "residents";

/** Lookups against reference data (synthetic demo data here; a registry in production). */
export interface ReferenceData {
  lookup(table: ReferenceTable, key: string): Readonly<Record<string, string>> | undefined;
}

export interface RuleSet {
  /** Matches a service's `approvalRule`. */
  id: string;
  /** Recorded with each decision, so a decision can be traced to the rules that made it. */
  version: number;
  checks: Check[];
}

export interface RuleContext {
  now: Date;
  reference: ReferenceData;
  hasGrant(serviceId: string, subjectKey: string): Promise<boolean>;
}

/** What one check concluded: pass, or a failure / referral with its reason. */
export type CheckResult = { outcome: "pass" } | { outcome: "fail" | "refer"; reason: Reason };

export interface Decision {
  outcome: "approved" | "rejected" | "pending";
  reasons: Reason[];
  /** On approval: the subject to record as granted (e.g. the birth certificate number). */
  grantKey?: string;
  /** `id@version` of the rule set. */
  ruleSet: string;
}

export type CheckRunner<K extends Check["kind"]> = (
  check: Extract<Check, { kind: K }>,
  request: SubmissionRequest,
  ctx: RuleContext,
) => CheckResult | Promise<CheckResult>;
