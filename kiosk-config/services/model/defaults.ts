/**
 * The settings most services of one kind share, whatever their category: spread one into a
 * definition and override what differs. Written once here so a change (say, what an application
 * asks residents to bring) reaches every category alike.
 */
import type { CategoryId } from "../../catalog/categories";
import { type ServiceDefaults, t } from "./build";
import { needCard, needPhone } from "./common";

/** A query about the resident: ID card, answered online only, printed as a query printout. */
export function queryDefaults(category: CategoryId): ServiceDefaults {
  return {
    category,
    kind: "query",
    identity: "idcard",
    offline: "online-only",
    print: "query-printout",
    needs: [needCard],
  };
}

/** A query anyone may make (addresses, prices, routes): no ID card, nothing to bring. */
export function openQueryDefaults(category: CategoryId): ServiceDefaults {
  return { ...queryDefaults(category), identity: "none", needs: [] };
}

/** A certificate printed on the spot: ID card, online only. */
export function certificateDefaults(category: CategoryId): ServiceDefaults {
  return { ...queryDefaults(category), kind: "print-certificate", print: "certificate" };
}

/** A payment by QR code on screen: ID card and a phone to pay with; online only, with a receipt. */
export function paymentDefaults(category: CategoryId): ServiceDefaults {
  return {
    category,
    kind: "payment",
    identity: "idcard",
    offline: "online-only",
    print: "submission-receipt",
    needs: [needCard, t("手机（扫码付款）", "A phone to pay by QR code")],
  };
}

/** An application: ID card and a phone for the result text; queued while offline. */
export function applicationDefaults(category: CategoryId): ServiceDefaults {
  return {
    category,
    kind: "application",
    identity: "idcard",
    offline: "queue",
    print: "submission-receipt",
    needs: [needCard, needPhone],
  };
}
