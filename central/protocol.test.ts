import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, classifyResponse, SubmissionRequest } from "./protocol";

describe("classifyResponse", () => {
  it("retries network errors, 408, 429 and 5xx; rejects other 4xx", () => {
    expect(classifyResponse("network-error")).toBe("retry");
    expect(classifyResponse(200)).toBe("ok");
    expect(classifyResponse(201)).toBe("ok");
    expect(classifyResponse(304)).toBe("ok");
    expect(classifyResponse(408)).toBe("retry");
    expect(classifyResponse(429)).toBe("retry");
    expect(classifyResponse(500)).toBe("retry");
    expect(classifyResponse(503)).toBe("retry");
    for (const s of [400, 401, 404, 409, 413, 422]) expect(classifyResponse(s)).toBe("reject");
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });
  it("is independent of key order and round-trips through JSON.parse", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = canonicalJson(v);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });
  it("refuses non-finite numbers", () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
  });
});

describe("SubmissionRequest", () => {
  it("needs a uuid id and an ISO timestamp", () => {
    const ok = {
      id: "0f8fad5b-d9cb-469f-a165-70867728950e",
      serviceId: "newborn-med-insurance",
      data: { answers: { childName: "测试婴" } },
      createdAt: "2026-11-27T08:00:00.000Z",
    };
    expect(SubmissionRequest.safeParse(ok).success).toBe(true);
    expect(SubmissionRequest.safeParse({ ...ok, id: "nope" }).success).toBe(false);
    expect(SubmissionRequest.safeParse({ ...ok, createdAt: "yesterday" }).success).toBe(false);
  });
});
