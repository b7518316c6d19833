import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { categories } from "../../kiosk-config/catalog/categories";
import { services } from "../../kiosk-config/services";
import { projectRoot } from "../../scripts/project";

/**
 * Chinese a resident reads uses Chinese punctuation: “好差评”, not "好差评" (issue 13 found ASCII
 * quotes inside Chinese on the catalog). Every zh-CN text of the catalog and the UI strings is
 * walked; English texts keep their ASCII quotes.
 */
const han = /[\u4e00-\u9fff]/;

/** Every string under a "zh-CN" key, with where it sits. */
function zhTexts(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (Array.isArray(value)) value.forEach((v, i) => zhTexts(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "zh-CN" && typeof v === "string") out.push([`${path}.${key}`, v]);
      else zhTexts(v, `${path}.${key}`, out);
    }
  }
  return out;
}

/** Every leaf string of a JSON file of UI strings, with its key. */
function leaves(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === "string") out.push([path, value]);
  else if (value !== null && typeof value === "object")
    for (const [key, v] of Object.entries(value)) leaves(v, path === "" ? key : `${path}.${key}`, out);
  return out;
}

const asciiQuoted = (texts: [string, string][]) =>
  texts.filter(([, text]) => han.test(text) && /["']/.test(text)).map(([where, text]) => `${where}: ${text}`);

describe("Chinese text", () => {
  it("quotes with “ ” in the catalog's zh-CN names, questions, hints and options", () => {
    const texts = zhTexts({ services, categories }, "catalog", []);
    expect(texts.length).toBeGreaterThan(500);
    expect(asciiQuoted(texts)).toEqual([]);
  });

  it("quotes with “ ” in the page's zh-CN strings", () => {
    const file = join(projectRoot, "renderer/src/i18n/zh-CN.json");
    const texts = leaves(JSON.parse(readFileSync(file, "utf8")), "", []);
    expect(texts.length).toBeGreaterThan(100);
    expect(asciiQuoted(texts)).toEqual([]);
  });

  it("is caught when it does quote with ASCII (the check can fail)", () => {
    expect(
      asciiQuoted([
        ["x", '政务服务"好差评"'],
        ["y", 'Rate the service ("good")'],
      ]),
    ).toEqual(['x: 政务服务"好差评"']);
  });
});
