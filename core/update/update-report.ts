import type { AppVersion, HeartbeatRequest } from "../../central/protocol";
import { readJournal } from "./journal";

/** The update fields of a heartbeat: the version waiting to install, and the last update's outcome. */
export type UpdateReport = Pick<HeartbeatRequest, "pendingAppVersion" | "lastAppUpdate">;

export function updateReport(journalPath: string, pending: AppVersion | undefined): UpdateReport {
  const { lastUpdate } = readJournal(journalPath);
  return {
    ...(pending === undefined ? {} : { pendingAppVersion: pending }),
    ...(lastUpdate === undefined ? {} : { lastAppUpdate: lastUpdate }),
  };
}
