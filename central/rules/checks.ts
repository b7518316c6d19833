import type { Reason } from "../protocol";
import { ageInYears, chinaToday, isIsoDate } from "./dates";
import { birthDateOfIdNumber, isValidIdNumber } from "./id-number";
import type { Check, CheckResult, CheckRunner } from "./types";

const pass: CheckResult = { outcome: "pass" };
const fail = (code: string, zh: string, en: string): CheckResult => ({
  outcome: "fail",
  reason: { code, zh, en },
});

const answerText = (answers: Record<string, unknown>, field: string): string | undefined => {
  const v = answers[field];
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return undefined;
};

const identityValid: CheckRunner<"identity-valid"> = (_check, request) => {
  const identity = request.data.identity;
  if (identity === undefined)
    return fail("identity_missing", "未读取到申请人身份证信息", "no applicant identity");
  if (!isValidIdNumber(identity.idNumber)) {
    return fail("identity_invalid", "身份证号码校验未通过", "ID number fails the GB 11643 check");
  }
  if (birthDateOfIdNumber(identity.idNumber) !== identity.birthDate) {
    return fail(
      "identity_inconsistent",
      "身份证出生日期与号码不一致",
      "birth date does not match the ID number",
    );
  }
  return pass;
};

const applicantMinAge: CheckRunner<"applicant-min-age"> = (check, request, ctx) => {
  const birth = request.data.identity?.birthDate;
  if (birth === undefined || !isIsoDate(birth) || ageInYears(birth, chinaToday(ctx.now)) < check.years) {
    return fail(
      "applicant_too_young",
      `申请人须年满${check.years}周岁`,
      `the applicant must be at least ${check.years} years old`,
    );
  }
  return pass;
};

const requiredAnswers: CheckRunner<"required-answers"> = (check, request) => {
  const missing = check.fields.filter((f) => {
    const v = answerText(request.data.answers, f);
    return v === undefined || v === "";
  });
  if (missing.length === 0) return pass;
  return fail(
    "answers_missing",
    `缺少必填信息：${missing.join("、")}`,
    `missing answers: ${missing.join(", ")}`,
  );
};

const answerIn: CheckRunner<"answer-in"> = (check, request) => {
  const v = answerText(request.data.answers, check.field);
  if (v !== undefined && check.values.includes(v)) return pass;
  return fail(
    "answer_invalid",
    `“${check.field}”的填写不在可选范围内`,
    `answer "${check.field}" is not one of the options`,
  );
};

const referenceMatch: CheckRunner<"reference-match"> = (check, request, ctx) => {
  const key = answerText(request.data.answers, check.keyField)?.toUpperCase() ?? "";
  const record = ctx.reference.lookup(check.table, key);
  if (record === undefined) {
    return fail(
      "reference_not_found",
      "未查询到对应的登记记录，请核对编号",
      `no ${check.table} record for this number`,
    );
  }
  const mismatched = check.compare.filter(
    (c) => answerText(request.data.answers, c.answer) !== record[c.record],
  );
  if (mismatched.length === 0) return pass;
  return fail(
    "reference_mismatch",
    `与登记信息不一致：${mismatched.map((m) => m.zh).join("、")}`,
    `does not match the registration: ${mismatched.map((m) => m.en).join(", ")}`,
  );
};

const subjectAge: CheckRunner<"subject-age"> = (check, request, ctx) => {
  const date = answerText(request.data.answers, check.dateField) ?? "";
  const today = chinaToday(ctx.now);
  if (!isIsoDate(date) || date > today) {
    return fail("date_invalid", "出生日期无效", "the birth date is not a valid past date");
  }
  if (ageInYears(date, today) < check.underYears) return pass;
  const reason: Reason = {
    code: "subject_too_old",
    zh: `超过${check.underYears}周岁，不适用即时办结，转人工审核`,
    en: `${check.underYears} year(s) or older: not eligible for instant approval`,
  };
  if (check.older === "pending") return { outcome: "refer", reason };
  return { outcome: "fail", reason: { ...reason, zh: `须未满${check.underYears}周岁` } };
};

const notGranted: CheckRunner<"not-granted"> = async (check, request, ctx) => {
  const key = answerText(request.data.answers, check.subjectField)?.toUpperCase() ?? "";
  if (await ctx.hasGrant(request.serviceId, key)) {
    return fail("already_granted", "已办理过该事项，无需重复办理", "already granted for this subject");
  }
  return pass;
};

/** Runs one check; the switch is exhaustive, so a new kind cannot be forgotten here. */
export function runCheck(
  check: Check,
  request: Parameters<CheckRunner<"identity-valid">>[1],
  ctx: Parameters<CheckRunner<"identity-valid">>[2],
): CheckResult | Promise<CheckResult> {
  switch (check.kind) {
    case "identity-valid":
      return identityValid(check, request, ctx);
    case "applicant-min-age":
      return applicantMinAge(check, request, ctx);
    case "required-answers":
      return requiredAnswers(check, request, ctx);
    case "answer-in":
      return answerIn(check, request, ctx);
    case "reference-match":
      return referenceMatch(check, request, ctx);
    case "subject-age":
      return subjectAge(check, request, ctx);
    case "not-granted":
      return notGranted(check, request, ctx);
  }
}

/** The value a not-granted check would record as granted, if the rule set has one. */
export function grantKeyOf(checks: readonly Check[], answers: Record<string, unknown>): string | undefined {
  const check = checks.find((c) => c.kind === "not-granted");
  return check === undefined ? undefined : answerText(answers, check.subjectField)?.toUpperCase();
}
