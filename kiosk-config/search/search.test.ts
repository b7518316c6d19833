import { describe, expect, it } from "vitest";
import { serviceById, services } from "../services/index";
import { servicesForSite } from "../sites/index";
import { searchIndex } from "./index.generated";
import { createSearch, type SearchHit, searchServices } from "./search";

const zh = (hit: SearchHit) => serviceById(hit.id)?.name["zh-CN"] ?? hit.id;
const terms = (id: string) => {
  const s = serviceById(id);
  return s === undefined ? [] : [s.name["zh-CN"], ...s.aliases];
};
const mentions = (id: string, word: string) => terms(id).some((t) => t.includes(word));

describe("searchServices", () => {
  it('"sb" puts 社保 services before those that only say 参保', () => {
    const hits = searchServices("sb", "zh-CN");
    expect(hits.length).toBeGreaterThan(5);
    expect(mentions(hits[0]!.id, "社保")).toBe(true);
    const isShebao = (h: SearchHit) => mentions(h.id, "社保") || mentions(h.id, "社会保险");
    const lastShebao = hits.findLastIndex(isShebao);
    const canbaoOnly = services.filter((s) => s.name["zh-CN"].includes("参保") && !mentions(s.id, "社保"));
    expect(canbaoOnly.length).toBeGreaterThan(0);
    for (const s of canbaoOnly) {
      const at = hits.findIndex((h) => h.id === s.id);
      if (at !== -1) expect(at, s.name["zh-CN"]).toBeGreaterThan(lastShebao);
    }
    // 参 is never read shēn here, so a 参保-only service does not match "sb" at all.
    expect(hits.map((h) => h.id)).not.toContain("resident-med-insurance-enrollment");
  });

  it('"gjj" finds the housing-fund (公积金) services first', () => {
    const hits = searchServices("gjj", "zh-CN");
    expect(hits.length).toBeGreaterThanOrEqual(5);
    for (const h of hits.slice(0, 5)) expect(mentions(h.id, "公积金"), zh(h)).toBe(true);
  });

  it('"xser" finds 新生儿, including once the final r is typed', () => {
    for (const q of ["xse", "xser", "xinshenger"]) {
      const top = searchServices(q, "zh-CN")
        .slice(0, 2)
        .map((h) => h.id);
      expect(top, q).toContain("newborn-med-insurance");
      expect(top, q).toContain("newborn-hukou-registration");
    }
  });

  it('"ybpz" finds 医保电子凭证 first', () => {
    expect(searchServices("ybpz", "zh-CN")[0]?.id).toBe("med-insurance-e-voucher");
    expect(searchServices("ybdzpz", "zh-CN")[0]?.id).toBe("med-insurance-e-voucher");
  });

  it('"a" matches only through real readings (an, ai, ao …), never 广 read ān', () => {
    const hits = searchServices("a", "zh-CN");
    for (const h of hits)
      expect(terms(h.id).join("") + (h.kind === "action" ? "关爱版" : ""), h.id).toMatch(/[安案爱澳按]/);
  });

  it("finds Chinese substrings, with an exact alias first", () => {
    expect(searchServices("挂号", "zh-CN")[0]?.id).toBe("hospital-appointment");
    const fund = searchServices("公积金", "zh-CN");
    expect(fund.every((h) => mentions(h.id, "公积金"))).toBe(true);
    expect(searchServices("新生儿", "zh-CN").map((h) => h.id)).toContain("newborn-hukou-registration");
  });

  it("finds English words, ranked higher in the English UI", () => {
    const en = searchServices("housing fund", "en");
    expect(en.length).toBeGreaterThanOrEqual(5);
    expect(en.slice(0, 5).every((h) => serviceById(h.id)?.category === "housing-fund")).toBe(true);
    expect(searchServices("traffic fine", "en")[0]?.id).toBe("traffic-fine-payment");
    expect(searchServices("Exit-entry", "en").map((h) => h.id)).toContain("exit-entry-appointment");
    expect(searchServices("passport", "en").map((h) => h.id)).toContain("exit-entry-appointment");
    expect(searchServices("electricity bill", "en")[0]?.id).toBe("utility-bill-payment");
  });

  it("finds 长辈版 by its own name and by 关怀版, 亲情版, 关爱版", () => {
    for (const q of ["长辈版", "关怀版", "亲情版", "关爱版", "ghb", "qqb", "gab", "zbb", "zhangbeiban"]) {
      expect(searchServices(q, "zh-CN")[0], q).toMatchObject({ id: "elder-mode", kind: "action" });
    }
  });

  it("reads 重 both ways, as residents type it", () => {
    for (const q of ["cxqh", "zxqh", "chongxinquhao"])
      expect(searchServices(q, "zh-CN")[0]?.id, q).toBe("queue-ticket");
  });

  it("ignores case, spaces and apostrophes, and finds nothing for nothing", () => {
    expect(searchServices("She Bao", "zh-CN")).toEqual(searchServices("shebao", "zh-CN"));
    expect(searchServices("xi'an", "zh-CN")).toEqual(searchServices("xian", "zh-CN"));
    expect(searchServices("   ", "zh-CN")).toEqual([]);
    expect(searchServices("qqqqqq", "zh-CN")).toEqual([]);
  });

  it("searches only the services a site shows, but always finds actions", () => {
    const metro = servicesForSite("metro").map((s) => s.id);
    const hits = searchServices("qh", "zh-CN", metro);
    expect(hits.map((h) => h.id)).not.toContain("queue-ticket");
    expect(searchServices("qh", "zh-CN").map((h) => h.id)).toContain("queue-ticket");
    expect(searchServices("ghb", "zh-CN", [])[0]?.id).toBe("elder-mode");
  });

  it("ranks exact, then initials, then pinyin from the start, then mid-term, then text", () => {
    const search = createSearch([
      { id: "mid", kind: "service", en: "x", name: { text: "甲社保", pinyin: "jia she bao" }, aliases: [] },
      { id: "start", kind: "service", en: "x", name: { text: "社保卡", pinyin: "she bao ka" }, aliases: [] },
      { id: "exact", kind: "service", en: "x", name: { text: "社保", pinyin: "she bao" }, aliases: [] },
      { id: "english", kind: "service", en: "she bears", name: { text: "熊", pinyin: "xiong" }, aliases: [] },
    ]);
    expect(search("sb", "zh-CN").map((h) => [h.id, h.matchedBy])).toEqual([
      ["exact", "exact"],
      ["start", "initials"],
      ["mid", "pinyin"],
    ]);
    expect(search("shebaok", "zh-CN").map((h) => h.id)).toEqual(["start"]);
    expect(search("she", "zh-CN").at(-1)).toMatchObject({ id: "english", matchedBy: "text" });
    expect(search("she", "en")[0]).toMatchObject({ id: "english", matchedBy: "text" });
    expect(search("she b", "en")[0]?.id).toBe("english");
  });

  it("finds every service by its name, its initials, its full pinyin and each alias, as an exact match", () => {
    const exactly = (q: string, id: string) =>
      searchServices(q, "zh-CN").some((h) => h.id === id && h.matchedBy === "exact");
    for (const entry of searchIndex.filter((e) => e.kind === "service")) {
      const syllables = entry.name.pinyin.split(" ").map((s) => s.split("|")[0] ?? "");
      expect(exactly(entry.name.text, entry.id), entry.name.text).toBe(true);
      expect(exactly(syllables.join(""), entry.id), syllables.join("")).toBe(true);
      expect(exactly(syllables.map((s) => s[0]).join(""), entry.id), entry.name.text).toBe(true);
      for (const alias of entry.aliases) expect(exactly(alias.text, entry.id), alias.text).toBe(true);
    }
  });

  it("keeps a service among the hits for every prefix of its initials", () => {
    for (const entry of searchIndex.filter((e) => e.kind === "service")) {
      const initials = entry.name.pinyin
        .split(" ")
        .map((s) => s[0])
        .join("");
      for (let n = 1; n <= initials.length; n++) {
        const ids = searchServices(initials.slice(0, n), "zh-CN").map((h) => h.id);
        expect(ids, `${entry.name.text} ${initials.slice(0, n)}`).toContain(entry.id);
      }
    }
  });
});
