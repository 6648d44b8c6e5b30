import { describe, expect, it } from "vitest";
import { date } from "../core/calendar-date";
import { money } from "../core/money";
import { parseQuarter, quarterLabel } from "../core/quarter";
import { BasePeriodRules, collectBasePeriod, highestQuarterWages } from "./base-period";
import { highestQuartersAverage, meanOfWeeks } from "../average-weekly-wage/average-weekly-wage";

const record = (quarter: string, wages: string, hours: number | null = null) => ({
  quarter: parseQuarter(quarter, "q"),
  wages: money(wages),
  hoursHundredths: hours === null ? null : hours * 100,
});

describe("base periods", () => {
  const records = [
    record("2023-Q1", "1000", 100),
    record("2023-Q2", "2000", 200),
    record("2023-Q3", "3000", 300),
    record("2023-Q4", "4000", 400),
    record("2024-Q1", "5000", 500),
    record("2024-Q2", "6000", 600),
  ];

  it("first four of the last five completed quarters, relative to the anchor date", () => {
    const period = collectBasePeriod(records, BasePeriodRules.FIRST_FOUR_OF_LAST_FIVE, date("2024-07-15"));
    expect(period.quarters.map((q) => quarterLabel(q.quarter))).toEqual(["2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1"]);
    expect(period.totalWages.toString()).toBe("14000");
    expect(period.totalHoursHundredths).toBe(140000);
  });

  it("last four completed quarters", () => {
    const period = collectBasePeriod(records, BasePeriodRules.LAST_FOUR_COMPLETED, date("2024-07-15"), "alternative");
    expect(period.quarters.map((q) => quarterLabel(q.quarter))).toEqual(["2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2"]);
    expect(period.role).toBe("alternative");
  });

  it("an anchor on the first day of a quarter: the quarter just ended is complete", () => {
    const period = collectBasePeriod(records, BasePeriodRules.LAST_FOUR_COMPLETED, date("2024-07-01"));
    expect(quarterLabel(period.quarters[3]?.quarter ?? 0)).toBe("2024-Q2");
  });

  it("missing quarters count as zero; several records for one quarter are added", () => {
    const period = collectBasePeriod(
      [record("2024-Q1", "100.25", 10), record("2024-Q1", "0.75", 5)],
      BasePeriodRules.LAST_FOUR_COMPLETED,
      date("2024-05-01"),
    );
    expect(period.quarters.map((q) => q.wages.toString())).toEqual(["0", "0", "0", "101"]);
    expect(period.quartersWithWages).toBe(1);
    expect(period.totalHoursHundredths).toBe(1500);
    expect(highestQuarterWages(period).toString()).toBe("101");
  });

  it("hours are unknown (null) when a quarter with wages has none reported", () => {
    const period = collectBasePeriod(
      [record("2024-Q1", "100")],
      BasePeriodRules.LAST_FOUR_COMPLETED,
      date("2024-05-01"),
    );
    expect(period.totalHoursHundredths).toBeNull();
  });
});

describe("average weekly wage variants", () => {
  const period = collectBasePeriod(
    [record("2023-Q2", "0"), record("2023-Q3", "5000"), record("2023-Q4", "6000"), record("2024-Q1", "8000")],
    BasePeriodRules.LAST_FOUR_COMPLETED,
    date("2024-05-01"),
  );
  it("two highest quarters ÷ 26 (unrounded)", () => {
    const result = highestQuartersAverage(period.quarters, 2);
    expect(result.divisor.toString()).toBe("26");
    expect(result.value.toFixed(6)).toBe("538.461538");
  });
  it("highest quarter ÷ 13", () => {
    expect(highestQuartersAverage(period.quarters, 1).value.toFixed(4)).toBe("615.3846");
  });
  it("mean of weekly wages", () => {
    expect(meanOfWeeks([money("1000"), money("1001")]).toString()).toBe("1000.5");
    expect(meanOfWeeks([]).toString()).toBe("0");
  });
});
