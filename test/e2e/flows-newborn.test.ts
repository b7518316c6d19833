import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project";
import {
  chinaDate,
  choose,
  type FlowKiosk,
  keyType,
  next,
  onQuestion,
  openService,
  padType,
  pickDate,
  pinyinType,
  placeCard,
  printAndFinish,
  printedTickets,
  removeCard,
  startFlowKiosk,
  submitAndWait,
  typeInsteadOfCapture,
} from "../support/flow-driver";

/**
 * The named example of issue 6: 城乡居民医疗保险参保登记（新生儿）. A parent's card, the baby's
 * details, check answers, a 秒批 approval on the spot, and a printed receipt with the reference
 * number and QR code — against the real runtime, simulated reader and printer, embedded central.
 */
const shot = (name: string): string => join(projectRoot, "artifacts", `flow-newborn-${name}.png`);
let fk: FlowKiosk;

beforeAll(async () => {
  fk = await startFlowKiosk();
});
afterAll(async () => {
  await fk.close();
});

describe("newborn medical insurance (秒批)", () => {
  it("walks from the card to an approved, printed receipt", async () => {
    const { page } = fk;
    await openService(page, "newborn-med-insurance");
    await expect(page.getByTestId("page-needs").textContent()).resolves.toContain("出生医学证明");
    await page.getByTestId("flow-start").tap();

    // No card yet: 继续 is refused in words.
    await page.getByTestId("page-identity").waitFor();
    await next(page);
    await expect(page.getByTestId("problem-summary").textContent()).resolves.toContain("需要先读取身份证");
    await page.screenshot({ path: shot("identity") });
    await placeCard(fk);

    await typeInsteadOfCapture(page);
    // 继续 with nothing typed: the error summary and the field's message.
    await next(page);
    await expect(page.getByTestId("problem-summary").textContent()).resolves.toContain("出现问题");
    await page.screenshot({ path: shot("error") });
    await pinyinType(page, [
      ["lin", "林"],
      ["xiao", "小"],
      ["an", "安"],
    ]);
    await expect(page.getByTestId("text-display").inputValue()).resolves.toBe("林小安");
    await next(page);

    await onQuestion(page, "childSex");
    await choose(page, "male");
    await next(page);

    await onQuestion(page, "childBirthDate");
    await pickDate(page, chinaDate(30));
    await next(page);

    await onQuestion(page, "birthCertificateNo");
    await keyType(page, "Q350100001");
    await next(page);

    await onQuestion(page, "relationship");
    await choose(page, "mother");
    await next(page);

    await onQuestion(page, "phone");
    await padType(page, "1380013800");
    await next(page);
    await expect(page.getByTestId("field-error").textContent()).resolves.toContain("请输入11位手机号码");
    await padType(page, "0");
    await next(page);

    // Check answers: masked card holder, and 修改 returns to the summary.
    await page.getByTestId("page-check").waitFor();
    const holder = (await page.getByTestId("summary-holder").textContent()) ?? "";
    expect(holder).toMatch(/\d{4}\*{10}[\dX]{4}/);
    expect(holder).not.toMatch(/\d{18}|\d{17}X/);
    // Rows carry short names, not the questions asked on the way.
    const review = (await page.getByTestId("page-check").textContent()) ?? "";
    expect(review).toContain("宝宝姓名");
    expect(review).toContain("与宝宝的关系");
    expect(review).not.toMatch(/宝宝的姓名是|[？?]/);
    await page.getByTestId("change-relationship").tap();
    await onQuestion(page, "relationship");
    await choose(page, "father");
    await next(page);
    await page.getByTestId("page-check").waitFor();
    await expect(page.getByTestId("summary-relationship").textContent()).resolves.toContain("父亲");
    await page.screenshot({ path: shot("check") });

    await submitAndWait(page);
    await expect(page.getByTestId("result-status").textContent()).resolves.toContain("已通过");
    const reference = ((await page.getByTestId("reference-no").textContent()) ?? "").trim();
    expect(reference.length).toBeGreaterThan(3);
    await page.screenshot({ path: shot("approved") });

    await printAndFinish(page);
    // The receipt as printed stays on screen, its QR drawn as a real code.
    await page.locator('[data-testid="preview-qr"] img').first().waitFor();
    await page.screenshot({ path: shot("goodbye"), fullPage: true });
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("请取走身份证和凭条");

    const [ticket] = await printedTickets(fk);
    expect(ticket?.text).toContain(reference);
    expect(ticket?.text).not.toMatch(/\d{17}[\dX]/);

    await page.getByTestId("flow-done").tap();
    await page.getByTestId("entry-service").waitFor();
    await removeCard(fk);
    await expect(page.locator("body").textContent()).resolves.not.toContain("林小安");
  }, 120_000);
});
