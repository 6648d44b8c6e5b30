/**
 * New Jersey's wage rules, shared by TDI and FLI:
 *
 * - AWW: the wages in the base weeks among the 8 calendar weeks (Sunday–Saturday) immediately
 *   before the calendar week in which the disability or leave began, ÷ the number of those base
 *   weeks (a base week pays at least 20 × the state minimum wage). Needs `weeklyWages`; quarterly
 *   totals cannot give it. Kept to the cent, halves up (the sources do not say how it is rounded).
 * - Base year: the first 4 of the last 5 completed calendar quarters before the claim is filed
 *   (the application date). Its wages come from `wageQuarters` when given, else from
 *   `weeklyWages` grouped by the quarter of each week's end.
 * - Eligibility: at least 20 base weeks in the base year (counted from `weeklyWages`), or the
 *   alternative earnings (1,000 × the minimum wage) in base-year wages.
 */
import { meanOfWeeks } from "../../average-weekly-wage/average-weekly-wage";
import { BasePeriodRules, type WageRecord } from "../../base-period/base-period";
import { addDays, sundayOnOrBefore } from "../../core/calendar-date";
import { ErrorCode, RulesError } from "../../core/errors";
import { roundingApplied } from "../../core/explanation";
import { Rounding, ZERO, roundMoney } from "../../core/money";
import type { Citation } from "../../core/parameter";
import { quarterEnd, quarterIndexOf, quarterStart } from "../../core/quarter";
import type { RuleContext } from "../../evaluation/context";
import type { ValidatedRequest } from "../../evaluation/request";
import { type EligibilityTest, IneligibleCode, type WageMeasure } from "../program";
import { collectAndRecordBasePeriod } from "../../base-period/steps";
import { SEED_CHART } from "../sources";
import * as P from "./parameters";

export const NJ_WAGE_CITES = {
  averageWeeklyWage: [
    {
      title:
        "AWW: wages in the base weeks within the 8 calendar weeks before the disability week ÷ the number of those base weeks",
      href: P.N.n19.href,
      grade: "B",
    },
  ],
  baseYear: [
    {
      title: "Base year: first 4 of the last 5 completed calendar quarters before the claim is filed",
      section: "N.J.S.A. 43:21-27",
      file: `${SEED_CHART}:2318-2338`,
      grade: "B",
    },
  ],
  eligibility: [
    {
      title: "20 base weeks, or 1,000 × the minimum wage in the base year; base week = 20 × the minimum wage",
      section: "N.J.S.A. 43:21-41",
      file: `${SEED_CHART}:2318-2327`,
      grade: "B",
    },
  ],
} as const satisfies Record<string, readonly Citation[]>;

/** Quarterly records from weekly pay (each week counted in the quarter it ends in). */
function quartersFromWeeks(request: ValidatedRequest): WageRecord[] {
  const byQuarter = new Map<number, WageRecord>();
  for (const week of request.weeklyWages ?? []) {
    const quarter = quarterIndexOf(week.weekEnding);
    const seen = byQuarter.get(quarter);
    byQuarter.set(quarter, {
      quarter,
      wages: seen === undefined ? week.wages : seen.wages.plus(week.wages),
      hoursHundredths: null,
    });
  }
  return [...byQuarter.values()];
}

export function measureNjWages(request: ValidatedRequest, ctx: RuleContext, programName: string): WageMeasure {
  const weeks = request.weeklyWages;
  if (weeks === null) {
    throw new RulesError(
      ErrorCode.WAGE_MEASURE_UNAVAILABLE,
      `${programName}'s average weekly wage is the average of the base weeks in the 8 calendar weeks before the leave: give weeklyWages (with wageQuarters for the base year if you have them) or an averageWeeklyWage`,
    );
  }
  const records = request.wageQuarters ?? quartersFromWeeks(request);
  const basePeriod = collectAndRecordBasePeriod(
    ctx,
    records,
    BasePeriodRules.FIRST_FOUR_OF_LAST_FIVE,
    request.applicationDate,
    "standard",
    NJ_WAGE_CITES.baseYear,
    request.wageQuarters === null
      ? "Base-year wages added up from weeklyWages, each week in the quarter it ends in."
      : undefined,
  );

  const count = ctx.param(P.averageWeeklyWageWeeks);
  const baseWeek = ctx.param(P.baseWeekAmount);
  const weekStart = sundayOnOrBefore(request.leaveStartDate);
  const firstWeekEnding = addDays(weekStart, -7 * count.value + 6);
  const lastWeekEnding = addDays(weekStart, -1);
  const inWindow = weeks.filter((w) => w.weekEnding >= firstWeekEnding && w.weekEnding <= lastWeekEnding);
  const baseWeeks = inWindow.filter((w) => w.wages.gte(baseWeek.value));
  if (baseWeeks.length === 0) {
    throw new RulesError(
      ErrorCode.WAGE_MEASURE_UNAVAILABLE,
      `${programName}: no base week (pay of at least ${baseWeek.value.toFixed(2)}) in the 8 calendar weeks before the leave; New Jersey then uses other wage rules that are not modelled — give an averageWeeklyWage`,
    );
  }
  const average = meanOfWeeks(baseWeeks.map((w) => w.wages));
  const averageWeeklyWage = roundMoney(average, Rounding.HALF_UP_CENT);
  ctx.step({
    step: "average-weekly-wage",
    what: "Average weekly wage: the base weeks among the calendar weeks the program looks back over before the week the leave began, averaged",
    inputs: {
      calendarWeeksEnding: [firstWeekEnding, lastWeekEnding],
      weeksGiven: inWindow.map((w) => w.weekEnding),
      baseWeeksUsed: baseWeeks.map((w) => w.weekEnding),
      wages: baseWeeks.map((w) => w.wages),
    },
    parameters: [count.use, baseWeek.use],
    rounding: roundingApplied(Rounding.HALF_UP_CENT, average, averageWeeklyWage),
    result: averageWeeklyWage,
    cite: NJ_WAGE_CITES.averageWeeklyWage,
    note: "The sources do not say how the AWW is rounded; it is kept to the cent, halves up.",
  });
  return { source: "wage-records", basePeriod, averageWeeklyWage };
}

export const njEarningsTest: EligibilityTest = {
  id: "base-weeks-or-earnings",
  kind: "wages",
  what: "The required base weeks, or the alternative earnings, in the base year",
  run({ request, wages }, ctx) {
    const period = wages.basePeriod;
    const total = period?.totalWages ?? ZERO;
    const required = ctx.param(P.baseWeeksRequired);
    const baseWeek = ctx.param(P.baseWeekAmount);
    const alternative = ctx.param(P.alternativeEarnings);
    let baseWeeks = 0;
    if (period !== null && period.quarters.length > 0) {
      const from = quarterStart((period.quarters[0] as { quarter: number }).quarter);
      const to = quarterEnd((period.quarters[period.quarters.length - 1] as { quarter: number }).quarter);
      for (const w of request.weeklyWages ?? [])
        if (w.weekEnding >= from && w.weekEnding <= to && w.wages.gte(baseWeek.value)) baseWeeks++;
    }
    const byWeeks = baseWeeks >= required.value;
    const byEarnings = total.gte(alternative.value);
    const passed = byWeeks || byEarnings;
    ctx.step({
      step: "eligibility-base-weeks-or-earnings",
      what: "The base year must have enough base weeks, or enough wages",
      inputs: { baseWeeks, baseYearWages: total },
      parameters: [required.use, baseWeek.use, alternative.use],
      result: { byBaseWeeks: byWeeks, byEarnings, passed },
      cite: NJ_WAGE_CITES.eligibility,
    });
    return passed
      ? { outcome: "passed" }
      : {
          outcome: "failed",
          reason: {
            code: IneligibleCode.INSUFFICIENT_WAGES,
            message: `${baseWeeks} base weeks (need ${required.value}) and base-year wages ${total.toFixed(2)} (need ${alternative.value.toFixed(2)})`,
          },
        };
  },
};
