import { m0010Outbox } from "./0010-outbox";
import { m0020Receipts } from "./0020-receipts";
import { m0030Events } from "./0030-events";
import { m0040ConfigHistory } from "./0040-config-history";
import { m0050Kv } from "./0050-kv";
import { m0060OutboxParking } from "./0060-outbox-parking";
import { m0070LocalConfig } from "./0070-local-config";
import { m0100Payments } from "./0100-payments";
import type { Migration } from "./types";

/**
 * Every schema step, oldest first. To add one: copy the newest file, take the next multiple of
 * 10, write its test beside it (build the previous version, insert rows, migrate, compare), and
 * append it here. Never edit or reorder a shipped step: kiosks in the field have already run it.
 */
export const migrations: readonly Migration[] = [
  m0010Outbox,
  m0020Receipts,
  m0030Events,
  m0040ConfigHistory,
  m0050Kv,
  m0060OutboxParking,
  m0070LocalConfig,
  m0100Payments,
];
