import type { KioskHandlers } from "../rpc";
import type { PaymentView } from "../api";
import type { SessionReceipts } from "../session/session-receipts";
import type { PaymentDesk } from "../services/payment-desk";

/**
 * The resident's payment calls. Once an order is paid its receipt is kept for the session, for
 * printReceipt to print — once: reading the paid order again does not make a second receipt.
 */
export function paymentHandlers(
  desk: PaymentDesk,
  receipts: SessionReceipts,
): Pick<KioskHandlers, "openPayment" | "paymentStatus" | "cancelPayment"> {
  const keep = (sessionId: string, view: PaymentView): PaymentView => {
    const held = receipts.get(sessionId);
    const same = held?.layoutId === "payment-receipt" && held.data.orderId === view.orderId;
    if (view.receipt !== null && !same) receipts.record(sessionId, view.receipt);
    return view;
  };
  return {
    openPayment: async (request) => keep(request.sessionId, await desk.open(request)),
    paymentStatus: async (request) => keep(request.sessionId, await desk.status(request)),
    cancelPayment: async (request) => keep(request.sessionId, await desk.cancel(request)),
  };
}
