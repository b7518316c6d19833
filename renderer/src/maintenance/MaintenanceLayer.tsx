import { Suspense, useState } from "react";
import { useKiosk } from "../app/kiosk-context";
import { MaintenanceMenu } from "../app/later-screens";
import { PinPad } from "./PinPad";
import { useHiddenGesture } from "./use-hidden-gesture";
import "./maintenance.css";

type State = { kind: "closed" } | { kind: "pin" } | { kind: "open"; token: string };

/**
 * The technicians' side, laid over the resident UI: a hidden gesture, the PIN, then the menu.
 * Leaving locks the menu in core, which also ends any resident session through the same wipe as
 * an idle reset.
 */
export function MaintenanceLayer() {
  const { kiosk } = useKiosk();
  const [state, setState] = useState<State>({ kind: "closed" });
  useHiddenGesture(() => {
    setState((s) => (s.kind === "closed" ? { kind: "pin" } : s));
  });
  if (state.kind === "closed") return null;
  const close = (): void => {
    if (state.kind === "open") void kiosk.lockMaintenance({ token: state.token }).catch(() => undefined);
    setState({ kind: "closed" });
  };
  return (
    <div className="maintenance-layer" data-testid="maintenance-layer">
      {state.kind === "pin" ? (
        <PinPad onUnlocked={(token) => setState({ kind: "open", token })} onCancel={close} />
      ) : (
        <Suspense fallback={null}>
          <MaintenanceMenu token={state.token} onExit={close} />
        </Suspense>
      )}
    </div>
  );
}
