import { useEffect, useState } from "react";
import type { ServiceSummary } from "../../../core/api";
import { useKiosk } from "./kiosk-context";

/**
 * The attract screen's most-used tiles. The contract has no "most used" call, so this is a short
 * fixed list of high-frequency services; any this kiosk does not offer are left out.
 */
export const MOST_USED_IDS = [
  "newborn-med-insurance",
  "social-insurance-status",
  "housing-fund-balance",
  "queue-ticket",
  "hotline-12345",
  "food-safety-report",
] as const;

export function useMostUsed(): ServiceSummary[] {
  const { kiosk } = useKiosk();
  const [services, setServices] = useState<ServiceSummary[]>([]);
  useEffect(() => {
    let live = true;
    void Promise.allSettled(MOST_USED_IDS.map((serviceId) => kiosk.getService({ serviceId }))).then(
      (results) => {
        if (!live) return;
        setServices(
          results.flatMap((r) =>
            r.status === "fulfilled"
              ? [
                  {
                    id: r.value.id,
                    name: r.value.name,
                    kind: r.value.kind,
                    identity: r.value.identity,
                    instantDecision: r.value.approvalRule !== undefined,
                  },
                ]
              : [],
          ),
        );
      },
    );
    return () => {
      live = false;
    };
  }, [kiosk]);
  return services;
}
