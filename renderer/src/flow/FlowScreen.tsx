import { useTranslation } from "react-i18next";
import type { CardHolder, SessionEndReason } from "../../../core/api";
import { FlowRunner } from "./FlowRunner";
import { PageFrame } from "./PageFrame";
import { useService } from "./use-service";

export interface FlowScreenProps {
  serviceId: string;
  /** The card holder read in this session (kept by the App), before or during the flow; else null. */
  holder: CardHolder | null;
  /** The resident's session id (opened on first touch). */
  session: () => Promise<string>;
  /** Ends the session and wipes everything (done, cancel, card removed). */
  onEnd: (reason: SessionEndReason) => void;
  /** Leaves the flow to the screen before it (返回 on the first page). */
  onLeave: () => void;
  /** Lets the nav bar's 返回 step back inside the flow: returns true when the flow handled it. */
  registerBack: (handler: (() => boolean) | null) => void;
}

/** Opens a service: loads its definition, then runs it one page at a time. */
export function FlowScreen(props: FlowScreenProps) {
  const { t } = useTranslation();
  const load = useService(props.serviceId);
  if (load.state === "loading") {
    return (
      <p className="flow-loading" role="status">
        {t("flow.loading")}
      </p>
    );
  }
  if (load.state === "failed") {
    return <PageFrame title={t("flow.loadFailed")} onBack={props.onLeave} testId="flow-load-failed" />;
  }
  return <FlowRunner {...props} service={load.service} online={load.online} />;
}
