import { Component, type ErrorInfo, type ReactNode } from "react";
import { ErrorPanel } from "./ErrorPanel";

interface Props {
  onRecover: () => void;
  children: ReactNode;
}

/** Seconds the apology stays before the kiosk recovers by itself, for a resident who walked away. */
const AUTO_RECOVER_SECONDS = 20;

/**
 * Catches a rendering failure anywhere below it, shows a plain apology, and recovers to the
 * attract screen with the session wiped — by the resident's tap or by itself.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };
  #timer: ReturnType<typeof setTimeout> | null = null;

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("screen failed", error.name, info.componentStack?.split("\n")[1]?.trim());
    this.#timer = setTimeout(this.recover, AUTO_RECOVER_SECONDS * 1000);
  }

  override componentWillUnmount(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
  }

  recover = (): void => {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.setState({ failed: false });
    this.props.onRecover();
  };

  override render(): ReactNode {
    return this.state.failed ? <ErrorPanel onRestart={this.recover} /> : this.props.children;
  }
}
