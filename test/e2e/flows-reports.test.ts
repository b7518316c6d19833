import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project";
import {
  choose,
  type FlowKiosk,
  keyType,
  next,
  onQuestion,
  openService,
  padType,
  pinyinType,
  placeCard,
  printAndFinish,
  printedTickets,
  removeCard,
  startFlowKiosk,
  submitAndWait,
} from "../support/flow-driver";

/**
 * 12345 requests (phrases plus pinyin text, district, a camera photo, tracking number, then
 * "check progress" by that number) and anonymous food-safety reports with a reward claim code.
 */
const shot = (name: string): string => join(projectRoot, "artifacts", `flow-${name}.png`);
let fk: FlowKiosk;

beforeAll(async () => {
  fk = await startFlowKiosk();
});
afterAll(async () => {
  await fk.close();
});

beforeEach(async () => {
  // Each case starts on the attract screen, whatever the one before left behind.
  await fk.page.goto(fk.kiosk.url);
  await fk.page.getByTestId("entry-service").waitFor();
});

describe("12345 and food-safety reports", () => {
  let trackingNo = "";

  it("files a 12345 request with a phrase, typed text, district and a photo", async () => {
    const { page } = fk;
    await openService(page, "hotline-12345");
    await page.getByTestId("flow-start").tap();
    await page.getByTestId("page-identity").waitFor();
    await placeCard(fk);
    await onQuestion(page, "requestType");
    await choose(page, "complaint");
    await next(page);
    await onQuestion(page, "topic");
    await choose(page, "city-management");
    await next(page);

    await onQuestion(page, "location");
    await next(page);
    await expect(page.getByTestId("field-error").textContent()).resolves.toContain("请选择所在区县");
    await choose(page, "gulou");
    await pinyinType(page, [
      ["wu", "五"],
      ["yi", "一"],
      ["lu", "路"],
    ]);
    await next(page);

    await onQuestion(page, "description");
    await page.getByTestId("phrase-路灯不亮").tap();
    await pinyinType(page, [
      ["ye", "夜"],
      ["jian", "间"],
    ]);
    await expect(page.getByTestId("text-display").inputValue()).resolves.toBe("路灯不亮夜间");
    await page.screenshot({ path: shot("12345-description") });
    await next(page);

    await onQuestion(page, "photos");
    await page.getByTestId("take-photo").tap();
    await page.locator(".photo-capture__shots img").first().waitFor();
    await page.screenshot({ path: shot("12345-photo") });
    await next(page);

    await onQuestion(page, "phone");
    await padType(page, "13700001234");
    await next(page);
    await page.getByTestId("page-check").waitFor();
    await expect(page.getByTestId("summary-location").textContent()).resolves.toContain("鼓楼区 五一路");
    await expect(page.getByTestId("summary-photos").textContent()).resolves.toContain("1");
    await submitAndWait(page);
    trackingNo = ((await page.getByTestId("reference-no").textContent()) ?? "").trim();
    expect(trackingNo).toMatch(/^[A-Z0-9]{12,16}$/);
    await page.screenshot({ path: shot("12345-received") });
    await printAndFinish(page);
    const [printed] = await printedTickets(fk);
    expect(printed?.text).toContain(trackingNo);
    await page.getByTestId("flow-done").tap();
    await page.getByTestId("entry-service").waitFor();
    await removeCard(fk);
  }, 90_000);

  it("checks the request's progress by its tracking number", async () => {
    const { page } = fk;
    await openService(page, "hotline-12345-progress");
    await page.getByTestId("flow-start").tap();
    // Identity is optional here: the query runs by tracking number, with no card on the reader.
    await page.getByTestId("identity-skip").tap();
    await onQuestion(page, "trackingNo");
    await keyType(page, trackingNo);
    await next(page);
    await page.getByTestId("page-result").waitFor({ timeout: 20_000 });
    const rows = (await page.getByTestId("query-rows").textContent()) ?? "";
    expect(rows).toContain(trackingNo);
    expect(rows).toContain("办理进度");
    expect(rows).toContain("已受理");
    expect(rows).not.toContain("Accepted");
    await page.screenshot({ path: shot("12345-progress") });
    await page.getByTestId("flow-finish").tap();
    await page.getByTestId("page-goodbye").waitFor();
    await page.getByTestId("flow-done").tap();
    await page.getByTestId("entry-service").waitFor();
  }, 90_000);

  it("takes an anonymous food-safety report with a photo", async () => {
    const { page } = fk;
    await openService(page, "food-safety-report");
    await page.getByTestId("flow-start").tap();
    await page.getByTestId("identity-skip").tap();
    await onQuestion(page, "problem");
    await page.getByTestId("phrase-过期食品").tap();
    await next(page);
    await onQuestion(page, "shopName");
    await pinyinType(page, [
      ["xin", "新"],
      ["ji", "记"],
    ]);
    await next(page);
    await onQuestion(page, "location");
    await choose(page, "taijiang");
    await pinyinType(page, [
      ["da", "达"],
      ["dao", "道"],
    ]);
    await next(page);
    await onQuestion(page, "photos");
    // A required photo: 继续 without one is refused in words.
    await next(page);
    await expect(page.getByTestId("field-error").textContent()).resolves.toContain("请拍一张照片");
    await page.getByTestId("take-photo").tap();
    await page.locator(".photo-capture__shots img").first().waitFor();
    await next(page);
    await onQuestion(page, "anonymous");
    await choose(page, "yes");
    await next(page);
    // Anonymous: the route skips the phone question.
    await page.getByTestId("page-check").waitFor();
    await expect(page.getByTestId("summary-phone").count()).resolves.toBe(0);
    await submitAndWait(page);
    // A report is "received", with the reward claim code an anonymous reporter claims it with.
    await expect(page.getByTestId("result-status").textContent()).resolves.toMatch(/已提交|已受理/);
    await expect(page.locator(".confirmation__claim").textContent()).resolves.toMatch(
      /举报奖励领奖码：\s*\S{4,}/,
    );
    const reference = ((await page.getByTestId("reference-no").textContent()) ?? "").trim();
    await page.screenshot({ path: shot("food-safety-received") });
    await printAndFinish(page);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("请取走凭条");
    const [printed] = await printedTickets(fk);
    expect(printed?.text).toContain(reference);
  }, 90_000);
});
