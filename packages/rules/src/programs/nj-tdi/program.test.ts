import { describe, expect, it } from "vitest";
import { appealDeadline, calculatePremium, employerResponseDeadline } from "../..";
import { quarters, runCases } from "../../../test/support/cases";
import { date } from "../../core/calendar-date";
import { Rounding, roundMoney } from "../../core/money";
import { resolveParameter } from "../../core/parameter";
import * as P from "./parameters";

const BASE = {
  id: "nj",
  jurisdiction: "NJ",
  program: "TDI",
  leaveReason: "OWN_HEALTH",
  applicationDate: "2025-03-01",
  leaveStartDate: "2025-03-05",
};
const ROW = (year: number) => `parameters.md §6 ${year} row`;

/** The 8 Saturdays before the week of 2025-03-05 (Sunday 2025-03-02): 2025-01-11 … 2025-03-01. */
const EIGHT_WEEKS = [
  "2025-01-11",
  "2025-01-18",
  "2025-01-25",
  "2025-02-01",
  "2025-02-08",
  "2025-02-15",
  "2025-02-22",
  "2025-03-01",
];
function weeks(amounts: readonly string[]) {
  return EIGHT_WEEKS.map((weekEnding, i) => ({ weekEnding, wages: amounts[i] ?? amounts[amounts.length - 1] ?? "0" }));
}
/** Base year for a claim filed 2025-03-01: 2023-Q4 … 2024-Q3. */
const BASE_YEAR = quarters(["2023-Q4", "5000"], ["2024-Q1", "5000"], ["2024-Q2", "5000"], ["2024-Q3", "5000"]);

describe("NJ TDI: the maximum is floor(70% × SAWW) every year (the published figures)", () => {
  const years: readonly [string, string][] = [
    ["2020-07-01", "881"],
    ["2022-01-02", "993"],
    ["2023-01-01", "1025"],
    ["2024-01-01", "1055"],
    ["2025-01-01", "1081"],
    ["2026-01-01", "1119"],
    ["2020-01-01", "667"],
  ];
  for (const [on, max] of years) {
    it(`${on}: floor(share × SAWW) = $${max} [${ROW(Number(on.slice(0, 4)))}; contradictions note 11]`, () => {
      const saww = resolveParameter(P.stateAverageWeeklyWage, date(on)).value;
      const share = resolveParameter(P.maximumShareOfSaww, date(on)).value;
      expect(roundMoney(saww.times(share), Rounding.DOWN_DOLLAR).toFixed(2)).toBe(
        resolveParameter(P.maximumWeeklyBenefit, date(on)).value.toFixed(2),
      );
    });
  }
});

describe("NJ TDI: weekly benefit, 85% rounded down, and its maximum (2025: $1,081)", () => {
  runCases(BASE, [
    {
      name: "AWW $1,000 → 85% = $850",
      source: "N4 (A): 85% of AWW",
      request: { averageWeeklyWage: "1000.00" },
      expect: {
        weeklyBenefitAmount: "850.00",
        stateAverageWeeklyWage: "1545.60",
        maximumWeeklyBenefit: "1081.00",
        minimumWeeklyBenefit: null,
      },
    },
    {
      name: "AWW $1,000.99 → $850.84 rounded down to $850",
      source: "F3:2392 (next lower $1); program.ts note",
      request: { averageWeeklyWage: "1000.99" },
      expect: { weeklyBenefitAmount: "850.00" },
    },
    {
      name: "AWW $1,271.76 → $1,080.99 → $1,080 (one cent below the maximum's AWW)",
      source: ROW(2025),
      request: { averageWeeklyWage: "1271.76" },
      expect: { weeklyBenefitAmount: "1080.00" },
    },
    {
      name: "AWW $1,271.77 → $1,081.00 = the maximum",
      source: ROW(2025),
      request: { averageWeeklyWage: "1271.77" },
      expect: { weeklyBenefitAmount: "1081.00" },
    },
    {
      name: "AWW $5,000 → capped at $1,081",
      source: ROW(2025),
      request: { averageWeeklyWage: "5000.00" },
      expect: { weeklyBenefitAmount: "1081.00" },
    },
    {
      name: "AWW $0.99 → $0 (no minimum)",
      source: "parameters.md §6: no separate minimum",
      request: { averageWeeklyWage: "0.99" },
      expect: { weeklyBenefitAmount: "0.00" },
    },
  ]);
});

describe("NJ TDI: effective dates", () => {
  const at = (d: string, aww = "2000.00") => ({ applicationDate: d, leaveStartDate: d, averageWeeklyWage: aww });
  runCases(BASE, [
    {
      name: "2019-12-31: before the reference data → PARAMETER_NOT_KNOWN",
      source: "parameters.md §6 starts in 2020",
      request: at("2019-12-31"),
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "2020-01-01: two-thirds, max $667",
      source: `${ROW(2020)}; F1:166`,
      request: at("2020-01-01", "1000.00"),
      expect: { weeklyBenefitAmount: "666.00", maximumWeeklyBenefit: "667.00" },
    },
    {
      name: "2020-06-30: AWW $1,001 → ⅔ = $667.33 → $667 = max",
      source: `${ROW(2020)}; F1:166`,
      request: at("2020-06-30", "1001.00"),
      expect: { weeklyBenefitAmount: "667.00" },
    },
    {
      name: "2020-07-01: 85%, max $881",
      source: `${ROW(2020)}; N4 (A)`,
      request: at("2020-07-01", "1000.00"),
      expect: { weeklyBenefitAmount: "850.00", maximumWeeklyBenefit: "881.00", stateAverageWeeklyWage: "1259.82" },
    },
    {
      name: "2021: max $903; the 2021 SAWW was not published, so it is reported as null",
      source: ROW(2021),
      request: at("2021-06-01"),
      expect: { weeklyBenefitAmount: "903.00", stateAverageWeeklyWage: null },
    },
    {
      name: "2022-01-01 (a claim dated before January 2) keeps the 2021 maximum $903",
      source: "N1 (A): claims dated 1/2/2022 or later",
      request: at("2022-01-01"),
      expect: { weeklyBenefitAmount: "903.00" },
    },
    {
      name: "2022-01-02: $993",
      source: "N1 (A)",
      request: at("2022-01-02"),
      expect: { weeklyBenefitAmount: "993.00", stateAverageWeeklyWage: "1419.52" },
    },
    { name: "2023: $1,025", source: ROW(2023), request: at("2023-07-01"), expect: { weeklyBenefitAmount: "1025.00" } },
    { name: "2024: $1,055", source: ROW(2024), request: at("2024-07-01"), expect: { weeklyBenefitAmount: "1055.00" } },
    {
      name: "2026-12-31: $1,119",
      source: ROW(2026),
      request: at("2026-12-31"),
      expect: { weeklyBenefitAmount: "1119.00", stateAverageWeeklyWage: "1598.66" },
    },
    {
      name: "2027-01-01: not published → PARAMETER_NOT_KNOWN",
      source: "parameters.md §6 (through 2026)",
      request: at("2027-01-01"),
      error: "PARAMETER_NOT_KNOWN",
    },
  ]);
});

describe("NJ TDI: AWW from the base weeks of the last 8 calendar weeks, and eligibility", () => {
  runCases(BASE, [
    {
      name: "weeks under the $303 base-week amount are left out: 7 × $1,000 + one $302.99 week → AWW $1,000 → $850",
      source: "N19 (B): base weeks within the 8 calendar weeks ÷ their number; N2 (A) 2025 base week $303",
      request: { weeklyWages: weeks(["302.99", "1000"]), wageQuarters: BASE_YEAR },
      expect: {
        averageWeeklyWage: "1000.00",
        weeklyBenefitAmount: "850.00",
        eligible: true,
        basePeriod: { quarters: ["2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3"], wages: "20000.00" },
      },
    },
    {
      name: "a week exactly at $303 is a base week: ($303 + 7 × $1,000) ÷ 8 = $912.875 → $912.88 → $775",
      source: "N2 (A) 2025 base week $303",
      request: { weeklyWages: weeks(["303", "1000"]), wageQuarters: BASE_YEAR },
      expect: { averageWeeklyWage: "912.88", weeklyBenefitAmount: "775.00" },
    },
    {
      name: "a week ending in the week the disability began does not count",
      source: "N19 (B): the 8 calendar weeks before the disability week",
      request: {
        weeklyWages: [...weeks(["1000"]), { weekEnding: "2025-03-08", wages: "9000" }],
        wageQuarters: BASE_YEAR,
      },
      expect: { averageWeeklyWage: "1000.00" },
    },
    {
      name: "quarterly totals alone cannot give the AWW → WAGE_MEASURE_UNAVAILABLE",
      source: "N19 (B)",
      request: { wageQuarters: BASE_YEAR },
      error: "WAGE_MEASURE_UNAVAILABLE",
    },
    {
      name: "no base week in the 8 weeks → WAGE_MEASURE_UNAVAILABLE",
      source: "N19 (B)",
      request: { weeklyWages: weeks(["100"]), wageQuarters: BASE_YEAR },
      error: "WAGE_MEASURE_UNAVAILABLE",
    },
    {
      name: "alternative earnings: exactly $15,200 in the base year qualifies (2025)",
      source: "N2 (A): $15,200",
      request: {
        weeklyWages: weeks(["1000"]),
        wageQuarters: quarters(["2023-Q4", "3800"], ["2024-Q1", "3800"], ["2024-Q2", "3800"], ["2024-Q3", "3800"]),
      },
      expect: { eligible: true },
    },
    {
      name: "alternative earnings: $15,199.99 and no base weeks in the base year does not",
      source: "N2 (A): $15,200",
      request: {
        weeklyWages: weeks(["1000"]),
        wageQuarters: quarters(["2023-Q4", "3800"], ["2024-Q1", "3800"], ["2024-Q2", "3800"], ["2024-Q3", "3799.99"]),
      },
      expect: { eligible: false },
      ineligible: ["INSUFFICIENT_WAGES"],
    },
    {
      name: "20 base weeks in the base year qualify even below the earnings test (weekly pay only)",
      source: "F3:2321: at least 20 base weeks",
      request: {
        weeklyWages: [
          ...Array.from({ length: 20 }, (_, i) => ({ weekEnding: isoWeek("2024-01-06", i), wages: "303" })),
          ...weeks(["1000"]),
        ],
      },
      expect: { eligible: true, basePeriod: { wages: "6060.00" } },
    },
    {
      name: "19 base weeks do not",
      source: "F3:2321: at least 20 base weeks",
      request: {
        weeklyWages: [
          ...Array.from({ length: 19 }, (_, i) => ({ weekEnding: isoWeek("2024-01-06", i), wages: "303" })),
          { weekEnding: "2024-06-01", wages: "302.99" },
          ...weeks(["1000"]),
        ],
      },
      expect: { eligible: false },
      ineligible: ["INSUFFICIENT_WAGES"],
    },
  ]);
});

function isoWeek(first: string, i: number): string {
  const d = new Date(`${first}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7 * i);
  return d.toISOString().slice(0, 10);
}

describe("NJ TDI: weeks per period of disability, the dollar cap, the waiting period, reasons", () => {
  runCases({ ...BASE, averageWeeklyWage: "1000.00" }, [
    {
      name: "26 weeks in a new period of disability; 7-day waiting period",
      source: "F3:2397-2399, 2355-2358",
      expect: { maxWeeks: 26, remainingWeeks: 26, waitingPeriodDays: 7 },
    },
    {
      name: "an earlier disability ending 14 days before (2025-02-18 → 2025-03-05) is the same period: 10 weeks used leave 16, no new waiting period",
      source: "F3:2367 (separated by no more than 14 days)",
      request: { priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-12-11", endDate: "2025-02-18" }] },
      expect: { remainingWeeks: 16, waitingPeriodDays: 0, leaveWindow: { start: "2024-12-11", end: "2025-03-04" } },
    },
    {
      name: "an earlier disability ending 15 days before starts a new period: 26 weeks and a waiting period",
      source: "F3:2367",
      request: { priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-12-09", endDate: "2025-02-17" }] },
      expect: { remainingWeeks: 26, waitingPeriodDays: 7 },
    },
    {
      name: "organ or bone-marrow donation: covered, no waiting period",
      source: "F3:2346, 2359",
      request: { leaveReason: "ORGAN_DONATION" },
      expect: { eligible: true, waitingPeriodDays: 0 },
    },
    {
      name: "pregnancy is covered",
      source: "F3:2344",
      request: { leaveReason: "PREGNANCY" },
      expect: { eligible: true },
    },
    {
      name: "caring for a family member is NJ FLI, not TDI",
      source: "F3:2340-2349",
      request: { leaveReason: "FAMILY_CARE" },
      expect: { eligible: false, maxWeeks: 0 },
      ineligible: ["LEAVE_REASON_NOT_COVERED"],
    },
    {
      name: "total benefits: ⅓ of $15,200 = $5,066 at $850 a week → 41 payable days (5.85 weeks)",
      source: "F3:2392 (lesser of 26 × WBA or ⅓ of base-year wages, next lower $1)",
      request: {
        averageWeeklyWage: undefined,
        weeklyWages: weeks(["1000"]),
        wageQuarters: quarters(["2023-Q4", "3800"], ["2024-Q1", "3800"], ["2024-Q2", "3800"], ["2024-Q3", "3800"]),
      },
      expect: { weeklyBenefitAmount: "850.00", remainingDays: 41, remainingWeeks: 5.85, maxWeeks: 26 },
    },
  ]);
});

describe("NJ TDI: contributions and deadlines", () => {
  it("2025: 0.23% employee TDI on $1,000 = $2.30 [N15, N16 (B)]", () => {
    expect(
      calculatePremium({ jurisdiction: "NJ", program: "TDI", date: "2025-04-04", wages: "1000.00", employerSize: 10 }),
    ).toMatchObject({ employeeShare: "2.30", employerShare: "0.00" });
  });
  it("2025: the $165,400 wage base leaves $400 taxable after $165,000 → $0.92 [N2 (A)]", () => {
    expect(
      calculatePremium({
        jurisdiction: "NJ",
        program: "TDI",
        date: "2025-12-26",
        wages: "1000.00",
        wagesYearToDate: "165000.00",
        employerSize: 10,
      }),
    ).toMatchObject({ taxableWages: "400.00", employeeShare: "0.92" });
  });
  it("2023: no employee TDI contribution [F3:2380-2382]", () => {
    expect(
      calculatePremium({ jurisdiction: "NJ", program: "TDI", date: "2023-04-04", wages: "1000.00", employerSize: 10 }),
    ).toMatchObject({ employeeShare: "0.00" });
  });
  it("2026: the employee rate was not found → PARAMETER_NOT_KNOWN [parameters.md §6 2026 row]", () => {
    expect(
      calculatePremium({ jurisdiction: "NJ", program: "TDI", date: "2026-04-03", wages: "1000.00", employerSize: 10 }),
    ).toMatchObject({ error: { code: "PARAMETER_NOT_KNOWN" } });
  });
  it("appeal: 10 days after the determination is mailed [F3:2469]", () => {
    expect(appealDeadline({ jurisdiction: "NJ", program: "TDI", decisionDate: "2025-05-23" })).toMatchObject({
      dueDate: "2025-06-02",
    });
  });
  it("employer response: not documented → DEADLINE_NOT_DOCUMENTED [rules-from-seeds §10]", () => {
    expect(employerResponseDeadline({ jurisdiction: "NJ", program: "TDI", from: "2025-05-23" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
  });
});
