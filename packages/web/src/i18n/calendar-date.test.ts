import { describe, expect, it } from "vitest";
import { calendarDate } from "./calendar-date";

describe("calendarDate", () => {
  it("reads a calendar date as midnight UTC", () => {
    expect(calendarDate("2026-12-02").toISOString()).toBe("2026-12-02T00:00:00.000Z");
  });

  it("accepts the midnight-UTC instants some fields still send for a date", () => {
    expect(calendarDate("2026-12-02T00:00:00.000Z").toISOString()).toBe("2026-12-02T00:00:00.000Z");
    expect(calendarDate("2026-12-02T00:00:00Z").toISOString()).toBe("2026-12-02T00:00:00.000Z");
  });

  it("refuses an instant with a time of day, a date that does not exist, and anything else", () => {
    expect(() => calendarDate("2026-11-18T03:00:00.000Z")).toThrow(/not a calendar date/);
    expect(() => calendarDate("2026-02-30")).toThrow(/not a calendar date/);
    expect(() => calendarDate("12/02/2026")).toThrow(/not a calendar date/);
  });
});
