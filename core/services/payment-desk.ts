import { randomUUID } from "node:crypto";
import type { PaymentOrder } from "../../central/protocol";
import type { KioskConfig } from "../../kiosk-config/config/schema";
import { KioskCallError, type CallRequest, type PaymentView, type Receipt } from "../api";
import type { IdentitySlot } from "../session/identity-slot";
import type { SessionManager } from "../session/session-manager";
import { type Online, requireOnline } from "./central-failure";
import type { KioskCatalog } from "./kiosk-catalog";
import { cancelPayment, openPayment, type PaymentParts, paymentStatus } from "./payment-service";
import { maskIdNumber } from "../privacy/mask";
import { wireIdentity } from "./wire-identity";

export interface PaymentDeskParts extends PaymentParts {
  catalog: () => KioskCatalog;
  config: () => KioskConfig;
  identity: IdentitySlot;
  online: Online;
}

/** The order a session paid or is paying for one service, under one submission id. */
interface Attempt {
  submissionId: string;
  orderId: string | null;
  state: PaymentOrder["state"] | null;
}

/** The page's list of states is the wire's: a state added to one and not the other fails here. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const PAYMENT_STATES_AGREE: Same<PaymentOrder["state"], PaymentView["state"]> = true;

const OVER_UNPAID = new Set<PaymentOrder["state"]>(["declined", "expired", "cancelled", "refunded"]);

/**
 * The resident's side of a payment, one session at a time. The session's orders are known here by
 * id, so the page can read and cancel only its own; the submission id an order is opened under is
 * kept per session and service, so a retried "open" (a lost reply, a double tap) reaches the same
 * order at central — and only an order that ended unpaid makes way for a fresh one. Everything
 * the session knew goes when it ends; the local payments table keeps the orders for
 * reconciliation (payment-service.ts).
 */
export class PaymentDesk {
  readonly #attempts = new Map<string, Map<string, Attempt>>();

  constructor(
    private readonly parts: PaymentDeskParts,
    private readonly sessions: SessionManager,
  ) {
    sessions.onWipe((sessionId) => this.#attempts.delete(sessionId));
  }

  async open(request: CallRequest<"openPayment">): Promise<PaymentView> {
    const { sessionId, serviceId, answers } = request;
    if (this.sessions.current?.sessionId !== sessionId) {
      throw new KioskCallError("session-ended", "this session has ended; please start again");
    }
    const service = this.parts.catalog().byId(serviceId);
    if (service?.kind !== "payment") {
      throw new KioskCallError("not-offered", `"${serviceId}" is not a payment service here`);
    }
    const record = service.identity === "none" ? null : this.parts.identity.recordFor(sessionId);
    if (record === null && service.identity !== "none" && service.identity !== "optional") {
      throw new KioskCallError("identity-required", "identity-required: place your ID card on the reader");
    }
    await requireOnline(this.parts.online, `payment ${serviceId}`);
    const attempt = this.#attemptFor(sessionId, serviceId);
    const order = await openPayment(this.parts, {
      submissionId: attempt.submissionId,
      serviceId,
      answers,
      ...(record === null ? {} : { identity: wireIdentity(record) }),
    });
    attempt.orderId = order.id;
    return this.#view(sessionId, order);
  }

  async status(request: CallRequest<"paymentStatus">): Promise<PaymentView> {
    this.#own(request.sessionId, request.orderId);
    const order = await paymentStatus(this.parts, request.orderId, {
      waitSeconds: request.waitSeconds,
      ...(request.since === undefined ? {} : { since: request.since }),
    });
    return this.#view(request.sessionId, order);
  }

  async cancel(request: CallRequest<"cancelPayment">): Promise<PaymentView> {
    this.#own(request.sessionId, request.orderId);
    return this.#view(request.sessionId, await cancelPayment(this.parts, request.orderId));
  }

  /** The attempt for this session and service; a fresh submission id once the last ended unpaid. */
  #attemptFor(sessionId: string, serviceId: string): Attempt {
    let bySession = this.#attempts.get(sessionId);
    if (bySession === undefined) {
      bySession = new Map();
      this.#attempts.set(sessionId, bySession);
    }
    const known = bySession.get(serviceId);
    if (known !== undefined && (known.state === null || !OVER_UNPAID.has(known.state))) return known;
    const made: Attempt = { submissionId: randomUUID(), orderId: null, state: null };
    bySession.set(serviceId, made);
    return made;
  }

  /** Another session's order (or one never opened) is indistinguishable from a missing one. */
  #own(sessionId: string, orderId: string): void {
    const mine = [...(this.#attempts.get(sessionId)?.values() ?? [])].some((a) => a.orderId === orderId);
    if (!mine) throw new KioskCallError("not-offered", `payment order ${orderId} is not this session's`);
  }

  #view(sessionId: string, order: PaymentOrder): PaymentView {
    const attempt = [...(this.#attempts.get(sessionId)?.values() ?? [])].find((a) => a.orderId === order.id);
    if (attempt !== undefined) attempt.state = order.state;
    const left = Math.ceil((Date.parse(order.expiresAt) - this.parts.now().getTime()) / 1000);
    return {
      orderId: order.id,
      serviceId: order.serviceId,
      amountFen: order.amountFen,
      description: order.description,
      state: order.state,
      qrPayload: order.qrPayload,
      secondsLeft: order.state === "pending" ? Math.max(0, left) : 0,
      ...(order.transactionNo === undefined ? {} : { transactionNo: order.transactionNo }),
      receipt: order.state === "paid" ? this.#receipt(sessionId, order) : null,
    };
  }

  /** The receipt data leaves core with the ID number masked: it travels to the page's preview. */
  #receipt(sessionId: string, order: PaymentOrder): Receipt | null {
    const service = this.parts.catalog().byId(order.serviceId);
    if (service === undefined || order.transactionNo === undefined || service.print === "none") return null;
    const holder = this.parts.identity.recordFor(sessionId);
    return {
      layoutId: "payment-receipt",
      data: {
        serviceName: service.name["zh-CN"],
        description: order.description["zh-CN"].slice(0, 120),
        amountFen: order.amountFen,
        transactionNo: order.transactionNo,
        orderId: order.id,
        provider: order.provider.slice(0, 40),
        paidAt: order.settledAt ?? this.parts.now().toISOString(),
        kioskName: this.parts.config().kioskName.slice(0, 40),
        ...(holder === null ? {} : { payer: { name: holder.name, idNumber: maskIdNumber(holder.idNumber) } }),
      },
    };
  }
}
