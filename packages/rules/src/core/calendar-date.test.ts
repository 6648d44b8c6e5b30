import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isRulesError } from "./errors";
import {
  type CalendarDate,
  addDays,
  addMonths,
  date,
  daysBetween,
  fromDayNumber,
  parseCalendarDate,
  sundayOnOrBefore,
  toDayNumber,
  weekdayOf,
} from "./calendar-date";

function codeOf(work: () => unknown): string {
  try {
    work();
    return "no error";
  } catch (error) {
    return isRulesError(error) ? error.code : "not a RulesError";
  }
}

describe("calendar dates", () => {
  it("1970-01-01 is day 0 and a Thursday", () => {
    expect(toDayNumber(date("1970-01-01"))).toBe(0);
    expect(weekdayOf(date("1970-01-01"))).toBe(4);
  });

  it("knows weekdays of known dates (2024-07-04 Thursday, 2024-01-07 Sunday)", () => {
    expect(weekdayOf(date("2024-07-04"))).toBe(4);
    expect(weekdayOf(date("2024-01-07"))).toBe(0);
  });

  it("round-trips day numbers for every date in range", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: toDayNumber(date("2099-12-31")) }), (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays(date("2024-02-28"), 1)).toBe("2024-02-29");
    expect(addDays(date("2023-02-28"), 1)).toBe("2023-03-01");
    expect(addDays(date("2024-12-31"), 1)).toBe("2025-01-01");
    expect(daysBetween(date("2024-01-01"), date("2025-01-01"))).toBe(366);
  });

  it("finds the Sunday on or before a date", () => {
    expect(sundayOnOrBefore(date("2024-07-15"))).toBe("2024-07-14");
    expect(sundayOnOrBefore(date("2024-07-14"))).toBe("2024-07-14");
  });

  it("adds months, clamping to the month's last day", () => {
    expect(addMonths(date("2024-01-31"), 1)).toBe("2024-02-29");
    expect(addMonths(date("2024-03-10"), -12)).toBe("2023-03-10");
  });

  it("rejects malformed and impossible dates with INVALID_DATE", () => {
    for (const bad of ["2024-2-01", "2024-13-01", "2023-02-29", "2024-04-31", "20240101", "", "2024-01-01T00:00:00Z"]) {
      expect(codeOf(() => parseCalendarDate(bad, "d"))).toBe("INVALID_DATE");
    }
    expect(codeOf(() => parseCalendarDate(20240101, "d"))).toBe("INVALID_DATE");
  });

  it("accepts 2024-02-29 (leap year) and rejects dates outside 1970–2099 with DATE_OUT_OF_RANGE", () => {
    expect(parseCalendarDate("2024-02-29", "d")).toBe("2024-02-29" as CalendarDate);
    expect(codeOf(() => parseCalendarDate("1969-12-31", "d"))).toBe("DATE_OUT_OF_RANGE");
    expect(codeOf(() => parseCalendarDate("2100-01-01", "d"))).toBe("DATE_OUT_OF_RANGE");
  });
});
