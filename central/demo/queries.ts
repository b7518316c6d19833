import type { QueryRow, Identity } from "../protocol";
import { seeded } from "./seeded";

/**
 * Answers one query service from synthetic demo data. `identity` is undefined only for services
 * whose catalog entry takes identity as optional or none; the route refuses the rest before.
 */
export type DemoQuery = (
  identity: Identity | undefined,
  params: Record<string, string | number | boolean>,
  now: Date,
) => QueryRow[] | Promise<QueryRow[]>;

const row = (zh: string, en: string, value: string): QueryRow => ({ label: { "zh-CN": zh, en }, value });

/** A row whose value is words or carries a unit: `value` keeps both for kiosks that read only it. */
export const wordsRow = (zh: string, en: string, valueZh: string, valueEn: string): QueryRow => ({
  label: { "zh-CN": zh, en },
  value: `${valueZh} / ${valueEn}`,
  text: { "zh-CN": valueZh, en: valueEn },
});

/** The card holder of a query that needs one (the route has already refused its absence). */
function holder(identity: Identity | undefined): Identity {
  if (identity === undefined) throw new Error("this query needs the card holder's identity");
  return identity;
}

const EMPLOYERS = ["福州示例科技有限公司", "榕城演示贸易有限公司", "闽江测试物流有限公司", "鼓楼样例餐饮店"];

const monthsBack = (now: Date, n: number): string => {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, 1));
  return d.toISOString().slice(0, 7);
};

const INSURANCE_TYPES: Record<string, [string, string]> = {
  pension: ["养老保险", "Pension"],
  medical: ["医疗保险", "Medical"],
  unemployment: ["失业保险", "Unemployment"],
  "work-injury": ["工伤保险", "Work injury"],
};

const socialInsuranceStatus: DemoQuery = (identity, params, now) => {
  const rnd = seeded(`si:${holder(identity).idNumber}`);
  const wanted = typeof params.insuranceType === "string" ? params.insuranceType : "all";
  const types = wanted === "all" ? Object.keys(INSURANCE_TYPES) : [wanted];
  const employer = EMPLOYERS[rnd(EMPLOYERS.length)] ?? "";
  const rows = [row("参保单位", "Employer", employer)];
  for (const t of types) {
    const names = INSURANCE_TYPES[t];
    if (names === undefined) continue;
    const months = 12 + rnd(240);
    rows.push(wordsRow(`${names[0]} 参保状态`, `${names[1]} status`, "正常参保", "Active"));
    rows.push(
      wordsRow(`${names[0]} 累计缴费`, `${names[1]} months paid`, `${months} 个月`, `${months} months`),
    );
  }
  rows.push(row("最近缴费月份", "Last paid month", monthsBack(now, 1)));
  return rows;
};

const housingFundBalance: DemoQuery = (identity, _params, now) => {
  const rnd = seeded(`hf:${holder(identity).idNumber}`);
  const monthly = 300 + rnd(2700);
  const balance = monthly * (6 + rnd(120)) + rnd(100) / 100;
  return [
    wordsRow("账户状态", "Account status", "正常", "Active"),
    row("账户余额", "Balance", `¥${balance.toFixed(2)}`),
    row("月缴存额", "Monthly deposit", `¥${monthly.toFixed(2)}`),
    row("最近缴存月份", "Last deposit", monthsBack(now, 1)),
  ];
};

/** Query services answered from demo data, by service id. */
export const demoQueries: Readonly<Record<string, DemoQuery>> = {
  "social-insurance-status": socialInsuranceStatus,
  "housing-fund-balance": housingFundBalance,
};
