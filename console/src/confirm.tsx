/**
 * A yes/no question before an action that cannot be taken back (revoking a kiosk, disabling a
 * manager). The native modal dialog: it traps focus, Esc cancels, and screen readers announce it.
 */
import { useEffect, useRef } from "react";
import { useT } from "./i18n";

export function Confirm({
  question,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="confirm" aria-labelledby="confirm-question" onCancel={onCancel}>
      <p id="confirm-question">{question}</p>
      <div className="actions">
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel} autoFocus>
          {t("cancel")}
        </button>
      </div>
    </dialog>
  );
}
