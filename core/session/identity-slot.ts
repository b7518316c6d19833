import type { IdentityRecord } from "../../drivers/idcard/identity";
import type { WltPhoto } from "../../drivers/idcard/wlt";
import type { CardHolder } from "../api";
import { maskIdNumber } from "../privacy/mask";
import { forgetMaskedValues, maskInLogs } from "../privacy/session-values";
import type { SessionManager } from "./session-manager";

/**
 * The card holder's identity for the current session, held in core memory only. The page gets a
 * masked `CardHolder`; services that submit get the full record from here. Wiped whenever the
 * session ends, for any reason (docs/architecture.md "Privacy").
 */
export class IdentitySlot {
  #held: { sessionId: string; record: IdentityRecord; photo: WltPhoto } | null = null;

  constructor(sessions: SessionManager) {
    sessions.onWipe(() => {
      this.clear();
    });
  }

  hold(sessionId: string, record: IdentityRecord, photo: WltPhoto): void {
    this.clear();
    this.#held = { sessionId, record, photo };
    maskInLogs([record.name, record.chineseName, record.idNumber, record.address]);
  }

  /** The full record, only for the session that read it. */
  recordFor(sessionId: string): IdentityRecord | null {
    return this.#held?.sessionId === sessionId ? this.#held.record : null;
  }

  clear(): void {
    // The WLT bytes are overwritten, not just dropped, so no copy lingers until GC.
    this.#held?.photo.wipe();
    this.#held = null;
    forgetMaskedValues();
  }
}

export function cardHolderOf(record: IdentityRecord): CardHolder {
  return {
    name: record.name,
    idNumberMasked: maskIdNumber(record.idNumber),
    idNumberValid: record.idNumberValid,
    sex: record.sex,
    birthDate: record.birthDate,
    cardType: record.cardType,
  };
}
