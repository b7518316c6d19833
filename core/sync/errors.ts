import type { Reason } from "../../central/protocol";

export type SyncErrorCode =
  | "not-enrolled"
  | "enrollment-failed"
  | "offline-not-allowed"
  | "submission-refused"
  | "invalid-submission"
  | "token-rotation-failed";

/**
 * Errors the runtime shows a resident or a technician, in plain Chinese and English.
 */
export class SyncError extends Error {
  constructor(
    /** Stable code the runtime can act on. */
    readonly code: SyncErrorCode,
    /** Plain Chinese, for the screen. */
    readonly messageZh: string,
    /** Plain English, for the screen and the logs. */
    messageEn: string,
    /** The central service's reason, when it refused something. */
    readonly reason?: Reason,
  ) {
    super(messageEn);
    this.name = "SyncError";
  }
}

export function offlineNotAllowed(serviceId: string): SyncError {
  return new SyncError(
    "offline-not-allowed",
    "网络暂时不通，此项业务需要联网办理，请稍后再试或到人工窗口办理。",
    `The network is down and service "${serviceId}" cannot be submitted offline. Try again later or use a staffed counter.`,
  );
}

export function submissionRefused(reason: Reason): SyncError {
  return new SyncError(
    "submission-refused",
    `申请未被受理：${reason.zh}`,
    `The central service refused the submission: ${reason.en}`,
    reason,
  );
}
