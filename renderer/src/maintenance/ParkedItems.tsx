import { useState } from "react";
import type { MaintenanceAction, MaintenanceReport } from "../../../core/api";
import { say } from "./text";

type Parked = MaintenanceReport["outbox"]["parked"][number];

/**
 * Submissions that kept failing and were set aside so the queue goes on. A technician sends one
 * again or gives it up; giving up erases a resident's submission, so it takes a second tap.
 */
export function ParkedItems({
  parked,
  locale,
  run,
}: {
  parked: readonly Parked[];
  locale: string;
  run: (action: MaintenanceAction) => void;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (parked.length === 0) return null;
  return (
    <>
      <h2>{say("parked", locale)}</h2>
      <ul className="plain-list" data-testid="parked-items">
        {parked.map((p) => (
          <li key={p.id} className="check check--fail parked-item">
            <span>
              {p.at} · {p.serviceId} · {say("attempts", locale, p.attempts)}
              <br />
              <small>{p.reason}</small>
            </span>
            <div className="action-row">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setConfirming(null);
                  run({ kind: "outbox-retry", id: p.id });
                }}
              >
                {say("retry", locale)}
              </button>
              {confirming === p.id ? (
                <button
                  type="button"
                  className="button button--danger"
                  onClick={() => {
                    setConfirming(null);
                    run({ kind: "outbox-discard", id: p.id });
                  }}
                >
                  {say("confirmDiscard", locale)}
                </button>
              ) : (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setConfirming(p.id)}
                >
                  {say("discard", locale)}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
