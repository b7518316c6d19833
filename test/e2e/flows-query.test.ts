import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project";
import {
  choose,
  type FlowKiosk,
  next,
  onQuestion,
  openService,
  placeCard,
  printAndFinish,
  printedTickets,
  removeCard,
  startFlowKiosk,
} from "../support/flow-driver";

/** Queries (results shown and printed, never stored) and certificates, end to end. */
const shot = (name: string): string => join(projectRoot, "artifacts", `flow-${name}.png`);
let fk: FlowKiosk;

beforeAll(async () => {
  fk = await startFlowKiosk();
});
afterAll(async () => {
  await fk.close();
});

describe("query and certificate services", () => {
  it("social-insurance status: card, one question, rows on screen, printed", async () => {
    const { page } = fk;
    await openService(page, "social-insurance-status");
    await page.getByTestId("flow-start").tap();
    await page.getByTestId("page-identity").waitFor();
    await placeCard(fk);
    await onQuestion(page, "insuranceType");
    await choose(page, "pension");
    await next(page);
    await page.getByTestId("page-result").waitFor({ timeout: 20_000 });
    const rows = (await page.getByTestId("query-rows").textContent()) ?? "";
    expect(rows).toContain("养老保险");
    expect(rows).toContain("参保单位");
    // Words and units in the resident's language only, on screen and on paper.
    expect(rows).toContain("正常参保");
    expect(rows).toMatch(/\d+ 个月/);
    expect(rows).not.toMatch(/Active|months/);
    await page.screenshot({ path: shot("query-result") });
    await printAndFinish(page);
    const [ticket] = await printedTickets(fk);
    expect(ticket?.text).toContain("养老保险");
    expect(ticket?.text).toContain("正常参保");
    expect(ticket?.text).not.toMatch(/Active|months/);
    await page.getByTestId("flow-done").tap();
    await page.getByTestId("entry-service").waitFor();
    await removeCard(fk);
  }, 90_000);

  it("ID-card copy certificate: a route skips a question, then the certificate prints", async () => {
    const { page } = fk;
    await openService(page, "id-card-copy");
    await page.getByTestId("flow-start").tap();
    await page.getByTestId("page-identity").waitFor();
    await placeCard(fk);
    await onQuestion(page, "watermark");
    await choose(page, "none");
    await next(page);
    // The route for "none" jumps straight past the "only for what?" question.
    await onQuestion(page, "copies");
    await choose(page, "1");
    await page.getByTestId("flow-back").tap();
    await onQuestion(page, "watermark");
    await expect(page.getByTestId("option-none").getAttribute("aria-checked")).resolves.toBe("true");
    await next(page);
    await onQuestion(page, "copies");
    await expect(page.getByTestId("option-1").getAttribute("aria-checked")).resolves.toBe("true");
    await next(page);
    await page.getByTestId("page-result").waitFor({ timeout: 20_000 });
    await expect(page.getByTestId("flow-print").textContent()).resolves.toContain("打印证明");
    await printAndFinish(page);
    await page.screenshot({ path: shot("certificate-printed"), fullPage: true });
    const [ticket] = await printedTickets(fk);
    expect(ticket?.text.length).toBeGreaterThan(20);
    expect(ticket?.text).not.toMatch(/\d{17}[\dX]/);
    await removeCard(fk);
  }, 90_000);

  it("ID-card copy: a card placed before 开始 skips the card page; taking it away mid-flow ends the session", async () => {
    const { page } = fk;
    await openService(page, "id-card-copy");
    await placeCard(fk);
    await page.getByTestId("flow-start").tap();
    // The App holds the card read on the needs page: no card page in between.
    await onQuestion(page, "watermark");
    await removeCard(fk);
    // The service wipes on card removal: back to the attract screen, answers gone.
    await page.getByTestId("entry-service").waitFor({ timeout: 10_000 });
    await expect(page.getByTestId("question-watermark").count()).resolves.toBe(0);
  }, 90_000);
});
