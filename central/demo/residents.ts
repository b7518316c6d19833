import { idNumberCheckChar } from "../rules/id-number";

/** A synthetic entry of the population register — no real person is described here. */
export interface DemoResident {
  idNumber: string;
  name: string;
}

const withCheck = (first17: string): string => `${first17}${idNumberCheckChar(first17) ?? "0"}`;

/**
 * Residents whose names the demo register knows: a query naming one of these ID numbers with
 * another name is refused. Every other ID number is simply not in the register, as most synthetic
 * cards are not.
 */
export const DEMO_RESIDENTS: readonly DemoResident[] = [
  { idNumber: withCheck("35010219900101123"), name: "林小福" },
  { idNumber: withCheck("35010319851215204"), name: "陈榕生" },
  { idNumber: withCheck("35010419780520311"), name: "黄闽英" },
];
