import { describe, expect, it } from "vitest";
import { date } from "./calendar-date";
import { isRulesError } from "./errors";
import { lastCompletedQuarter, parseQuarter, quarterEnd, quarterIndexOf, quarterLabel, quarterStart } from "./quarter";

describe("quarters", () => {
  it("parses, labels and bounds a quarter", () => {
    const q = parseQuarter("2024-Q3", "q");
    expect(quarterLabel(q)).toBe("2024-Q3");
    expect(quarterStart(q)).toBe("2024-07-01");
    expect(quarterEnd(q)).toBe("2024-09-30");
    expect(quarterEnd(parseQuarter("2024-Q1", "q"))).toBe("2024-03-31");
  });

  it("a quarter is complete only after it ends: on 2024-07-01 the last completed quarter is 2024-Q2", () => {
    expect(quarterLabel(lastCompletedQuarter(date("2024-07-01")))).toBe("2024-Q2");
    expect(quarterLabel(lastCompletedQuarter(date("2024-06-30")))).toBe("2024-Q1");
    expect(quarterLabel(quarterIndexOf(date("2024-12-31")) + 1)).toBe("2025-Q1");
  });

  it("rejects malformed quarters with INVALID_QUARTER", () => {
    for (const bad of ["2024-Q5", "2024-Q0", "2024Q3", "2024-q3", "1969-Q4", "2100-Q1", 20243, null]) {
      let code = "no error";
      try {
        parseQuarter(bad, "q");
      } catch (error) {
        code = isRulesError(error) ? error.code : "other";
      }
      expect(code).toBe("INVALID_QUARTER");
    }
  });
});
