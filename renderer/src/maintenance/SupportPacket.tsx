import { useState } from "react";
import type { SupportPacketResult } from "../../../core/api";
import { useKiosk } from "../app/kiosk-context";
import { localized } from "../i18n/localized";
import { say } from "./text";

/** Sends the support packet to central on request; says plainly whether it arrived. */
export function SupportPacket({
  token,
  locale,
  onLocked,
}: {
  token: string;
  locale: string;
  onLocked: () => void;
}) {
  const { kiosk } = useKiosk();
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<SupportPacketResult | null>(null);
  return (
    <div className="support-packet">
      <button
        type="button"
        className="button button--secondary"
        disabled={sending}
        data-testid="send-support-packet"
        onClick={() => {
          setSending(true);
          kiosk.sendSupportPacket({ token }).then((r) => {
            setResult(r);
            setSending(false);
          }, onLocked);
        }}
      >
        {say("support", locale)}
      </button>
      <small>{say("supportHint", locale)}</small>
      {result && (
        <p
          className={result.ok ? "check check--pass" : "check check--fail"}
          role="status"
          data-testid="support-result"
        >
          {localized(result.message, locale)}
        </p>
      )}
    </div>
  );
}
