import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { CentralSchema, PaymentOrdersTable } from "../db/schema";
import { HttpError, notFound, unknownService, unprocessable } from "../http/errors";
import { BilingualText, type PaymentOrder, type PaymentOrderRequest, PaymentState } from "../protocol";
import type { Catalog } from "../catalog/catalog";
import type { BillLookup } from "./bills";
import type { PaymentProvider, ProviderStatus } from "./provider";

/** How long a payer has to scan and pay before the order runs out. */
export const ORDER_LIFETIME_MS = 3 * 60_000;

export interface PaymentDeps {
  db: Kysely<CentralSchema>;
  catalog: Catalog;
  bills: Readonly<Record<string, BillLookup>>;
  provider: PaymentProvider;
  now(): Date;
}

export function toWire(row: PaymentOrdersTable): PaymentOrder {
  return {
    id: row.id,
    submissionId: row.submission_id,
    serviceId: row.service_id,
    amountFen: row.amount_fen,
    description: BilingualText.parse(JSON.parse(row.description)),
    state: PaymentState.parse(row.state),
    provider: row.provider,
    qrPayload: row.qr_payload,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    ...(row.settled_at === null ? {} : { settledAt: row.settled_at }),
    ...(row.transaction_no === null ? {} : { transactionNo: row.transaction_no }),
  };
}

const findBySubmission = (db: Kysely<CentralSchema>, kioskId: string, submissionId: string) =>
  db
    .selectFrom("payment_orders")
    .selectAll()
    .where("kiosk_id", "=", kioskId)
    .where("submission_id", "=", submissionId)
    .executeTakeFirst();

/** One kiosk's order; another kiosk's id is indistinguishable from a missing one. */
export async function findOrder(deps: PaymentDeps, kioskId: string, id: string): Promise<PaymentOrdersTable> {
  const row = await deps.db
    .selectFrom("payment_orders")
    .selectAll()
    .where("id", "=", id)
    .where("kiosk_id", "=", kioskId)
    .executeTakeFirst();
  if (row === undefined) throw notFound("payment order");
  return row;
}

/**
 * Opens the order for one submission, or returns the one already open for it (`replayed`): a
 * kiosk that retries after a lost reply must never put a second QR code — a second charge — in
 * front of the resident.
 */
export async function createOrder(
  deps: PaymentDeps,
  kioskId: string,
  request: PaymentOrderRequest,
): Promise<{ order: PaymentOrdersTable; replayed: boolean }> {
  const existing = await findBySubmission(deps.db, kioskId, request.submissionId);
  if (existing !== undefined) {
    if (existing.service_id !== request.serviceId)
      throw new HttpError(
        409,
        "order_conflict",
        "该业务已有缴费订单",
        "this submission already has an order for another service",
      );
    return { order: existing, replayed: true };
  }
  const service = deps.catalog.byId(request.serviceId);
  if (service === undefined) throw unknownService(request.serviceId);
  const lookup = deps.bills[service.id];
  if (service.kind !== "payment" || lookup === undefined)
    throw unprocessable("not_a_payment", `"${service.id}" takes no payment`, "该事项无需缴费");
  const bill = lookup(request.answers, request.identity);
  if (bill === undefined)
    throw unprocessable("no_bill", "no amount due for these answers", "未查到待缴费用，请核对填写的信息");

  const now = deps.now();
  const id = randomUUID();
  const opened = await deps.provider.createOrder({
    reference: id,
    amountFen: bill.amountFen,
    description: bill.description,
    expiresAt: new Date(now.getTime() + ORDER_LIFETIME_MS),
  });
  await deps.db
    .insertInto("payment_orders")
    .values({
      id,
      kiosk_id: kioskId,
      submission_id: request.submissionId,
      service_id: service.id,
      amount_fen: bill.amountFen,
      description: JSON.stringify(bill.description),
      state: "pending",
      provider: deps.provider.name,
      provider_order_id: opened.providerOrderId,
      qr_payload: opened.qrPayload,
      created_at: now.toISOString(),
      expires_at: opened.expiresAt.toISOString(),
      settled_at: null,
      transaction_no: null,
    })
    .onConflict((oc) => oc.columns(["kiosk_id", "submission_id"]).doNothing())
    .execute();
  const stored = await findBySubmission(deps.db, kioskId, request.submissionId);
  if (stored === undefined) throw new Error("payment order vanished after insert");
  // Two requests raced: the other one's order stands, ours is closed before anyone can scan it.
  if (stored.id !== id) await deps.provider.close(opened.providerOrderId);
  return { order: stored, replayed: stored.id !== id };
}

/**
 * Records what the provider says about a pending order. Only `pending` rows change (one
 * conditional update), so a repeated or late notification changes nothing.
 */
export async function applyStatus(
  deps: Pick<PaymentDeps, "db" | "now">,
  row: PaymentOrdersTable,
  status: ProviderStatus,
  ifStillOpen?: "cancelled" | "expired",
): Promise<PaymentOrdersTable> {
  const state =
    status.state === "closed"
      ? (ifStillOpen ?? "cancelled")
      : status.state === "pending"
        ? undefined
        : status.state;
  if (state !== undefined) {
    await deps.db
      .updateTable("payment_orders")
      .set({
        state,
        settled_at: (status.settledAt ?? deps.now()).toISOString(),
        transaction_no: status.transactionNo ?? null,
      })
      .where("id", "=", row.id)
      .where("state", "=", "pending")
      .execute();
  }
  const after = await deps.db
    .selectFrom("payment_orders")
    .selectAll()
    .where("id", "=", row.id)
    .executeTakeFirst();
  if (after === undefined) throw new Error("payment order vanished");
  return after;
}

/** The order as it stands, asking the provider while it is pending (and closing it once expired). */
export async function refreshOrder(deps: PaymentDeps, row: PaymentOrdersTable): Promise<PaymentOrdersTable> {
  if (row.state !== "pending") return row;
  let status = await deps.provider.status(row.provider_order_id);
  if (status.state === "pending" && new Date(row.expires_at) <= deps.now())
    status = await deps.provider.close(row.provider_order_id);
  if (status.state === "expired") status = await deps.provider.close(row.provider_order_id);
  return applyStatus(deps, row, status, "expired");
}

/**
 * The resident gave up: the order is closed at the provider first, so nothing can be paid after.
 * If the payer got there first, the order is paid and stays paid — the kiosk shows that instead.
 */
export async function cancelOrder(deps: PaymentDeps, row: PaymentOrdersTable): Promise<PaymentOrdersTable> {
  if (row.state !== "pending") return row;
  const status = await deps.provider.close(row.provider_order_id);
  return applyStatus(deps, row, status, status.state === "expired" ? "expired" : "cancelled");
}

/** Any kiosk's order, by id (a manager's view); 404 when there is none. */
export async function findAnyOrder(deps: Pick<PaymentDeps, "db">, id: string): Promise<PaymentOrdersTable> {
  const row = await deps.db.selectFrom("payment_orders").selectAll().where("id", "=", id).executeTakeFirst();
  if (row === undefined) throw notFound("payment order");
  return row;
}

/** Gives a paid order's money back (a manager's decision); other states are left as they are. */
export async function refundOrder(deps: PaymentDeps, row: PaymentOrdersTable): Promise<PaymentOrdersTable> {
  if (row.state !== "paid") return row;
  const status = await deps.provider.refund(row.provider_order_id);
  if (status.state !== "refunded") return row;
  await deps.db
    .updateTable("payment_orders")
    .set({ state: "refunded" })
    .where("id", "=", row.id)
    .where("state", "=", "paid")
    .execute();
  return (
    (await deps.db.selectFrom("payment_orders").selectAll().where("id", "=", row.id).executeTakeFirst()) ??
    row
  );
}
