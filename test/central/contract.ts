import { afterAll, beforeAll, describe } from "vitest";
import { type Backend, type BackendName, startBackend, startTestCentral, type TestCentral } from "./harness";
import { accessSuite } from "./suites/access";
import { enrollAuthSuite } from "./suites/enroll-auth";
import { fleetSuite } from "./suites/fleet";
import { fleetPagesSuite } from "./suites/fleet-pages";
import { heartbeatMigrationSuite } from "./suites/heartbeat-migration";
import { inputLimitsSuite } from "./suites/input-limits";
import { kioskRequestsSuite } from "./suites/kiosk-requests";
import { legacyRowsSuite } from "./suites/legacy-rows";
import { alertsSuite } from "./suites/alerts";
import { consoleActionsSuite } from "./suites/console-actions";
import { managersSuite } from "./suites/managers";
import { rolloutsSuite } from "./suites/rollouts";
import { observabilitySuite } from "./suites/observability";
import { paymentsSuite } from "./suites/payments";
import { popularSuite } from "./suites/popular";
import { smsSuite } from "./suites/sms";
import { paymentRefundsSuite } from "./suites/payment-refunds";
import { queryLimitsSuite } from "./suites/query-limits";
import { privacySuite } from "./suites/privacy";
import { retentionSuite } from "./suites/retention";
import { rulesSuite } from "./suites/rules";
import { submissionsSuite } from "./suites/submissions";
import { supportPacketsSuite } from "./suites/support-packets";
import { ticketsQueriesSuite } from "./suites/tickets-queries";
import { updatesSuite } from "./suites/updates";

/** What every suite gets: the backend and one shared server on a fresh database. */
export interface SuiteContext {
  backend: Backend;
  central: TestCentral;
}

/**
 * Every rule of the kiosk ↔ central contract (central/protocol.ts), written once and run against
 * each database (the serialport habit: one contract suite, several implementations).
 */
export function runContract(name: BackendName): void {
  describe(`central contract on ${name}`, () => {
    const ctx = {} as SuiteContext;
    beforeAll(async () => {
      ctx.backend = await startBackend(name);
      ctx.central = await startTestCentral(ctx.backend);
    });
    afterAll(async () => {
      await ctx.central.close();
      await ctx.backend.stop();
    });
    const get = (): SuiteContext => ctx;
    enrollAuthSuite(get);
    submissionsSuite(get);
    rulesSuite(get);
    fleetSuite(get);
    fleetPagesSuite(get);
    heartbeatMigrationSuite(get);
    ticketsQueriesSuite(get);
    observabilitySuite(get);
    queryLimitsSuite(get);
    accessSuite(get);
    privacySuite(get);
    inputLimitsSuite(get);
    retentionSuite(get);
    legacyRowsSuite(get);
    updatesSuite(get);
    supportPacketsSuite(get);
    kioskRequestsSuite(get);
    paymentsSuite(get);
    popularSuite(get);
    smsSuite(get);
    paymentRefundsSuite(get);
    managersSuite(get);
    rolloutsSuite(get);
    consoleActionsSuite(get);
    alertsSuite(get);
  });
}
