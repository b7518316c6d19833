import { describe, expect, it } from "vitest";
import { layerProblems, mergeLayers, sourceOf } from "./layers";
import { isOpenAt, noticeShowing } from "./opening";
import { KioskConfig } from "./schema";

describe("config layers", () => {
  it("merges global → site → kiosk key by key, the most specific winning, and says where each value came from", () => {
    const merged = mergeLayers([
      { label: "global v1", body: { idle: { warnSeconds: 90, countdownSeconds: 40 }, elderMode: true } },
      { label: "site:fz-a v2", body: { idle: { warnSeconds: 120 }, services: { hide: ["hotline-12345"] } } },
      { label: "kiosk:k1 v3", body: { elderMode: false } },
    ]);
    const config = KioskConfig.parse(merged.body);
    expect(config.idle).toEqual({ warnSeconds: 120, countdownSeconds: 40, attractReturnSeconds: 45 });
    expect(config.elderMode).toBe(false);
    expect(config.services.hide).toEqual(["hotline-12345"]);
    expect(sourceOf(merged.sources, "idle.warnSeconds")).toBe("site:fz-a v2");
    expect(sourceOf(merged.sources, "idle.countdownSeconds")).toBe("global v1");
    expect(sourceOf(merged.sources, "idle.attractReturnSeconds")).toBe("default");
    expect(sourceOf(merged.sources, "elderMode")).toBe("kiosk:k1 v3");
    expect(sourceOf(merged.sources, "services.hide")).toBe("site:fz-a v2");
  });

  it("replaces arrays and null whole, and forgets the sources of a replaced subtree", () => {
    const merged = mergeLayers([
      {
        label: "g",
        body: {
          notice: { "zh-CN": "通知", en: "Notice", from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z" },
        },
      },
      { label: "s", body: { notice: null, locales: ["zh-CN"] } },
    ]);
    expect(merged.body.notice).toBeNull();
    expect(sourceOf(merged.sources, "notice")).toBe("s");
    expect(Object.keys(merged.sources).some((p) => p.startsWith("notice."))).toBe(false);
  });

  it("refuses a bad layer in plain words and accepts a partial nested one", () => {
    expect(layerProblems({ idle: { warnSeconds: 90 } })).toEqual([]);
    expect(layerProblems([])).toEqual(["a config layer is a JSON object"]);
    expect(layerProblems({ idle: { countdownSeconds: 5 } }).join()).toContain("idle.countdownSeconds");
    expect(layerProblems({ services: { hideCategories: ["casino"] } }).join()).toContain(
      "services.hideCategories",
    );
    expect(layerProblems({ devices: { printer: { port: "; rm -rf /" } } }).join()).toContain(
      "devices.printer.port",
    );
    expect(layerProblems({ devices: { printer: { baud: 12345 } } }).join()).toContain("baud");
    expect(layerProblems({ offline: { query: "sometimes" } }).join()).toContain("offline.query");
    expect(
      layerProblems({
        notice: { "zh-CN": "x", en: "x", from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z" },
      }).join(),
    ).toContain("end after");
    expect(layerProblems({ unknownKey: 1 }).join()).toContain("unknownKey");
  });
});

describe("opening hours and notices (China Standard Time)", () => {
  const hours = KioskConfig.parse({
    openingHours: {
      week: {
        mon: [{ open: "09:00", close: "17:00" }],
        tue: [],
        wed: [],
        thu: [],
        fri: [],
        sat: [],
        sun: [],
      },
    },
  }).openingHours;
  it("is open inside a span in UTC+8 and closed outside it or on a closed day", () => {
    // 2026-12-07 is a Monday; 09:00 in Fuzhou is 01:00 UTC.
    expect(isOpenAt(hours, new Date("2026-12-07T01:00:00Z"))).toBe(true);
    expect(isOpenAt(hours, new Date("2026-12-07T00:59:00Z"))).toBe(false);
    expect(isOpenAt(hours, new Date("2026-12-07T09:00:00Z"))).toBe(false);
    expect(isOpenAt(hours, new Date("2026-12-08T03:00:00Z"))).toBe(false);
    expect(isOpenAt(null, new Date("2026-12-08T03:00:00Z"))).toBe(true);
  });
  it("refuses spans over midnight or in the wrong format", () => {
    const day = (spans: unknown) => ({
      openingHours: { week: { mon: spans, tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } },
    });
    expect(KioskConfig.safeParse(day([{ open: "22:00", close: "02:00" }])).success).toBe(false);
    expect(KioskConfig.safeParse(day([{ open: "9:00", close: "17:00" }])).success).toBe(false);
    expect(KioskConfig.safeParse(day([{ open: "09:00", close: "24:00" }])).success).toBe(false);
  });
  it("shows a notice from its start until (not at) its end", () => {
    const notice = {
      "zh-CN": "元旦休息",
      en: "Closed on New Year's Day",
      from: "2026-12-30T00:00:00Z",
      to: "2027-01-02T00:00:00Z",
    };
    expect(noticeShowing(notice, new Date("2026-12-29T23:59:59Z"))).toBe(false);
    expect(noticeShowing(notice, new Date("2026-12-30T00:00:00Z"))).toBe(true);
    expect(noticeShowing(notice, new Date("2027-01-02T00:00:00Z"))).toBe(false);
    expect(noticeShowing(null, new Date())).toBe(false);
  });
});
