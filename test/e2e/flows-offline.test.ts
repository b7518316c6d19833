import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project";
import {
  answerNewborn,
  type FlowKiosk,
  openService,
  placeCard,
  printAndFinish,
  printedTickets,
  removeCard,
  startFlowKiosk,
  submitAndWait,
} from "../support/flow-driver";

/**
 * With the central service unreachable: an offline-allowed service (the newborn example) queues
 * and says and prints "received, will be processed"; an online-only one says plainly it cannot.
 */
const shot = (name: string): string => join(projectRoot, "artifacts", `flow-offline-${name}.png`);
let fk: FlowKiosk;

/** A port nothing listens on: bound once to learn a free number, then closed. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

beforeAll(async () => {
  fk = await startFlowKiosk({ KIOSK_CENTRAL_URL: `http://127.0.0.1:${await deadPort()}` });
});
afterAll(async () => {
  await fk.close();
});

describe("while the central service is unreachable", () => {
  it("an online-only service says so plainly before anything is asked", async () => {
    const { page } = fk;
    await openService(page, "queue-ticket");
    const notice = (await page.getByTestId("offline-only").textContent()) ?? "";
    expect(notice).toContain("需要联网");
    await expect(page.getByTestId("flow-start").count()).resolves.toBe(0);
    await page.screenshot({ path: shot("online-only") });
    await page.getByTestId("flow-cancel").tap();
    await page.getByTestId("entry-service").waitFor();
  }, 60_000);

  it("the newborn application queues, and shows and prints 'received, will be processed'", async () => {
    const { page } = fk;
    await openService(page, "newborn-med-insurance");
    await page.getByTestId("flow-start").tap();
    await page.getByTestId("page-identity").waitFor();
    await placeCard(fk);
    await answerNewborn(page, {
      name: [
        ["chen", "陈"],
        ["si", "思"],
        ["yu", "语"],
      ],
      sex: "female",
      daysOld: 45,
      certificateNo: "Q350100002",
      relationship: "mother",
      phone: "13800138001",
    });
    await submitAndWait(page);
    await expect(page.getByTestId("result-status").textContent()).resolves.toContain(
      "已受理，联网后将自动提交",
    );
    const reference = ((await page.getByTestId("reference-no").textContent()) ?? "").trim();
    expect(reference.length).toBeGreaterThan(3);
    await page.screenshot({ path: shot("queued") });
    await printAndFinish(page);
    const [printed] = await printedTickets(fk);
    expect(printed?.text).toContain(reference);
    expect(printed?.text).toMatch(/联网后|will upload|will be processed/);
    await removeCard(fk);
  }, 90_000);
});
