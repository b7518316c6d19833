import { describe, expect, it } from "vitest";
import { addDays, ageInYears, chinaToday, isIsoDate } from "./dates";

describe("dates", () => {
  it("counts completed years, including across a birthday and a leap day", () => {
    expect(ageInYears("2025-11-28", "2026-11-27")).toBe(0);
    expect(ageInYears("2025-11-27", "2026-11-27")).toBe(1);
    expect(ageInYears("2024-02-29", "2025-02-28")).toBe(0);
    expect(ageInYears("2024-02-29", "2025-03-01")).toBe(1);
  });

  it("uses China's calendar day (UTC+8)", () => {
    expect(chinaToday(new Date("2026-11-27T15:59:59Z"))).toBe("2026-11-27");
    expect(chinaToday(new Date("2026-11-27T16:00:00Z"))).toBe("2026-11-28");
  });

  it("validates and shifts dates", () => {
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-1-1")).toBe(false);
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});
