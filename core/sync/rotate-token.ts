import { ROUTES, TokenRotateReply } from "../../central/protocol";
import { loadIdentity, saveIdentity } from "../store/identity";
import type { KioskStore } from "../store/kiosk-store";
import type { CentralClient } from "./central-client";
import { isoAt } from "./context";
import { SyncError } from "./errors";

/**
 * Asks central for a new token and keeps it (sealed) in place of the current one.
 *
 * Why this order is safe: central keeps the current token valid until the new one is first used,
 * so a reply lost on the way, or a crash before the save, leaves the kiosk with a working token;
 * asking again simply replaces the unused one.
 */
export async function rotateToken(store: KioskStore, client: CentralClient, now: number): Promise<void> {
  const identity = loadIdentity(store.db, store.sealer);
  if (identity === undefined) {
    throw new SyncError("not-enrolled", "终端尚未登记。", "This kiosk has not enrolled yet.");
  }
  const exchange = await client.exchange("POST", ROUTES.tokenRotate, TokenRotateReply);
  if (exchange.kind !== "ok" || exchange.body.kioskId !== identity.kioskId) {
    const why =
      exchange.kind === "reject"
        ? exchange.reason.en
        : exchange.kind === "retry"
          ? exchange.error
          : exchange.kind === "ok"
            ? "the new token names another kiosk"
            : "unexpected 304";
    throw new SyncError(
      "token-rotation-failed",
      "更换终端凭证失败，原凭证仍然有效。",
      `Token rotation failed: ${why}`,
    );
  }
  saveIdentity(store.db, store.sealer, { ...identity, token: exchange.body.token }, isoAt(now));
}
