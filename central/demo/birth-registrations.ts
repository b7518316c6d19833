import { addDays, chinaToday } from "../rules/dates";

/** A synthetic birth registration (出生医学证明) — no real child is described here. */
export interface DemoBirthRegistration {
  certificateNo: string;
  childName: string;
  sex: "male" | "female";
  birthDate: string;
}

// Ages in days rather than fixed dates, so the demo keeps its meaning on any day it is run:
// the first six are babies (instant approval), the next two are 1–3 years old (referred).
const SEED: { certificateNo: string; childName: string; sex: "male" | "female"; ageDays: number }[] = [
  { certificateNo: "Q350100001", childName: "林小安", sex: "male", ageDays: 30 },
  { certificateNo: "Q350100002", childName: "陈思语", sex: "female", ageDays: 45 },
  { certificateNo: "Q350100003", childName: "黄一诺", sex: "female", ageDays: 90 },
  { certificateNo: "Q350100004", childName: "郑子航", sex: "male", ageDays: 150 },
  { certificateNo: "Q350100005", childName: "吴可欣", sex: "female", ageDays: 200 },
  { certificateNo: "Q350100006", childName: "王测试", sex: "male", ageDays: 10 },
  { certificateNo: "Q350100007", childName: "刘安然", sex: "female", ageDays: 400 },
  { certificateNo: "Q350100008", childName: "张乐乐", sex: "male", ageDays: 800 },
];

/** The demo registrations as they stand on `now`'s day in China. */
export function demoBirthRegistrations(now: Date): DemoBirthRegistration[] {
  const today = chinaToday(now);
  return SEED.map(({ ageDays, ...r }) => ({ ...r, birthDate: addDays(today, -ageDays) }));
}
