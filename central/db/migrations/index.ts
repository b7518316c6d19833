import type { Migration } from "kysely";
import * as kiosks from "./0010-kiosks";
import * as submissions from "./0020-submissions";
import * as tickets from "./0030-tickets";
import * as heartbeats from "./0040-heartbeats";
import * as configAudit from "./0050-config-audit";
import * as access from "./0060-access";
import * as sealing from "./0070-sealing";
import * as heartbeatHistory from "./0080-heartbeat-history";
import * as managersRollouts from "./0090-managers-rollouts";
import * as alertsWebhook from "./0100-alerts-webhook";
import * as appReleases from "./0110-app-releases";
import * as supportPackets from "./0120-support-packets";
import * as payments from "./0130-payments";
import * as decisionDocumentFields from "./0150-decision-document-fields";
import * as popularSms from "./0160-popular-sms";
import * as kioskRequests from "./0170-kiosk-requests";
import * as jobClaims from "./0180-job-claims";
import * as kiosksChanged from "./0190-kiosks-changed";

/**
 * Every migration, in order, for the kind of database it runs on; names step by 10 to leave room
 * for a hotfix in between. Almost all are the same on both: only triggers need their own words.
 *
 * To add one: create `00NN-what.ts` exporting `up(db)`, append it here, never edit a shipped one.
 */
export function migrationsFor(kind: "sqlite" | "postgres"): Record<string, Migration> {
  return { ...shared, "0190-kiosks-changed": { up: (db) => kiosksChanged.up(db, kind) } };
}

const shared: Record<string, Migration> = {
  "0010-kiosks": kiosks,
  "0020-submissions": submissions,
  "0030-tickets": tickets,
  "0040-heartbeats": heartbeats,
  "0050-config-audit": configAudit,
  "0060-access": access,
  "0070-sealing": sealing,
  "0080-heartbeat-history": heartbeatHistory,
  "0090-managers-rollouts": managersRollouts,
  "0100-alerts-webhook": alertsWebhook,
  "0110-app-releases": appReleases,
  "0120-support-packets": supportPackets,
  "0130-payments": payments,
  "0150-decision-document-fields": decisionDocumentFields,
  "0160-popular-sms": popularSms,
  "0170-kiosk-requests": kioskRequests,
  "0180-job-claims": jobClaims,
};
