import { randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { chinaDay } from "../db/clock";
import type { CentralSchema, SimPaymentsTable } from "../db/schema";
import type { PaymentProvider, ProviderState, ProviderStatus } from "./provider";

/** What the payer does on the simulator's page (or with `npm run sim -- payer`). */
export type PayerAction = "pay" | "decline" | "timeout";

const STATES: readonly ProviderState[] = ["pending", "paid", "declined", "expired", "closed", "refunded"];
const asState = (value: string): ProviderState => STATES.find((s) => s === value) ?? "closed";

function statusOf(row: SimPaymentsTable, now: Date): ProviderStatus {
  // An unpaid order past its time is expired whether or not anyone has said so yet.
  const state = row.state === "pending" && new Date(row.expires_at) <= now ? "expired" : asState(row.state);
  return {
    state,
    ...(row.transaction_no === null ? {} : { transactionNo: row.transaction_no }),
    ...(row.settled_at === null ? {} : { settledAt: new Date(row.settled_at) }),
  };
}

/**
 * The default provider: a payment service of its own, kept in its own table, whose "payer" is the
 * page at `/sim/pay/<token>` (what the QR code opens) or `npm run sim -- payer`. No money moves;
 * everything else — unguessable pay links, expiry, a payer racing a cancel — behaves as a real
 * provider's would, so the kiosk and central are exercised for real.
 */
export class SimulatorProvider implements PaymentProvider {
  readonly name = "simulator";

  constructor(
    private readonly db: Kysely<CentralSchema>,
    private readonly now: () => Date,
    /** Address a phone reaches central at, e.g. "http://192.168.1.20:8480". */
    private readonly publicBase: string,
  ) {}

  async createOrder(order: {
    reference: string;
    amountFen: number;
    description: { "zh-CN": string; en: string };
    expiresAt: Date;
  }) {
    const id = randomUUID();
    const token = randomBytes(18).toString("base64url");
    await this.db
      .insertInto("sim_payments")
      .values({
        id,
        token,
        amount_fen: order.amountFen,
        description: JSON.stringify(order.description),
        state: "pending",
        created_at: this.now().toISOString(),
        expires_at: order.expiresAt.toISOString(),
        settled_at: null,
        transaction_no: null,
      })
      .execute();
    return {
      providerOrderId: id,
      qrPayload: `${this.publicBase}/sim/pay/${token}`,
      expiresAt: order.expiresAt,
    };
  }

  async status(providerOrderId: string): Promise<ProviderStatus> {
    const row = await this.db
      .selectFrom("sim_payments")
      .selectAll()
      .where("id", "=", providerOrderId)
      .executeTakeFirst();
    if (row === undefined) throw new Error(`simulator has no order ${providerOrderId}`);
    return statusOf(row, this.now());
  }

  async close(providerOrderId: string): Promise<ProviderStatus> {
    await this.db
      .updateTable("sim_payments")
      .set({ state: "closed", settled_at: this.now().toISOString() })
      .where("id", "=", providerOrderId)
      .where("state", "=", "pending")
      .execute();
    return this.status(providerOrderId);
  }

  async refund(providerOrderId: string): Promise<ProviderStatus> {
    await this.db
      .updateTable("sim_payments")
      .set({ state: "refunded" })
      .where("id", "=", providerOrderId)
      .where("state", "=", "paid")
      .execute();
    return this.status(providerOrderId);
  }

  /** The order behind a pay link, or undefined for a link that was never handed out. */
  async byToken(token: string): Promise<SimPaymentsTable | undefined> {
    return this.db.selectFrom("sim_payments").selectAll().where("token", "=", token).executeTakeFirst();
  }

  /**
   * The payer acts. Only a pending, unexpired order changes, in one conditional update, so a
   * second tap, a payer racing the kiosk's cancel, or a late payer never moves money twice.
   */
  async act(token: string, action: PayerAction): Promise<{ id: string; status: ProviderStatus } | undefined> {
    const row = await this.byToken(token);
    if (row === undefined) return undefined;
    const now = this.now();
    const set =
      action === "pay"
        ? { state: "paid", settled_at: now.toISOString(), transaction_no: transactionNo(now) }
        : action === "decline"
          ? { state: "declined", settled_at: now.toISOString() }
          : { state: "expired", settled_at: now.toISOString(), expires_at: now.toISOString() };
    await this.db
      .updateTable("sim_payments")
      .set(set)
      .where("id", "=", row.id)
      .where("state", "=", "pending")
      .where("expires_at", ">", now.toISOString())
      .execute();
    return { id: row.id, status: await this.status(row.id) };
  }

  /** The bilingual description stored with an order, for the pay page. */
  description(row: SimPaymentsTable): { "zh-CN": string; en: string } {
    const parsed: unknown = JSON.parse(row.description);
    if (typeof parsed === "object" && parsed !== null && "zh-CN" in parsed && "en" in parsed) {
      const { "zh-CN": zh, en } = parsed;
      if (typeof zh === "string" && typeof en === "string") return { "zh-CN": zh, en };
    }
    return { "zh-CN": "", en: "" };
  }
}

/** A transaction number shaped like a provider's: SIM + China day + 12 random digits. */
function transactionNo(now: Date): string {
  const digits = [...randomBytes(12)].map((b) => String(b % 10)).join("");
  return `SIM${chinaDay(now)}${digits}`;
}
