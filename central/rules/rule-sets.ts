import type { RuleSet } from "./types";

/**
 * The 秒批 rule sets, keyed by a service's `approvalRule`. Data, not code: bump `version` when a
 * rule set changes, so stored decisions name the rules that made them.
 */
export const ruleSets: readonly RuleSet[] = [
  {
    // 城乡居民医疗保险参保登记（新生儿）: instant when the birth registration matches and the child
    // is under one year old; children of 1–3 years are still accepted, for a person to review.
    id: "newborn-med-insurance",
    version: 1,
    checks: [
      { kind: "identity-valid" },
      { kind: "applicant-min-age", years: 16 },
      {
        kind: "required-answers",
        fields: ["childName", "childSex", "childBirthDate", "birthCertificateNo", "relationship", "phone"],
      },
      { kind: "answer-in", field: "childSex", values: ["male", "female"] },
      { kind: "answer-in", field: "relationship", values: ["father", "mother", "guardian"] },
      {
        kind: "reference-match",
        table: "birthRegistrations",
        keyField: "birthCertificateNo",
        compare: [
          { answer: "childName", record: "childName", zh: "宝宝姓名", en: "child's name" },
          { answer: "childBirthDate", record: "birthDate", zh: "出生日期", en: "birth date" },
          { answer: "childSex", record: "sex", zh: "性别", en: "sex" },
        ],
      },
      { kind: "subject-age", dateField: "childBirthDate", underYears: 1, older: "pending" },
      { kind: "not-granted", subjectField: "birthCertificateNo" },
    ],
  },
];

const byId = new Map(ruleSets.map((r) => [r.id, r]));

export const ruleSetById = (id: string): RuleSet | undefined => byId.get(id);
