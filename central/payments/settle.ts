import type { Kysely } from "kysely";
import type { CentralSchema } from "../db/schema";
import { applyStatus } from "./orders";
import type { PaymentProvider } from "./provider";

/**
 * A provider says one of its orders changed (its notification, or the simulator's payer): the
 * matching order takes the provider's state. Safe to call any number of times.
 */
export async function settleFromProvider(
  deps: { db: Kysely<CentralSchema>; now(): Date },
  provider: PaymentProvider,
  providerOrderId: string,
): Promise<void> {
  const row = await deps.db
    .selectFrom("payment_orders")
    .selectAll()
    .where("provider", "=", provider.name)
    .where("provider_order_id", "=", providerOrderId)
    .executeTakeFirst();
  if (row === undefined) return;
  await applyStatus(deps, row, await provider.status(providerOrderId), "cancelled");
}
