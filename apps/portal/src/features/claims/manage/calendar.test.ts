import { describe, expect, it } from "vitest";
import { addDays, hundredths, isCalendarDate, plainHours } from "./calendar";

describe("the Manage forms' calendar and hours", () => {
  it("adds days across months and years", () => {
    expect(addDays("2026-12-29", 7)).toBe("2027-01-05");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
  });

  it("knows a real calendar date", () => {
    expect(isCalendarDate("2026-02-28")).toBe(true);
    expect(isCalendarDate("2026-02-30")).toBe(false);
    expect(isCalendarDate("12/02/2026")).toBe(false);
  });

  it("reads hours as exact hundredths and writes them plainly", () => {
    expect(hundredths("7.5")).toBe(750);
    expect(hundredths("16")).toBe(1600);
    expect(hundredths("0.25")).toBe(25);
    expect(hundredths("seven")).toBeNull();
    expect(hundredths("7.555")).toBeNull();
    expect(plainHours("16.00")).toBe("16");
    expect(plainHours("7.50")).toBe("7.5");
    expect(plainHours("40")).toBe("40");
  });
});
