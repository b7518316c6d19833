import { IDEMPOTENT_REPLAYED_HEADER, PAYMENT_ROUTES, PaymentOrder, PaymentOrderRequest } from "../protocol";
import { common, err, type Operation } from "./operation";

/** Payment orders a kiosk opens for a submission, reads while the resident pays, and cancels. */
export const paymentOperations: Operation[] = [
  {
    method: "post",
    path: PAYMENT_ROUTES.paymentOrders,
    summary: `Open a payment order for one submission (one per submission: the same again answers 200 with ${IDEMPOTENT_REPLAYED_HEADER})`,
    auth: "kiosk",
    request: PaymentOrderRequest,
    replies: {
      201: { description: "opened", schema: PaymentOrder },
      200: { description: "the order already opened for this submission", schema: PaymentOrder },
      ...common,
      409: err("the submission already has an order for another service (order_conflict)"),
      422: err("unknown service, a service that takes no payment, or no bill for these answers"),
    },
  },
  {
    method: "get",
    path: PAYMENT_ROUTES.paymentOrder,
    summary:
      "One of this kiosk's orders; with ?since=<state>&wait=1..25 the answer waits while the order stays in that state",
    auth: "kiosk",
    replies: {
      200: { description: "order", schema: PaymentOrder },
      ...common,
      404: err("no such order for this kiosk"),
    },
  },
  {
    method: "post",
    path: PAYMENT_ROUTES.paymentOrderCancel,
    summary: "Cancel a pending order (the resident gave up); a final order is answered as it stands",
    auth: "kiosk",
    replies: {
      200: { description: "order after the cancel", schema: PaymentOrder },
      ...common,
      404: err("no such order for this kiosk"),
    },
  },
];
