import { type ReactNode, useEffect, useRef } from "react";

interface Props {
  labelledBy: string;
  describedBy: string;
  /** alertdialog for warnings that need an answer (the idle countdown). */
  role?: "dialog" | "alertdialog";
  children: ReactNode;
}

/**
 * An in-app modal: the kiosk shell disables alert/confirm/prompt. Uses the native
 * <dialog> so focus is trapped and the rest of the page is inert for screen readers.
 */
export function Dialog({ labelledBy, describedBy, role = "dialog", children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      role={role}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      // Escape would close the dialog without the app knowing; the buttons are the way out.
      onCancel={(event) => event.preventDefault()}
    >
      {children}
    </dialog>
  );
}
