import { describe, expect, it } from "vitest";
import { hantOverrides } from "./overrides";
import { toHant } from "./to-hant";

describe("toHant (zh-CN → zh-Hant)", () => {
  it.each(hantOverrides)("renders the hand-checked term %s as %s", (simplified, traditional) => {
    expect(toHant(simplified)).toBe(traditional);
  });

  it("applies the hand-checked terms inside sentences, longer terms first", () => {
    expect(toHant("户口迁移")).toBe("戶口遷移");
    expect(toHant("个人所得税缴纳")).toBe("個人所得稅繳納");
    expect(toHant("往来港澳通行证签注")).toBe("往來港澳通行證簽注");
    expect(toHant("公积金账户余额")).toBe("公積金帳戶餘額");
    expect(toHant("持港澳台居民居住证的居民请刷证件")).toBe("持港澳台居民居住證的居民請刷證件");
    expect(toHant("打印凭条")).toBe("列印憑條");
    expect(toHant("打印机缺纸")).toBe("打印機缺紙");
    expect(toHant("为保护您的个人信息")).toBe("為保護您的個人資料");
    expect(toHant("短信已发送，请查看信息")).toBe("短訊已發送，請查看資訊");
    expect(toHant("承办部门会电话联系您")).toBe("承辦部門會電話聯絡您");
    expect(toHant("请正对摄像头拍照")).toBe("請正對攝影機拍照");
    expect(toHant("医保电子凭证激活")).toBe("醫保電子憑證啟用");
  });

  it("leaves Latin text, digits, numbers and Traditional text as they are", () => {
    expect(toHant("FZ-20261127-000123 Submitted ¥ 512.00")).toBe("FZ-20261127-000123 Submitted ¥ 512.00");
    expect(toHant("醫保繳費")).toBe("醫保繳費");
    expect(toHant("")).toBe("");
  });
});
