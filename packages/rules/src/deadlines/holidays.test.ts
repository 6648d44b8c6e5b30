import { describe, expect, it } from "vitest";
import { date } from "../core/calendar-date";
import { addBusinessDays, isBusinessDay } from "./business-days";
import { COLORADO, MASSACHUSETTS, NEW_YORK, US_FEDERAL, WASHINGTON } from "./holiday-calendars";
import { type HolidayCalendar, holidaysInYear } from "./holidays";

const dates = (calendar: HolidayCalendar, year: number) =>
  holidaysInYear(calendar, year).map((h) => `${h.date} ${h.name}`);

describe("holiday calendars computed by rule", () => {
  it("federal 2024: eleven holidays on their observed dates [5 U.S.C. 6103]", () => {
    expect(dates(US_FEDERAL, 2024)).toEqual([
      "2024-01-01 New Year's Day",
      "2024-01-15 Birthday of Martin Luther King, Jr.",
      "2024-02-19 Washington's Birthday",
      "2024-05-27 Memorial Day",
      "2024-06-19 Juneteenth National Independence Day",
      "2024-07-04 Independence Day",
      "2024-09-02 Labor Day",
      "2024-10-14 Columbus Day",
      "2024-11-11 Veterans Day",
      "2024-11-28 Thanksgiving Day",
      "2024-12-25 Christmas Day",
    ]);
  });
  it("federal: a Saturday holiday is observed on Friday, even across a year end (New Year's Day 2022 → 2021-12-31)", () => {
    const y2021 = dates(US_FEDERAL, 2021);
    expect(y2021).toContain("2021-12-31 New Year's Day");
    expect(y2021).toContain("2021-06-18 Juneteenth National Independence Day");
    expect(y2021).toContain("2021-12-24 Christmas Day");
    expect(dates(US_FEDERAL, 2022)).not.toContain("2022-01-01 New Year's Day");
  });
  it("federal: Juneteenth only from 2021", () => {
    expect(dates(US_FEDERAL, 2020).some((d) => d.includes("Juneteenth"))).toBe(false);
  });
  it("MA: Patriots' Day (third Monday of April); a Sunday holiday moves to Monday, a Saturday one stays [M.G.L. c.4 §7]", () => {
    expect(dates(MASSACHUSETTS, 2024)).toContain("2024-04-15 Patriots' Day");
    expect(dates(MASSACHUSETTS, 2022)).toContain("2022-06-20 Juneteenth Independence Day");
    expect(dates(MASSACHUSETTS, 2023)).toContain("2023-11-11 Veterans' Day");
  });
  it("CO: Cabrini Day replaced Columbus Day in 2020; Juneteenth from 2022 [C.R.S. 24-11-101]", () => {
    expect(dates(COLORADO, 2019)).toContain("2019-10-14 Columbus Day");
    expect(dates(COLORADO, 2020)).toContain("2020-10-05 Frances Xavier Cabrini Day");
    expect(dates(COLORADO, 2021).some((d) => d.includes("Juneteenth"))).toBe(false);
    expect(dates(COLORADO, 2022)).toContain("2022-06-20 Juneteenth");
  });
  it("WA: Native American Heritage Day is the Friday after Thanksgiving [RCW 1.16.050]", () => {
    expect(dates(WASHINGTON, 2024)).toContain("2024-11-29 Native American Heritage Day");
  });
  it("NY: Lincoln's Birthday, and Election Day (the Tuesday after the first Monday of November) [GCL §24]", () => {
    expect(dates(NEW_YORK, 2023)).toContain("2023-02-13 Lincoln's Birthday");
    expect(dates(NEW_YORK, 2024)).toContain("2024-11-05 General Election Day");
    expect(dates(NEW_YORK, 2026)).toContain("2026-11-03 General Election Day");
  });
});

describe("business days", () => {
  it("weekends and holidays are not business days", () => {
    expect(isBusinessDay(US_FEDERAL, date("2024-07-04"))).toBe(false);
    expect(isBusinessDay(US_FEDERAL, date("2024-07-06"))).toBe(false);
    expect(isBusinessDay(US_FEDERAL, date("2024-07-05"))).toBe(true);
  });
  it("counts from the day after the start, skipping weekends and holidays", () => {
    expect(addBusinessDays(US_FEDERAL, date("2024-07-03"), 1).dueDate).toBe("2024-07-05");
    const counted = addBusinessDays(MASSACHUSETTS, date("2024-04-12"), 10);
    expect(counted.dueDate).toBe("2024-04-29");
    expect(counted.holidaysSkipped).toEqual([{ date: "2024-04-15", name: "Patriots' Day" }]);
    expect(addBusinessDays(US_FEDERAL, date("2024-04-12"), 0).dueDate).toBe("2024-04-12");
  });
});
