import { useEffect, useState } from "react";
import type { KioskStatus } from "../../../core/api";
import { useKiosk } from "./kiosk-context";

/** The kiosk's status, fetched once and then kept current by `status-changed` events. */
export function useKioskStatus(): KioskStatus | null {
  const { kiosk } = useKiosk();
  const [status, setStatus] = useState<KioskStatus | null>(null);
  useEffect(() => {
    let live = true;
    const off = kiosk.on("status-changed", (next) => {
      setStatus(next);
    });
    kiosk
      .getStatus({})
      .then((first) => {
        if (live) setStatus((current) => current ?? first);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      off();
    };
  }, [kiosk]);
  return status;
}
