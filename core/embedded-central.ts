import type { TrustedKey } from "./config/verify-bundle";

/** A central service started in-process when no KIOSK_CENTRAL_URL is set (docs/architecture.md, "Run modes"). */
export interface EmbeddedCentral {
  url: string;
  /** A one-time enrollment code, so the kiosk enrolls itself like any other. */
  createEnrollmentCode(): Promise<string>;
  /** The embedded central's config-signing keys, which this kiosk then trusts. */
  publicKeys(): TrustedKey[];
  /** Settles, with the reason, if the service ends without being asked to; never after stop(). */
  readonly exited: Promise<Error>;
  stop(): Promise<void>;
}
