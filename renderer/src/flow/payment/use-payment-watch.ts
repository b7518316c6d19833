import { useEffect, useEffectEvent, useState } from "react";
import type { PaymentView } from "../../../../core/api";
import { useKiosk } from "../../app/kiosk-context";
import { callFailure } from "../call-failure";

/** How long one status read may wait at central for the payer to act, in seconds. */
const HELD_READ_SECONDS = 20;
/** Pause before reading again after a failed read (offline), so a dead link is not hammered. */
const RETRY_MS = 2_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Follows a pending order until it ends: each read is held open at central while the order stays
 * pending, so the screen changes the moment the payer acts. A read that fails (network down) is
 * tried again after a pause; meanwhile `offline` is true and the page says so in plain words —
 * the order lives on at central, and the answer arrives once the link is back.
 */
export function usePaymentWatch(
  session: () => Promise<string>,
  payment: PaymentView,
  onChange: (next: PaymentView) => void,
): { offline: boolean } {
  const { kiosk } = useKiosk();
  const [offline, setOffline] = useState(false);
  const changed = useEffectEvent(onChange);
  const pending = payment.state === "pending";
  const orderId = payment.orderId;

  useEffect(() => {
    if (!pending) return;
    let live = true;
    // Read through a call: the cleanup may change `live` while the loop waits on a read.
    const alive = (): boolean => live;
    const watch = async (): Promise<void> => {
      while (alive()) {
        try {
          const sessionId = await session();
          const next = await kiosk.paymentStatus({
            sessionId,
            orderId,
            waitSeconds: HELD_READ_SECONDS,
            since: "pending",
          });
          if (!alive()) return;
          setOffline(false);
          changed(next);
          if (next.state !== "pending") return;
        } catch (error) {
          if (!alive()) return;
          const failure = callFailure(error);
          // The session is over (idle, card removed): nothing left to watch from this page.
          if (failure.code === "session-ended" || failure.code === "not-offered") return;
          setOffline(true);
          await sleep(RETRY_MS);
        }
      }
    };
    void watch();
    return () => {
      live = false;
    };
  }, [kiosk, session, orderId, pending]);

  return { offline: pending && offline };
}
