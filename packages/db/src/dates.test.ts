import { describe, expect, it } from "vitest";
import { addDays, fromDateOnly, isDateOnly, toDateOnly, todayIn } from "./dates.ts";

describe("calendar dates", () => {
  it("round-trips a date through the UTC-midnight representation Prisma uses", () => {
    expect(toDateOnly(fromDateOnly("2024-02-29"))).toBe("2024-02-29");
  });

  it.each(["2023-02-29", "2024-13-01", "2024-1-01", "not a date", "2024-04-31"])("refuses %s", (value) => {
    expect(isDateOnly(value)).toBe(false);
    expect(() => fromDateOnly(value)).toThrow(RangeError);
  });

  it("adds days across month and year ends", () => {
    expect(addDays("2024-12-30", 3)).toBe("2025-01-02");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
  });

  it("takes today in the program's time zone, not the server's", () => {
    // 2026-03-15 05:30 UTC is still the 14th in Seattle and already the 15th in New York.
    const instant = new Date("2026-03-15T05:30:00Z");
    expect(todayIn("America/Los_Angeles", instant)).toBe("2026-03-14");
    expect(todayIn("America/New_York", instant)).toBe("2026-03-15");
  });
});
