import { seeded } from "../demo/seeded";
import type { BilingualText, Identity, PaymentOrderRequest } from "../protocol";

/** What a payment service's bill lookup finds: the amount due and what it is for. */
export interface Bill {
  amountFen: number;
  description: BilingualText;
}

type Answers = PaymentOrderRequest["answers"];
/** Looks a bill up from the resident's answers; undefined when there is nothing to pay. */
export type BillLookup = (answers: Answers, identity: Identity | undefined) => Bill | undefined;

const text = (answers: Answers, key: string): string | undefined => {
  const value = answers[key];
  return typeof value === "string" ? value : undefined;
};

const UTILITIES: Record<string, BilingualText> = {
  water: { "zh-CN": "水费", en: "Water bill" },
  electricity: { "zh-CN": "电费", en: "Electricity bill" },
  gas: { "zh-CN": "燃气费", en: "Gas bill" },
};

const FEE_TYPES: Record<string, [BilingualText, number]> = {
  "resident-medical": [{ "zh-CN": "城乡居民医保", en: "Resident medical insurance" }, 3_300],
  "resident-pension": [{ "zh-CN": "城乡居民养老保险", en: "Resident pension" }, 2_500],
  "flexible-worker": [{ "zh-CN": "灵活就业人员社保", en: "Flexible-worker social insurance" }, 98_000],
};

const utilityBill: BillLookup = (answers) => {
  const utility = UTILITIES[text(answers, "utility") ?? ""];
  const account = text(answers, "accountNo");
  if (utility === undefined || account === undefined || !/^[0-9]{6,16}$/.test(account)) return undefined;
  const rnd = seeded(`bill:${utility.en}:${account}`);
  return {
    amountFen: 2_000 + rnd(30_000),
    description: {
      "zh-CN": `${utility["zh-CN"]}（户号 ${account}）`,
      en: `${utility.en} (account ${account})`,
    },
  };
};

const trafficFine: BillLookup = (answers) => {
  const decision = text(answers, "decisionNo");
  if (decision === undefined || !/^[0-9]{15,16}$/.test(decision)) return undefined;
  const fines = [5_000, 10_000, 15_000, 20_000];
  return {
    amountFen: fines[seeded(`fine:${decision}`)(fines.length)] ?? 10_000,
    description: { "zh-CN": `交通违法罚款（决定书 ${decision}）`, en: `Traffic fine (notice ${decision})` },
  };
};

const insuranceFee: BillLookup = (answers) => {
  const fee = FEE_TYPES[text(answers, "feeType") ?? ""];
  const months = Number(text(answers, "months"));
  if (fee === undefined || ![1, 3, 6, 12].includes(months)) return undefined;
  const [name, monthlyFen] = fee;
  return {
    amountFen: monthlyFen * months,
    description: { "zh-CN": `${name["zh-CN"]} ${months}个月`, en: `${name.en}, ${months} month(s)` },
  };
};

const medicalPremium: BillLookup = (answers) => {
  const year = text(answers, "coverageYear");
  if (year !== "next-year" && year !== "this-year") return undefined;
  return {
    amountFen: 40_000,
    description:
      year === "next-year"
        ? { "zh-CN": "城乡居民医保 下一年度", en: "Resident medical insurance, next year" }
        : { "zh-CN": "城乡居民医保 本年度（补缴）", en: "Resident medical insurance, this year (late)" },
  };
};

/**
 * The bill behind each payment service, answered from synthetic demo data the way the query
 * services are: a real deployment looks these up in the utility's or the tax bureau's system.
 */
export const demoBills: Readonly<Record<string, BillLookup>> = {
  "utility-bill-payment": utilityBill,
  "traffic-fine-payment": trafficFine,
  "social-insurance-fee-payment": insuranceFee,
  "resident-med-insurance-payment": medicalPremium,
};
