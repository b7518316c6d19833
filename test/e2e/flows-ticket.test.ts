import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KioskApi } from "../../core/api";
import { projectRoot } from "../../scripts/project";
import {
  chinaDate,
  choose,
  type FlowKiosk,
  next,
  onQuestion,
  openService,
  padType,
  pickDate,
  placeCard,
  printAndFinish,
  printedTickets,
  removeCard,
  startFlowKiosk,
  submitAndWait,
} from "../support/flow-driver";

/** 取号 (queue tickets from the site's departments) and counter appointments, end to end. */
const shot = (name: string): string => join(projectRoot, "artifacts", `flow-${name}.png`);
let fk: FlowKiosk;

beforeAll(async () => {
  fk = await startFlowKiosk();
});
afterAll(async () => {
  await fk.close();
});

describe("queue tickets and appointments", () => {
  it("takes a numbered ticket with the people waiting ahead, and prints it", async () => {
    const { page } = fk;
    const departments = await page.evaluate(() =>
      (globalThis as unknown as { kiosk: KioskApi }).kiosk.listDepartments({}),
    );
    const first = departments.departments[0];
    if (!first) throw new Error("this site has no queue departments");
    const tickets: string[] = [];
    for (let i = 0; i < 2; i++) {
      await openService(page, "queue-ticket");
      await page.getByTestId("flow-start").tap();
      await page.getByTestId("identity-skip").tap();
      await onQuestion(page, "department");
      // The tiles are this site's departments (listDepartments), not a fixed list.
      expect(await page.locator('[data-testid^="option-"]').count()).toBe(departments.departments.length);
      await choose(page, first.id);
      await next(page);
      await onQuestion(page, "priority");
      await choose(page, "no");
      await next(page);
      await submitAndWait(page);
      tickets.push(((await page.getByTestId("ticket-no").textContent()) ?? "").trim());
      const ahead = (await page.getByTestId("waiting-ahead").textContent()) ?? "";
      expect(ahead).toMatch(/前面还有 \d+ 人/);
      if (i === 1) await page.screenshot({ path: shot("ticket") });
      await printAndFinish(page);
      const [printed] = await printedTickets(fk);
      expect(printed?.text).toContain(tickets[i]);
      await page.getByTestId("flow-done").tap();
      await page.getByTestId("entry-service").waitFor();
    }
    expect(tickets[0]).not.toBe(tickets[1]);
  }, 90_000);

  it("books a counter appointment on a picked day and prints the receipt", async () => {
    const { page } = fk;
    await openService(page, "counter-appointment");
    await page.getByTestId("flow-start").tap();
    await page.getByTestId("page-identity").waitFor();
    await placeCard(fk);
    await onQuestion(page, "department");
    await page.locator('[data-testid^="option-"]').first().tap();
    await next(page);
    await onQuestion(page, "appointmentDate");
    // Today is outside the range (1–14 days ahead): its tile cannot be chosen.
    const today = chinaDate(0);
    const tomorrow = chinaDate(-1);
    if (today.month === tomorrow.month) {
      await page.getByTestId(`month-${today.month}`).tap();
      await expect(page.getByTestId(`day-${today.day}`).isDisabled()).resolves.toBe(true);
    }
    await pickDate(page, chinaDate(-3));
    await next(page);
    await onQuestion(page, "timeSlot");
    await choose(page, "am-early");
    await next(page);
    await onQuestion(page, "phone");
    await padType(page, "13900001111");
    await next(page);
    await page.getByTestId("page-check").waitFor();
    await submitAndWait(page);
    const reference = ((await page.getByTestId("reference-no").textContent()) ?? "").trim();
    expect(reference.length).toBeGreaterThan(3);
    await printAndFinish(page);
    const [printed] = await printedTickets(fk);
    expect(printed?.text).toContain(reference);
    await removeCard(fk);
  }, 90_000);
});
