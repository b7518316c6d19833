import { describe, expect, it } from "vitest";
import { defaultConfig, KioskConfig } from "./schema";

describe("kiosk config schema: outbox parking limits", () => {
  it("defaults to 50 failures or 24 h", () => {
    expect(defaultConfig.outbox).toEqual({ parkAfterAttempts: 50, parkAfterHours: 24 });
    expect(KioskConfig.parse({ outbox: { parkAfterAttempts: 3 } }).outbox).toEqual({
      parkAfterAttempts: 3,
      parkAfterHours: 24,
    });
    expect(KioskConfig.parse({ outbox: { parkAfterAttempts: 1000, parkAfterHours: 720 } }).outbox).toEqual({
      parkAfterAttempts: 1000,
      parkAfterHours: 720,
    });
  });

  it.each([
    ["too few attempts", { parkAfterAttempts: 2 }, "parkAfterAttempts"],
    ["zero attempts", { parkAfterAttempts: 0 }, "parkAfterAttempts"],
    ["too many attempts", { parkAfterAttempts: 1001 }, "parkAfterAttempts"],
    ["fractional attempts", { parkAfterAttempts: 3.5 }, "parkAfterAttempts"],
    ["attempts as text", { parkAfterAttempts: "50" }, "parkAfterAttempts"],
    ["zero hours", { parkAfterHours: 0 }, "parkAfterHours"],
    ["negative hours", { parkAfterHours: -24 }, "parkAfterHours"],
    ["more than 30 days", { parkAfterHours: 721 }, "parkAfterHours"],
    ["fractional hours", { parkAfterHours: 1.5 }, "parkAfterHours"],
    ["infinite hours", { parkAfterHours: Infinity }, "parkAfterHours"],
    ["an unknown key", { parkAfterDays: 1 }, "parkAfterDays"],
  ])("refuses %s", (_name, outbox, field) => {
    const result = KioskConfig.safeParse({ outbox });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(field);
  });

  it("refuses an outbox that is not an object", () => {
    expect(KioskConfig.safeParse({ outbox: null }).success).toBe(false);
    expect(KioskConfig.safeParse({ outbox: 50 }).success).toBe(false);
  });
});

describe("languages", () => {
  it("offers 简体, 繁體 and English by default and accepts zh-Hant as the starting language", () => {
    const config = KioskConfig.parse({});
    expect(config.locales).toEqual(["zh-CN", "zh-Hant", "en"]);
    expect(config.defaultLocale).toBe("zh-CN");
    expect(KioskConfig.parse({ defaultLocale: "zh-Hant" }).defaultLocale).toBe("zh-Hant");
    expect(KioskConfig.safeParse({ defaultLocale: "zh-TW" }).success).toBe(false);
  });
});
