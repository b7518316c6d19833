import { randomUUID } from "node:crypto";
import { ReferenceSmsReply, SMS_ROUTES } from "../../central/protocol";
import { KioskCallError, type CallReply, type CallRequest } from "../api";
import type { SessionReceipts } from "../session/session-receipts";
import type { CentralClient } from "../sync/central-client";
import { centralFailure, type Online, requireOnline } from "./central-failure";

export interface ReferenceSmsParts {
  receipts: SessionReceipts;
  central: () => Promise<CentralClient>;
  online: Online;
}

/**
 * Texts the reference number of the submission this session made (the printer could not print
 * it). Only that one: core checks it against the receipt it made, and central sends to the number
 * in the submission's own answers. One message id per session and reference, kept until the
 * session ends, so a retried tap is the same message and central never sends it twice.
 */
export function referenceSms(parts: ReferenceSmsParts) {
  const ids = new Map<string, string>();
  return async (request: CallRequest<"sendReferenceSms">): Promise<CallReply<"sendReferenceSms">> => {
    const { sessionId, referenceNo, locale } = request;
    const receipt = parts.receipts.get(sessionId);
    if (receipt?.data.referenceNumber !== referenceNo)
      throw new KioskCallError("failed", "this session made no submission with that reference number");
    await requireOnline(parts.online, "reference text");
    const key = `${sessionId}\u0000${referenceNo}`;
    const id = ids.get(key) ?? randomUUID();
    // Only the latest session's id is needed: a new session never asks about an old reference.
    if (!ids.has(key)) {
      ids.clear();
      ids.set(key, id);
    }
    const client = await parts.central();
    const exchange = await client.exchange("POST", SMS_ROUTES.referenceSms, ReferenceSmsReply, {
      body: { id, referenceNo, locale },
    });
    if (exchange.kind !== "ok") throw centralFailure(exchange, "reference text");
    const { state, phoneMasked } = exchange.body;
    return { state, phoneMasked };
  };
}
