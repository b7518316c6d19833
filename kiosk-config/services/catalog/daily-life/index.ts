/** 生活便民 (rows 105–108 of the draft catalog), in catalog order: the order residents see. */
import type { ServiceInput } from "../../model/schema";
import { companyLookup } from "./company-lookup";
import { creditReport } from "./credit-report";
import { idCardCopy } from "./id-card-copy";
import { utilityBillPayment } from "./utility-bill-payment";

export const dailyLifeServices: ServiceInput[] = [
  utilityBillPayment,
  creditReport,
  idCardCopy,
  companyLookup,
];
