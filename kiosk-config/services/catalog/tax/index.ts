/** 税务 (rows 67–69 of the draft catalog), in catalog order: the order residents see. */
import type { ServiceInput } from "../../model/schema";
import { incomeTaxRecord } from "./income-tax-record";
import { propertyTaxQuery } from "./property-tax-query";
import { socialInsuranceFeePayment } from "./social-insurance-fee-payment";

export const taxServices: ServiceInput[] = [incomeTaxRecord, socialInsuranceFeePayment, propertyTaxQuery];
