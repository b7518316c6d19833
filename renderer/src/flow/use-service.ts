import { useEffect, useState } from "react";
import type { ServiceDefinition } from "../../../kiosk-config/services/model/schema";
import { useKiosk } from "../app/kiosk-context";
import { DEPARTMENT_FIELD, finishKind } from "./finish";

export type ServiceLoad =
  | { state: "loading" }
  | { state: "ready"; service: ServiceDefinition; online: boolean }
  | { state: "failed" };

type Loaded = { state: "loading" } | { state: "ready"; service: ServiceDefinition } | { state: "failed" };

/**
 * The definition of one service, and whether the kiosk is online, kept current: a service that
 * needs the network becomes startable the moment the kiosk reaches central again (or first does,
 * just after the kiosk started). A queue-ticket service gets this site's departments
 * (listDepartments) as the options of its department question.
 */
export function useService(serviceId: string): ServiceLoad {
  const { kiosk } = useKiosk();
  const [load, setLoad] = useState<Loaded>({ state: "loading" });
  // The newest word wins: an event newer than the first getStatus reply replaces it, never the reverse.
  const [online, setOnline] = useState<boolean | null>(null);
  useEffect(() => kiosk.on("status-changed", (status) => setOnline(status.online)), [kiosk]);
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
      if (!live) return;
      setOnline((known) => known ?? status.online);
      setLoad({ state: "ready", service: shown });
    };
    run().catch(() => live && setLoad({ state: "failed" }));
    return () => {
      live = false;
    };
  }, [kiosk, serviceId]);
  return load.state === "ready" ? { ...load, online: online ?? false } : load;
}
