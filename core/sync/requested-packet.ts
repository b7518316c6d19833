import { SUPPORT_ROUTES, type SupportPacket, SupportPacketReceipt } from "../../central/protocol";
import type { CentralClient } from "./central-client";

/**
 * Uploads a support packet a fleet manager asked for, by the maintenance menu's route. A 200
 * (central already had a packet for this request) counts as sent: the request is answered.
 */
export async function uploadRequestedPacket(
  client: CentralClient,
  packet: SupportPacket & { requestId: string },
): Promise<{ ok: boolean; detail: string }> {
  const reply = await client.exchange("POST", SUPPORT_ROUTES.supportPackets, SupportPacketReceipt, {
    body: packet,
  });
  if (reply.kind === "ok") return { ok: true, detail: `support packet ${reply.body.id}` };
  const why =
    reply.kind === "reject" ? reply.reason.en : reply.kind === "retry" ? reply.error : "not modified";
  return { ok: false, detail: `support packet not sent: ${why}` };
}
