import { useEffect, useState } from "react";
import type { ServiceDefinition } from "../../../kiosk-config/services/schema";
import { useKiosk } from "../app/kiosk-context";
import { DEPARTMENT_FIELD, finishKind } from "./finish";

export type ServiceLoad =
  | { state: "loading" }
  | { state: "ready"; service: ServiceDefinition; online: boolean }
  | { state: "failed" };

/**
 * The definition of one service, and whether the kiosk is online. A queue-ticket service gets this
 * site's departments (listDepartments) as the options of its department question.
 */
export function useService(serviceId: string): ServiceLoad {
  const { kiosk } = useKiosk();
  const [load, setLoad] = useState<ServiceLoad>({ state: "loading" });
  useEffect(() => {
    let live = true;
    const run = async (): Promise<void> => {
      const [service, status] = await Promise.all([kiosk.getService({ serviceId }), kiosk.getStatus({})]);
      let shown = service;
      if (finishKind(service) === "ticket") {
        const { departments } = await kiosk.listDepartments({});
        shown = {
          ...service,
          steps: service.steps.map((s) =>
            s.type === "question" &&
            s.field === DEPARTMENT_FIELD &&
            s.answer.type === "select" &&
            departments.length >= 2
              ? {
                  ...s,
                  answer: {
                    ...s.answer,
                    options: departments.map((d) => ({
                      value: d.id,
                      label: { "zh-CN": d.name["zh-CN"], en: d.name.en ?? d.name["zh-CN"] },
                    })),
                  },
                }
              : s,
          ),
        };
      }
      if (live) setLoad({ state: "ready", service: shown, online: status.online });
    };
    run().catch(() => live && setLoad({ state: "failed" }));
    return () => {
      live = false;
    };
  }, [kiosk, serviceId]);
  return load;
}
