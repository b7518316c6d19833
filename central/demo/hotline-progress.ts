import type { Kysely } from "kysely";
import type { CentralSchema } from "../db/schema";
import type { QueryRow } from "../protocol";
import { type DemoQuery, wordsRow } from "./queries";

const STATUS_TEXT: Record<string, [string, string]> = {
  accepted: ["已受理", "Accepted"],
  pending: ["办理中", "In progress"],
  approved: ["已办结", "Completed"],
  rejected: ["不予受理", "Declined"],
};

/**
 * 12345 progress by tracking number: reads the report's status from real submissions. Only the
 * status and dates are shown — a tracking number on a slip of paper must not reveal the report.
 */
export function hotlineProgressQuery(db: Kysely<CentralSchema>): DemoQuery {
  return async (_identity, params) => {
    const trackingNo = typeof params.trackingNo === "string" ? params.trackingNo.toUpperCase() : "";
    const row = await db
      .selectFrom("submissions")
      .select(["status", "received_at"])
      .where("tracking_no", "=", trackingNo)
      .where("service_id", "in", ["hotline-12345", "food-safety-report"])
      .executeTakeFirst();
    const label = (zh: string, en: string, value: string): QueryRow => ({
      label: { "zh-CN": zh, en },
      value,
    });
    if (row === undefined)
      return [wordsRow("办理进度", "Progress", "未查询到该受理编号", "No such tracking number")];
    const status = STATUS_TEXT[row.status];
    return [
      label("受理编号", "Tracking number", trackingNo),
      label("受理时间", "Received", row.received_at.slice(0, 10)),
      status === undefined
        ? label("办理进度", "Progress", row.status)
        : wordsRow("办理进度", "Progress", status[0], status[1]),
    ];
  };
}
