import type { Identity } from "../protocol";
import type { ReferenceData } from "../rules/types";

// Card readers and touch keyboards differ in full-width forms and stray spaces, never in letters.
const normalize = (name: string): string => name.normalize("NFKC").replace(/\s+/g, "").toUpperCase();

/**
 * True when the register names this ID number and the caller's name is not that name. An ID
 * number the register does not know passes: the check can only refuse what it can disprove.
 */
export function nameContradictsRegister(reference: ReferenceData, identity: Identity): boolean {
  const record = reference.lookup("residents", identity.idNumber.trim());
  const registered = record?.name;
  return registered !== undefined && normalize(registered) !== normalize(identity.name);
}
