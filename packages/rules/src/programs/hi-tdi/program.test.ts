import { describe, expect, it } from "vitest";
import { appealDeadline, calculatePremium, employerResponseDeadline } from "../..";
import { quarters, runCases } from "../../../test/support/cases";
import { date } from "../../core/calendar-date";
import { Rounding, roundMoney } from "../../core/money";
import { resolveParameter } from "../../core/parameter";
import * as P from "./parameters";

const BASE = {
  id: "hi",
  jurisdiction: "HI",
  program: "TDI",
  leaveReason: "OWN_HEALTH",
  applicationDate: "2025-03-05",
  leaveStartDate: "2025-03-05",
  averageWeeklyWage: "1000.00",
};
const ROW = (year: number) => `parameters.md §14 ${year} row`;
const at = (d: string, aww = "5000.00") => ({ applicationDate: d, leaveStartDate: d, averageWeeklyWage: aww });

describe("HI TDI: the published maximum is ceil(58% × the weekly wage base) every year", () => {
  for (const year of [2020, 2022, 2023, 2024, 2025, 2026]) {
    it(`${year} [${ROW(year)}; parameters.md:630]`, () => {
      const on = date(`${year}-06-01`);
      const base = resolveParameter(P.weeklyWageBase, on).value;
      const rate = resolveParameter(P.replacementRate, on).value;
      expect(roundMoney(base.times(rate), Rounding.UP_DOLLAR).toFixed(2)).toBe(
        resolveParameter(P.maximumWeeklyBenefit, on).value.toFixed(2),
      );
    });
  }
});

describe("HI TDI: 58% rounded up; low wages; maximum (2025: $837)", () => {
  runCases(BASE, [
    {
      name: "AWW $1,000 → $580",
      source: "H1 (A) HRS 392-22",
      expect: {
        weeklyBenefitAmount: "580.00",
        maximumWeeklyBenefit: "837.00",
        minimumWeeklyBenefit: null,
        waitingPeriodDays: 7,
        maxWeeks: 26,
      },
    },
    {
      name: "AWW $1,000.01 → $580.0058 → $581 (rounded up)",
      source: "H1 (A)",
      request: { averageWeeklyWage: "1000.01" },
      expect: { weeklyBenefitAmount: "581.00" },
    },
    {
      name: "AWW $1,441.72 (the wage base) → $836.20 → $837 = the maximum",
      source: `${ROW(2025)}; H1 (A)`,
      request: { averageWeeklyWage: "1441.72" },
      expect: { weeklyBenefitAmount: "837.00" },
    },
    {
      name: "AWW $1,441.37 → $835.99 → $836",
      source: ROW(2025),
      request: { averageWeeklyWage: "1441.37" },
      expect: { weeklyBenefitAmount: "836.00" },
    },
    {
      name: "AWW $3,000: wages above the base are left out → $837",
      source: "H1 (A): wages above the weekly wage base excluded",
      request: { averageWeeklyWage: "3000.00" },
      expect: { weeklyBenefitAmount: "837.00" },
    },
    {
      name: "AWW $25.99 → the AWW, at most $14 → $14",
      source: "H1 (A): AWW under $26",
      request: { averageWeeklyWage: "25.99" },
      expect: { weeklyBenefitAmount: "14.00" },
    },
    {
      name: "AWW $13.50 → $13.50",
      source: "H1 (A)",
      request: { averageWeeklyWage: "13.50" },
      expect: { weeklyBenefitAmount: "13.50" },
    },
    {
      name: "AWW $26.00 → 58% = $15.08 → $16",
      source: "H1 (A)",
      request: { averageWeeklyWage: "26.00" },
      expect: { weeklyBenefitAmount: "16.00" },
    },
  ]);
});

describe("HI TDI: dates", () => {
  runCases(BASE, [
    {
      name: "2019: not compiled → PARAMETER_NOT_KNOWN",
      source: "parameters.md §14 (2020–2026)",
      request: at("2019-12-31"),
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "2020: $650",
      source: "F1:104; F3:1949",
      request: at("2020-01-01"),
      expect: { weeklyBenefitAmount: "650.00" },
    },
    {
      name: "2021: only a grade-C snippet ($640) → PARAMETER_NOT_KNOWN",
      source: `${ROW(2021)} (H3 C); contradictions note 15`,
      request: at("2021-06-01"),
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "2022-01-01: $697",
      source: "F3:1845",
      request: at("2022-01-01"),
      expect: { weeklyBenefitAmount: "697.00" },
    },
    {
      name: "2022-12-31: $697; 2023-01-01: $765",
      source: "F3:1845-1847",
      request: at("2022-12-31"),
      expect: { weeklyBenefitAmount: "697.00" },
    },
    {
      name: "2023-01-01: $765",
      source: "F3:1847; H5 (B)",
      request: at("2023-01-01"),
      expect: { weeklyBenefitAmount: "765.00" },
    },
    { name: "2024: $798", source: ROW(2024), request: at("2024-06-01"), expect: { weeklyBenefitAmount: "798.00" } },
    {
      name: "2026-12-31: $871",
      source: ROW(2026),
      request: at("2026-12-31"),
      expect: { weeklyBenefitAmount: "871.00" },
    },
    {
      name: "2027: not published → PARAMETER_NOT_KNOWN",
      source: ROW(2026),
      request: at("2027-01-01"),
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "quarterly totals cannot give Hawaii's 8-week AWW → WAGE_MEASURE_UNAVAILABLE",
      source: "HAR §12-11-46 (weeks of pay, not quarters)",
      request: { averageWeeklyWage: undefined, wageQuarters: quarters(["2024-Q3", "13000"]) },
      error: "WAGE_MEASURE_UNAVAILABLE",
    },
  ]);
});

/** Weeks of pay ending on the Saturdays before `lastSaturday`, latest first. */
function weeksOfPay(lastSaturday: string, amounts: readonly string[]) {
  const end = Date.parse(`${lastSaturday}T00:00:00Z`);
  return amounts.map((wages, i) => ({
    weekEnding: new Date(end - i * 7 * 86_400_000).toISOString().slice(0, 10),
    wages,
  }));
}

describe("HI TDI: the AWW from weeks of pay (HAR §12-11-46: the 8 weeks before the disability)", () => {
  const LEAVE = { applicationDate: "2026-12-02", leaveStartDate: "2026-12-02", averageWeeklyWage: undefined };
  const EMPLOYED = { employment: { startDate: "2020-01-06", regularHoursPerWeek: 40 } };
  runCases(BASE, [
    {
      name: "leave 2026-12-02, $1,000 a week: AWW $1,000.00, benefit 58% = $580 (older weeks beyond 8 ignored)",
      source: "HAR §12-11-46 (A); HRS §392-22 (A); 2026 wage base $1,500.21 (H8 B)",
      request: {
        ...LEAVE,
        ...EMPLOYED,
        weeklyWages: [
          ...weeksOfPay("2026-11-28", Array(8).fill("1000.00")),
          ...weeksOfPay("2026-10-03", ["5000.00", "5000.00"]),
        ],
      },
      expect: {
        eligible: true,
        averageWeeklyWage: "1000.00",
        averageWeeklyWageSource: "wage-records",
        weeklyBenefitAmount: "580.00",
        maximumWeeklyBenefit: "871.00",
      },
    },
    {
      name: "uneven weeks: $8,001 over 8 weeks → AWW $1,000.13 (to the cent) → 58% = $580.08, rounded up to $581",
      source: "HAR §12-11-46 (A); HRS §392-22 rounding up to the dollar (A)",
      request: {
        ...LEAVE,
        ...EMPLOYED,
        weeklyWages: weeksOfPay("2026-11-28", ["900", "1000", "1100", "1000", "950", "1050", "1000", "1001"]),
      },
      expect: { averageWeeklyWage: "1000.13", weeklyBenefitAmount: "581.00" },
    },
    {
      name: "employed fewer than 8 weeks: the weeks worked are averaged (3 × $700 → $700, benefit $406)",
      source: 'HAR §12-11-46 ("the eight weeks or portion thereof")',
      request: { ...LEAVE, weeklyWages: weeksOfPay("2026-11-28", ["700", "700", "700"]) },
      expect: { averageWeeklyWage: "700.00", weeklyBenefitAmount: "406.00" },
    },
    {
      name: "a week ending on or after the first day of disability is not counted",
      source: "HAR §12-11-46 (weeks immediately preceding the disability)",
      request: {
        ...LEAVE,
        weeklyWages: [...weeksOfPay("2026-12-05", ["0.00"]), ...weeksOfPay("2026-11-28", Array(8).fill("1000.00"))],
      },
      expect: { averageWeeklyWage: "1000.00", weeklyBenefitAmount: "580.00" },
    },
    {
      name: "earnings: exactly $400 in the 52 weeks before the disability qualifies",
      source: "HRS §392-25 ($400; memo F1:100 read as a total)",
      request: { ...LEAVE, weeklyWages: weeksOfPay("2026-11-28", ["200.00", "200.00"]) },
      expect: { eligible: true, averageWeeklyWage: "200.00", weeklyBenefitAmount: "116.00" },
    },
    {
      name: "earnings: $399.99 in the 52 weeks (older pay not counted) → INSUFFICIENT_WAGES",
      source: "HRS §392-25 ($400 in the 52 weeks before the disability)",
      request: {
        ...LEAVE,
        weeklyWages: [...weeksOfPay("2026-11-28", ["200.00", "199.99"]), ...weeksOfPay("2025-11-29", ["5000.00"])],
      },
      expect: { eligible: false },
      ineligible: ["INSUFFICIENT_WAGES"],
    },
    {
      name: "$2,000 a week: wages above the $1,500.21 base are left out → the $871 maximum",
      source: "HRS §392-22(3) (A); 2026 row (H8 B)",
      request: { ...LEAVE, weeklyWages: weeksOfPay("2026-11-28", Array(8).fill("2000.00")) },
      expect: { averageWeeklyWage: "2000.00", weeklyBenefitAmount: "871.00" },
    },
  ]);
});

describe("HI TDI: eligibility, benefit year, waiting period, reasons", () => {
  runCases(BASE, [
    {
      name: "14 weeks (98 days) on a 20-hour schedule qualifies",
      source: "F3:1807-1810",
      request: { employment: { startDate: "2024-11-27", regularHoursPerWeek: 20 } },
      expect: { eligible: true },
    },
    {
      name: "13 weeks and 6 days does not",
      source: "F3:1809",
      request: { employment: { startDate: "2024-11-28", regularHoursPerWeek: 40 } },
      expect: { eligible: false },
      ineligible: ["INSUFFICIENT_EMPLOYMENT"],
    },
    {
      name: "a 19.5-hour schedule does not count",
      source: "F3:1810 (20 hours or more)",
      request: { employment: { startDate: "2020-01-01", regularHoursPerWeek: 19.5 } },
      expect: { eligible: false },
      ineligible: ["INSUFFICIENT_EMPLOYMENT"],
    },
    { name: "no employment facts: the test is not run", source: "program.ts header", expect: { eligible: true } },
    {
      name: "10 weeks of disability earlier in the benefit year leave 16",
      source: "F3:1851-1853, 1869-1876",
      request: { priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-09-02", endDate: "2024-11-10" }] },
      expect: {
        remainingWeeks: 16,
        leaveWindow: { kind: "benefit-year", start: "2024-09-02", end: "2025-09-01" },
        waitingPeriodDays: 7,
      },
    },
    {
      name: "the condition returning after a 14-day gap (2025-02-18 → 2025-03-05): no new waiting period",
      source: "F3:1832 (not more than 2 weeks)",
      request: { priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2025-01-06", endDate: "2025-02-18" }] },
      expect: { waitingPeriodDays: 0 },
    },
    {
      name: "after a 15-day gap: a new waiting period",
      source: "F3:1832",
      request: { priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2025-01-06", endDate: "2025-02-17" }] },
      expect: { waitingPeriodDays: 7 },
    },
    {
      name: "organ donation is covered",
      source: "F3:1824; F1:96",
      request: { leaveReason: "ORGAN_DONATION" },
      expect: { eligible: true },
    },
    {
      name: "family care is not",
      source: "F3:1817-1824",
      request: { leaveReason: "FAMILY_CARE" },
      expect: { eligible: false },
      ineligible: ["LEAVE_REASON_NOT_COVERED"],
    },
  ]);
});

describe("HI TDI: operations", () => {
  it("appeal: 20 days from the mailing of a denial [F3:1919]", () => {
    expect(appealDeadline({ jurisdiction: "HI", program: "TDI", decisionDate: "2025-05-23" })).toMatchObject({
      dueDate: "2025-06-12",
    });
  });
  it("no employer response period → DEADLINE_NOT_DOCUMENTED; insurer-priced premiums → RULE_NOT_DOCUMENTED [F3:1834-1841]", () => {
    expect(employerResponseDeadline({ jurisdiction: "HI", program: "TDI", from: "2025-05-23" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
    expect(
      calculatePremium({ jurisdiction: "HI", program: "TDI", date: "2025-04-04", wages: "1000.00", employerSize: 3 }),
    ).toMatchObject({ error: { code: "RULE_NOT_DOCUMENTED" } });
  });
});
