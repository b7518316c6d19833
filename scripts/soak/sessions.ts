import {
  answerNewborn,
  choose,
  DEMO_NEWBORN,
  type FlowKiosk,
  next,
  onQuestion,
  openService,
  placeCard,
  printAndFinish,
  removeCard,
  submitAndWait,
} from "../../test/support/flow-driver";

/** One resident's visit: which service, and the steps between placing the card and the result page. */
export interface SessionKind {
  name: "query" | "miaopi" | "ticket";
  walk(fk: FlowKiosk): Promise<void>;
}

/** 社保参保查询: the card, one question, the rows on screen. */
const query: SessionKind = {
  name: "query",
  async walk(fk) {
    const { page } = fk;
    await openService(page, "social-insurance-status");
    await page.getByTestId("flow-start").tap();
    await page.getByTestId("page-identity").waitFor();
    await placeCard(fk);
    await onQuestion(page, "insuranceType");
    await choose(page, "pension");
    await next(page);
    await page.getByTestId("page-result").waitFor({ timeout: 20_000 });
  },
};

/**
 * The 秒批 newborn enrollment, every answer typed as a resident does (pinyin, date picker, pads).
 * The demo birth certificate is granted once; later sessions get the same rules' refusal
 * ("already granted"), which is still a full 秒批 decision, stored and printed.
 */
const miaopi: SessionKind = {
  name: "miaopi",
  async walk(fk) {
    const { page } = fk;
    await openService(page, "newborn-med-insurance");
    await page.getByTestId("flow-start").tap();
    await page.getByTestId("page-identity").waitFor();
    await placeCard(fk);
    await answerNewborn(page, DEMO_NEWBORN);
    await submitAndWait(page);
  },
};

/** 取号: the card on the identity page, the site's first department, a numbered ticket. */
const ticket: SessionKind = {
  name: "ticket",
  async walk(fk) {
    const { page } = fk;
    await openService(page, "queue-ticket");
    await page.getByTestId("flow-start").tap();
    await page.getByTestId("page-identity").waitFor();
    await placeCard(fk);
    await onQuestion(page, "department");
    await page.locator('[data-testid^="option-"]').first().tap();
    await next(page);
    await onQuestion(page, "priority");
    await choose(page, "no");
    await next(page);
    await submitAndWait(page);
  },
};

/** The services in turn: session n does `rotation[n % 3]`. */
export const rotation: readonly SessionKind[] = [query, miaopi, ticket];

/**
 * One whole session: the service up to its result, the receipt printed, 完成, back on the attract
 * screen, card taken away (which the kiosk must notice).
 */
export async function runSession(fk: FlowKiosk, kind: SessionKind): Promise<void> {
  await kind.walk(fk);
  await printAndFinish(fk.page);
  await fk.page.getByTestId("flow-done").tap();
  await fk.page.getByTestId("entry-service").waitFor({ timeout: 20_000 });
  await removeCard(fk);
}

/** After a failed session: the card off the reader, the page reloaded, back on the attract screen. */
export async function recover(fk: FlowKiosk): Promise<void> {
  await removeCard(fk).catch(() => undefined);
  await fk.page.goto(fk.kiosk.url);
  await fk.page.getByTestId("entry-service").waitFor({ timeout: 30_000 });
}
