import { EnrollReply, ROUTES } from "../../central/protocol";
import { saveIdentity } from "../store/identity";
import type { KioskStore } from "../store/kiosk-store";
import { CentralClient } from "./central-client";
import { isoAt } from "./context";
import { SyncError } from "./errors";

/** What `SyncEngine.enroll` needs. */
export interface EnrollRequest {
  /** Base URL of the central service. */
  centralUrl: string;
  /** The one-time code from `npm run fleet -- enrollment-code`. */
  code: string;
  /** The name this kiosk shows in the fleet console. */
  name: string;
}

/** Trades a one-time code for an identity and keeps it (token sealed) in the store. */
export async function enrollKiosk(
  store: KioskStore,
  request: EnrollRequest,
  now: number,
  fetchImpl?: typeof fetch,
): Promise<string> {
  const client = new CentralClient({ baseUrl: request.centralUrl, fetch: fetchImpl });
  const exchange = await client.exchange("POST", ROUTES.enroll, EnrollReply, {
    body: { code: request.code, name: request.name },
  });
  if (exchange.kind === "reject") {
    throw new SyncError(
      "enrollment-failed",
      `登记失败：${exchange.reason.zh}`,
      `Enrollment failed: ${exchange.reason.en}`,
      exchange.reason,
    );
  }
  if (exchange.kind !== "ok") {
    const why = exchange.kind === "retry" ? exchange.error : "unexpected 304";
    throw new SyncError("enrollment-failed", "登记失败：无法连接中心服务。", `Enrollment failed: ${why}`);
  }
  const identity = {
    kioskId: exchange.body.kioskId,
    name: request.name,
    centralUrl: request.centralUrl,
    token: exchange.body.token,
  };
  saveIdentity(store.db, store.sealer, identity, isoAt(now));
  return identity.kioskId;
}
