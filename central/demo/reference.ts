import type { ReferenceData, ReferenceTable } from "../rules/types";
import { demoBirthRegistrations } from "./birth-registrations";
import { DEMO_RESIDENTS } from "./residents";

/** Reference data backed by the synthetic demo tables (dates relative to `now()`). */
export function demoReference(now: () => Date = () => new Date()): ReferenceData {
  return {
    lookup(table, key) {
      const tables: Record<ReferenceTable, () => Readonly<Record<string, string>> | undefined> = {
        birthRegistrations: () => {
          const r = demoBirthRegistrations(now()).find((b) => b.certificateNo === key);
          return r === undefined ? undefined : { childName: r.childName, birthDate: r.birthDate, sex: r.sex };
        },
        residents: () => {
          const r = DEMO_RESIDENTS.find((p) => p.idNumber === key.toUpperCase());
          return r === undefined ? undefined : { name: r.name };
        },
      };
      return tables[table]();
    },
  };
}

/** No reference data at all: every lookup misses (demo data switched off). */
export const emptyReference: ReferenceData = { lookup: () => undefined };
