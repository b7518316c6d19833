import { describe, expect, it } from "vitest";
import { categories } from "../catalog/categories";
import { checkService, submitsAnswers } from "./model/checks";
import { END } from "./model/end";
import { catalogVersion, serviceById, services } from "./index";
import type { ServiceDefinition } from "./model/schema";

/** Rows the operator's draft service catalog marks as 秒批 candidates: 36 of them. */
const instantRows = [
  5, 6, 7, 9, 12, 13, 15, 16, 18, 21, 22, 24, 25, 26, 33, 34, 36, 37, 40, 41, 42, 46, 48, 54, 55, 61, 64, 67,
  71, 72, 73, 74, 82, 86, 96, 106,
];

/** Every walk through a flow: each routed question is tried with each of its options. */
function allPaths(service: ServiceDefinition): number[][] {
  const paths: number[][] = [];
  const walk = (index: number, path: number[]) => {
    const step = service.steps[index];
    if (step === undefined) return void paths.push(path);
    const here = [...path, index];
    const targets = new Set<string | undefined>();
    const fallThrough = step.next ?? service.steps[index + 1]?.id;
    targets.add(fallThrough);
    for (const route of step.routes) targets.add(route.goTo);
    for (const target of targets) {
      if (target === undefined || target === END) paths.push(here);
      else
        walk(
          service.steps.findIndex((s) => s.id === target),
          here,
        );
    }
  };
  walk(0, []);
  return paths;
}

describe("the service catalog", () => {
  it("holds every row of the draft catalog (at least 100 services) exactly once", () => {
    expect(services.length).toBeGreaterThanOrEqual(100);
    const rows = services.map((s) => s.catalogRow).filter((r) => r !== undefined);
    expect(new Set(rows).size).toBe(rows.length);
    for (let row = 1; row <= 108; row++) expect(rows, `row ${row}`).toContain(row);
  });

  it("has unique kebab-case ids, findable by id", () => {
    const ids = services.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(serviceById(id)?.id).toBe(id);
    expect(serviceById("no-such-service")).toBeUndefined();
  });

  it("keeps the draft's mix of kinds", () => {
    const count = (kind: string) => services.filter((s) => s.kind === kind).length;
    expect([count("query"), count("application"), count("print-certificate")]).toEqual([42, 31, 19]);
    expect([count("appointment"), count("report"), count("payment")]).toEqual([7, 5, 4]);
  });

  it("names every service and option in Chinese and English", () => {
    const cjk = /[\u4e00-\u9fff]/;
    for (const s of services) {
      expect(s.name["zh-CN"], s.id).toMatch(cjk);
      expect(s.name.en, s.id).not.toMatch(cjk);
      for (const step of s.steps) {
        if (step.type !== "question") continue;
        expect(step.title.en.length, `${s.id}/${step.id}`).toBeGreaterThan(0);
        if (step.answer.type === "radio" || step.answer.type === "select") {
          for (const o of step.answer.options)
            expect(o.label.en.length, `${s.id}/${o.value}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it("puts every service in one of the 15 categories, and every category has services", () => {
    expect(categories).toHaveLength(15);
    for (const c of categories)
      expect(
        services.some((s) => s.category === c.id),
        c.id,
      ).toBe(true);
  });

  it("names a central rule for exactly the 秒批 services", () => {
    expect(instantRows).toHaveLength(36);
    for (const s of services) {
      const instant = s.catalogRow !== undefined && instantRows.includes(s.catalogRow);
      expect(s.approvalRule !== undefined, `${s.id} (row ${s.catalogRow})`).toBe(instant);
    }
  });

  it("passes every flow check", () => {
    for (const s of services) expect(checkService(s), s.id).toEqual([]);
  });

  it("walks every route forward, and every submitting walk ends at check-answers", () => {
    for (const s of services) {
      for (const path of allPaths(s)) {
        for (let i = 1; i < path.length; i++) expect(path[i]!, s.id).toBeGreaterThan(path[i - 1]!);
        if (submitsAnswers(s))
          expect(s.steps[path.at(-1)!]?.type, `${s.id} ${path.join(">")}`).toBe("check-answers");
      }
    }
  });

  it("keeps free text rare: at most two keyboard-only questions per service", () => {
    for (const s of services) {
      const keyboardOnly = s.steps.filter(
        (st) =>
          st.type === "question" &&
          st.answer.type === "text" &&
          st.answer.phrases.length === 0 &&
          st.answer.pattern === undefined,
      );
      expect(keyboardOnly.length, s.id).toBeLessThanOrEqual(2);
    }
  });

  it("keeps queries online-only and prints the layout that fits the kind", () => {
    for (const s of services) {
      if (s.kind === "query") expect([s.offline, s.print], s.id).toEqual(["online-only", "query-printout"]);
      if (s.kind === "print-certificate") expect(s.print, s.id).toBe("certificate");
      if (submitsAnswers(s)) expect(["submission-receipt", "queue-ticket", "none"], s.id).toContain(s.print);
    }
  });

  it("tells residents what they will need whenever the card is required", () => {
    for (const s of services.filter((x) => x.identity.startsWith("idcard")))
      expect(s.needs.length, s.id).toBeGreaterThan(0);
  });

  it("has a stable content version", () => {
    expect(catalogVersion).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe("the named examples", () => {
  it("newborn-med-insurance asks exactly the agreed fields, then check-answers", () => {
    const s = serviceById("newborn-med-insurance")!;
    expect([s.kind, s.identity, s.approvalRule, s.offline, s.print]).toEqual([
      "application",
      "idcard",
      "newborn-med-insurance",
      "queue",
      "submission-receipt",
    ]);
    const fields = s.steps.map((st) => (st.type === "question" ? `${st.field}:${st.answer.type}` : st.type));
    expect(fields).toEqual([
      "device",
      "childName:text",
      "childSex:radio",
      "childBirthDate:date",
      "birthCertificateNo:text",
      "relationship:radio",
      "phone:phone",
      "check-answers",
    ]);
    const cert = s.steps.find((st) => st.type === "question" && st.field === "birthCertificateNo");
    const pattern =
      cert?.type === "question" && cert.answer.type === "text" ? cert.answer.pattern : undefined;
    expect(new RegExp(pattern!).test("Q350123456")).toBe(true);
    expect(new RegExp(pattern!).test("350123456")).toBe(false);
    const options = (field: string) => {
      const st = s.steps.find((x) => x.type === "question" && x.field === field);
      return st?.type === "question" && st.answer.type === "radio"
        ? st.answer.options.map((o) => o.value)
        : [];
    };
    expect(options("childSex")).toEqual(["male", "female"]);
    expect(options("relationship")).toEqual(["father", "mother", "guardian"]);
  });

  it("the other brief services exist with the agreed ids", () => {
    for (const id of [
      "queue-ticket",
      "hotline-12345",
      "food-safety-report",
      "hotline-12345-progress",
      "social-insurance-status",
      "housing-fund-balance",
    ]) {
      expect(serviceById(id), id).toBeDefined();
    }
    expect(serviceById("queue-ticket")?.print).toBe("queue-ticket");
    expect(serviceById("food-safety-report")?.identity).toBe("optional");
  });
});
