import { KioskCallError } from "../api";
import { SyncError } from "../sync/errors";
import { refusal } from "./central-failure";

/**
 * The sync engine's refusals as errors the resident can read. Anything that is not a SyncError
 * is passed on as it is (a bug, which the dispatcher logs and reports as internal).
 */
export function submitFailure(error: unknown, serviceId: string): unknown {
  if (!(error instanceof SyncError)) return error;
  const what = `submit ${serviceId}: ${error.message}`;
  switch (error.code) {
    case "offline-not-allowed":
      return new KioskCallError("offline", `offline: ${what}`);
    case "submission-refused":
      return refusal(error.reason, what);
    case "invalid-submission":
      return new KioskCallError("invalid-request", what);
    case "not-enrolled":
    case "enrollment-failed":
      return new KioskCallError("not-enrolled", what);
    case "token-rotation-failed":
      // Not a submission's failure; if it ever reaches here it is a known failure without words.
      return new KioskCallError("failed", what);
  }
}
