import type { Identity } from "../../central/protocol";
import type { IdentityRecord } from "../../drivers/idcard/identity";

/**
 * The card holder as the central contract carries them: only the fields a service decides on.
 * Everything else read from the card (address, issuer, validity, photo) stays in the session.
 */
export function wireIdentity(record: IdentityRecord): Identity {
  return {
    name: record.name,
    idNumber: record.idNumber,
    birthDate: record.birthDate,
    sex: record.sex,
    cardType: record.cardType,
  };
}
