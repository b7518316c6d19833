import type { BilingualText } from "../protocol";

/** What a provider says about one of its orders. */
export type ProviderState = "pending" | "paid" | "declined" | "expired" | "closed" | "refunded";

export interface ProviderOrder {
  /** The provider's own id for the order. */
  providerOrderId: string;
  /** What the kiosk's QR code encodes (the address a phone opens to pay). */
  qrPayload: string;
  expiresAt: Date;
}

export interface ProviderStatus {
  state: ProviderState;
  /** The provider's transaction number, once paid. */
  transactionNo?: string;
  settledAt?: Date;
}

/**
 * A payment provider (WeChat Pay, Alipay, UnionPay, or the simulator) as central uses it: every
 * call is safe to repeat, and the provider's word is final — central only records what it says.
 */
export interface PaymentProvider {
  readonly name: string;
  /** Opens an order the payer can pay until `expiresAt`. `reference` is central's order id. */
  createOrder(order: {
    reference: string;
    amountFen: number;
    description: BilingualText;
    expiresAt: Date;
  }): Promise<ProviderOrder>;
  status(providerOrderId: string): Promise<ProviderStatus>;
  /**
   * Closes an unpaid order so it can no longer be paid. Returns the state after closing: a payer
   * who paid a moment before sees `paid` here, and the caller must honour it.
   */
  close(providerOrderId: string): Promise<ProviderStatus>;
  /** Gives a paid order's money back; returns the state after (refunded, or unchanged if not paid). */
  refund(providerOrderId: string): Promise<ProviderStatus>;
}

/** Told by a provider's notification (or the simulator) that an order changed; repeatable. */
export type SettlementListener = (providerOrderId: string) => Promise<void>;
