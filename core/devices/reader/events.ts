import type { ReaderErrorInfo } from "../../../drivers/idcard/errors";
import type { IdentityRecord } from "../../../drivers/idcard/identity";
import type { WltPhoto } from "../../../drivers/idcard/wlt";
import { EventHub } from "../../event-hub";

/** The card reader's events and their arguments. */
export interface ReaderEvents {
  /** A card was found on the reader (once per placement). */
  "card-present": [];
  /**
   * The card was read (once per placement). The WLT photo travels beside the record, in memory
   * only; whoever keeps it wipes it with the session.
   */
  "card-read": [record: IdentityRecord, photo: WltPhoto];
  /** The card that was present has gone (two consecutive "no card" replies). */
  "card-removed": [];
  /** Something went wrong that the resident or technician should hear about. */
  "reader-error": [error: ReaderErrorInfo];
  /** The reader went away or cannot be reached; it will be retried. */
  "reader-offline": [error: ReaderErrorInfo];
  /**
   * The reader answered its status check and polling has started; samId is the string of
   * drivers/idcard/sam-id.ts.
   */
  "reader-online": [info: { port: string; baudRate: number; samId: string | null }];
}

export type ReaderEventName = keyof ReaderEvents;

/** The reader's hub; a listener that throws is reported and skipped (core/event-hub.ts). */
export class ReaderEventHub extends EventHub<ReaderEvents> {}
