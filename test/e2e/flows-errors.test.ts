import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KioskApi } from "../../core/api";
import { projectRoot } from "../../scripts/project";
import {
  choose,
  type FlowKiosk,
  next,
  onQuestion,
  openService,
  placeCard,
  removeCard,
  startFlowKiosk,
} from "../support/flow-driver";
import { type GatedCentral, startGatedCentral } from "../support/gated-central";

/**
 * What a resident reads when a query cannot be answered: the kiosk runs against the real central
 * service behind a gate the test switches to busy (429, as under the per-kiosk query limit) or
 * down. The page shows core's plain words from the failed call itself: it sends no getStatus to
 * find out what went wrong (every call the page makes is a WebSocket frame, recorded here).
 */
const shot = (name: string): string => join(projectRoot, "artifacts", `flow-errors-${name}.png`);
let gated: GatedCentral;
let fk: FlowKiosk;
const sent: string[] = [];

beforeAll(async () => {
  gated = await startGatedCentral();
  fk = await startFlowKiosk({ KIOSK_CENTRAL_URL: gated.url, KIOSK_ENROLLMENT_CODE: gated.enrollmentCode });
  const { page } = fk;
  page.on("websocket", (ws) => {
    ws.on("framesent", ({ payload }) => {
      const message = JSON.parse(payload.toString()) as { call?: string };
      if (message.call !== undefined) sent.push(message.call);
    });
  });
  // Again, so that the page's socket is opened with the recorder listening.
  await page.reload();
  await page.getByTestId("entry-service").waitFor();
  await page.waitForFunction(
    () => (globalThis as unknown as { kiosk: KioskApi }).kiosk.getStatus({}).then((status) => status.online),
    undefined,
    { timeout: 30_000, polling: 500 },
  );
}, 90_000);
afterAll(async () => {
  await fk.close();
  await gated.close();
});

/** Social-insurance status up to its last answer; the next 继续 runs the query. */
async function upToTheQuery(): Promise<void> {
  const { page } = fk;
  await openService(page, "social-insurance-status");
  await page.getByTestId("flow-start").tap();
  await page.getByTestId("page-identity").waitFor();
  await placeCard(fk);
  await onQuestion(page, "insuranceType");
  await choose(page, "pension");
}

/** Runs the query and returns the problem the failure page shows, with the calls made meanwhile. */
async function failingQuery(): Promise<{ problem: string; calls: string[] }> {
  const { page } = fk;
  sent.length = 0;
  await next(page);
  await page.getByTestId("page-failed").waitFor({ timeout: 30_000 });
  const problem = (await page.getByTestId("problem-summary").textContent()) ?? "";
  return { problem, calls: [...sent] };
}

describe("a query central cannot answer", () => {
  it("says the service is busy when central answers 429, and the retry then gets the answer", async () => {
    const { page } = fk;
    await upToTheQuery();
    gated.setMode("busy");
    const { problem, calls } = await failingQuery();
    expect(problem).toContain("服务繁忙，请过几分钟再试。");
    expect(calls).toContain("runQuery");
    expect(calls).not.toContain("getStatus");
    await page.screenshot({ path: shot("busy") });

    gated.setMode("pass");
    await page.getByTestId("flow-retry").tap();
    await page.getByTestId("page-result").waitFor({ timeout: 20_000 });
    await expect(page.getByTestId("query-rows").textContent()).resolves.toContain("养老保险");
    await page.getByTestId("flow-finish").tap();
    await page.getByTestId("page-goodbye").waitFor();
    await page.getByTestId("flow-done").tap();
    await page.getByTestId("entry-service").waitFor();
    await removeCard(fk);
  }, 90_000);

  it("says the network is down when central cannot be reached", async () => {
    const { page } = fk;
    await upToTheQuery();
    gated.setMode("down");
    const { problem, calls } = await failingQuery();
    expect(problem).toContain("网络暂时中断，此事项需要联网办理");
    await expect(page.getByTestId("offline-only").textContent()).resolves.toContain("需要联网");
    expect(calls).toContain("runQuery");
    expect(calls).not.toContain("getStatus");
    await page.screenshot({ path: shot("offline") });

    gated.setMode("pass");
    await page.getByTestId("flow-cancel").tap();
    await page.getByTestId("entry-service").waitFor();
    await removeCard(fk);
  }, 90_000);
});
