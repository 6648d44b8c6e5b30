/**
 * Hawaii Temporary Disability Insurance (TDI), HRS ch. 392, HAR Title 12 ch. 11. Employers
 * provide it through insured or self-insured plans; there is no state fund.
 *
 * - Benefits since 1969; the engine's dates start 1970-01-01, used as the first benefit date.
 *   Reference figures start in 2020 (earlier: PARAMETER_NOT_KNOWN); 2021 answers
 *   PARAMETER_NOT_KNOWN (its maximum appears only in a garbled snippet, grade C, and the wage
 *   base was not found). Own off-the-job sickness or injury, pregnancy, organ donation.
 * - Which date selects parameters: the first day of disability (the year's wage base and maximum).
 * - AWW: HAR §12-11-46 (the seed documents do not define it, rules-from-seeds §27.26): a
 *   non-salaried employee's wages in the 8 weeks before the disability ÷ the number of those
 *   weeks (fewer when employed less), from `weeklyWages` (weeks ending before the first day of
 *   disability), to the cent, halves up (the rule gives no rounding; the benefit itself is
 *   rounded up to the dollar). A salaried employee's AWW is the last week's salary (HRS §392-7):
 *   with a steady salary the 8-week average is the same; give averageWeeklyWage when a salary
 *   changed within the 8 weeks. Commission or piece-work pay (52 weeks) is not distinguished.
 *   Quarterly totals cannot give this measure (WAGE_MEASURE_UNAVAILABLE).
 * - Benefit: an AWW under $26 is paid in full but at most $14; otherwise 58% of the AWW (wages
 *   above the weekly wage base left out), rounded up to the next dollar, at most the published
 *   maximum (= 58% of the base, rounded up). No other minimum.
 * - Eligibility: at least 14 weeks in the 52 before the disability with 20+ hours paid — tested
 *   from employment.startDate and regularHoursPerWeek (a regular 20+ hour schedule makes each
 *   week employed count). The $400 earnings condition is read as a total over the 52 weeks (the
 *   memo, F1:100, and the chart's own 2020 section, F3:1933, against "each of those weeks" at
 *   F3:1810) and tested from `weeklyWages` (weeks ending in the 364 days before the disability);
 *   without them, and for a given AWW, it is reported as not tested, as is "current employment".
 * - Weeks: 26 per benefit year (the year from the first day of the first disability claimed); a
 *   later disability within it uses the same year.
 * - Waiting period: 7 days; none when the same or a related condition returns within 14 days
 *   (one period; the cause is assumed related).
 * - Premiums are set by each employer's insurer (the employee pays at most half, up to 0.5% of
 *   weekly wages): no premium rule. Appeal: 20 days from the mailing of a denial. No employer
 *   response period in the documents. Continuous leave only (no proration rule).
 */
import { addDays, date, daysBetween, maxDate } from "../../core/calendar-date";
import { averageOfLastWeeksOfPay } from "../../average-weekly-wage/steps";
import { roundingApplied } from "../../core/explanation";
import { Rounding, ZERO, minMoney, roundMoney } from "../../core/money";
import type { Citation } from "../../core/parameter";
import type { LeaveReason } from "../../core/vocabulary";
import { IneligibleCode, type ProgramDefinition } from "../program";
import { LeaveWindows } from "../../leave-window/steps";
import { ParameterDate } from "../../parameter-date/parameter-date";
import { singleWeeksCap } from "../../entitlement/steps";
import { waitingPeriodUnlessRecurrence } from "../../waiting-period/steps";
import { withoutStateAverage } from "../../weekly-benefit/steps";
import { COLORADO_MEMO, SEED_CHART } from "../sources";
import * as P from "./parameters";

const DISABILITY_REASONS: readonly LeaveReason[] = ["OWN_HEALTH", "PREGNANCY", "ORGAN_DONATION"];

const RULE_CITES = {
  parameterDate: [
    { title: "Maximum weekly benefit as of January 1 of the year", file: `${SEED_CHART}:1843-1849`, grade: "B" },
  ],
  weeklyBenefit: [
    {
      title:
        "58% of AWW rounded up to the next dollar; AWW under $26: the AWW, at most $14; wages above the base excluded",
      section: "HRS §392-22",
      href: "https://instalawyer.io/laws/hawaii-revised-statutes/392-22-weekly-benefit-amount",
      grade: "A",
    },
  ],
  eligibility: [
    {
      title:
        "In the 52 weeks before disability: 14 weeks of Hawaii employment with 20+ hours paid, $400 earned, current employment",
      section: "HRS §392-25",
      file: `${SEED_CHART}:1805-1815`,
      grade: "B",
    },
    { title: "$400 earned in total over those weeks", file: `${COLORADO_MEMO}:100`, grade: "B" },
  ],
  duration: [
    { title: "26 weeks following the waiting period", file: `${SEED_CHART}:1851-1853`, grade: "B" },
    {
      title: "Benefit year: one year from the first day of the first week of disability of the first claim",
      file: `${SEED_CHART}:1869-1876`,
      grade: "B",
    },
  ],
  waiting: [
    {
      title: "7 consecutive days; a relapse within 2 weeks is one period",
      file: `${SEED_CHART}:1826-1832`,
      grade: "B",
    },
  ],
} as const satisfies Record<string, readonly Citation[]>;

export const hiTdi: ProgramDefinition = {
  jurisdiction: "HI",
  code: "TDI",
  name: "Hawaii Temporary Disability Insurance",
  agency: "Hawaii Department of Labor and Industrial Relations, Disability Compensation Division",
  firstBenefitDate: date("1970-01-01"),
  coveredLeaveReasons: DISABILITY_REASONS,
  familyRelationships: P.familyRelationships,

  benefit: {
    leaveWindow: LeaveWindows.forwardYear(
      "leaveStartDate",
      {
        length: "months-12",
        startOnSunday: false,
        label: "benefit year (one year from the first day of the first disability claimed)",
      },
      DISABILITY_REASONS,
    ),

    parameterDate: ParameterDate.leaveStart(
      "first day of disability (the calendar year's wage base and maximum)",
      RULE_CITES.parameterDate,
    ),

    measureWages: averageOfLastWeeksOfPay({
      weeks: P.averageWeeklyWageWeeks,
      what: "Average weekly wage: the average of the weeks of pay immediately before the disability",
      cite: P.AWW_RULE_CITES,
      needsWeeklyWages:
        "Hawaii TDI's average weekly wage is the average of the last 8 weeks of pay before the disability (HAR §12-11-46): give weeklyWages or an averageWeeklyWage, not quarterly totals",
      noWeekBeforeLeave: "weeklyWages has no week ending before the disability began",
    }),

    stateAverageWeeklyWage: withoutStateAverage,

    weeklyBenefit(wages, ctx) {
      const rate = ctx.param(P.replacementRate);
      const base = ctx.param(P.weeklyWageBase);
      const max = ctx.param(P.maximumWeeklyBenefit);
      const low = ctx.param(P.lowWageLimit);
      const lowCap = ctx.param(P.lowWageBenefitCap);
      const aww = wages.averageWeeklyWage;
      const isLow = aww.lt(low.value);
      const counted = minMoney(aww, base.value);
      const unrounded = isLow ? minMoney(aww, lowCap.value) : counted.times(rate.value);
      const rounded = roundMoney(unrounded, Rounding.UP_DOLLAR);
      const amount = isLow ? unrounded : minMoney(rounded, max.value);
      ctx.step({
        step: "weekly-benefit-amount",
        what: "Weekly benefit: the program's share of the AWW up to the wage base, rounded up to the dollar, at most the maximum (an AWW below the statutory floor is paid in full, up to its cap)",
        inputs: { averageWeeklyWage: aww, wagesCounted: counted, lowWageRule: isLow },
        parameters: [rate.use, base.use, max.use, low.use, lowCap.use],
        ...(isLow ? {} : { rounding: roundingApplied(Rounding.UP_DOLLAR, unrounded, rounded) }),
        result: { amount, limitApplied: !isLow && rounded.gt(max.value) ? "maximum" : "none" },
        cite: RULE_CITES.weeklyBenefit,
      });
      return { amount, minimum: null, maximum: max.value };
    },

    eligibilityTests: [
      {
        id: "earnings",
        kind: "wages",
        what: "Wages earned in the 52 weeks before the disability must reach the minimum",
        run({ request }, ctx) {
          const weeks = request.weeklyWages;
          if (weeks === null) {
            return {
              outcome: "skipped",
              why: "No weeklyWages were given, so the earnings condition was not tested.",
            };
          }
          const minimum = ctx.param(P.minimumEarnings);
          const lookBackStart = addDays(request.leaveStartDate, -364);
          const counted = weeks.filter((w) => w.weekEnding < request.leaveStartDate && w.weekEnding >= lookBackStart);
          const earned = counted.reduce((sum, w) => sum.plus(w.wages), ZERO);
          const passed = earned.gte(minimum.value);
          ctx.step({
            step: "eligibility-earnings",
            what: "Wages in the weeks ending in the 52 weeks before the disability must reach the minimum",
            inputs: { weeksCounted: counted.length, wagesEarned: earned },
            parameters: [minimum.use],
            result: passed,
            cite: RULE_CITES.eligibility,
          });
          return passed
            ? { outcome: "passed" }
            : {
                outcome: "failed",
                reason: {
                  code: IneligibleCode.INSUFFICIENT_WAGES,
                  message: `$${earned.toFixed(2)} earned in the 52 weeks before the disability (need $${minimum.value.toFixed(2)})`,
                },
              };
        },
      },
      {
        id: "employment",
        kind: "employment",
        what: "The required weeks with at least the weekly hours paid in the weeks before the disability",
        run({ request }, ctx) {
          const employment = request.employment;
          if (employment === null || employment.startDate === null || employment.regularHoursPerWeek === null) {
            return {
              outcome: "skipped",
              why: "No employment.startDate and regularHoursPerWeek were given, so the weeks-of-employment test was not run; current employment is not tested either.",
            };
          }
          const weeks = ctx.param(P.employmentWeeks);
          const hours = ctx.param(P.weeklyHours);
          const lookBackStart = addDays(request.leaveStartDate, -364);
          const from = maxDate(employment.startDate, lookBackStart);
          const weeksEmployed =
            from >= request.leaveStartDate ? 0 : Math.floor(daysBetween(from, request.leaveStartDate) / 7);
          const countingWeeks = employment.regularHoursPerWeek >= hours.value ? weeksEmployed : 0;
          const passed = countingWeeks >= weeks.value;
          ctx.step({
            step: "eligibility-employment",
            what: "Weeks in the 52 before the disability with at least the weekly hours must reach the required number",
            inputs: {
              startDate: employment.startDate,
              regularHoursPerWeek: employment.regularHoursPerWeek,
              weeksEmployedInLast52: weeksEmployed,
              weeksCounted: countingWeeks,
            },
            parameters: [weeks.use, hours.use],
            result: passed,
            cite: RULE_CITES.eligibility,
            note: "Each week employed on a regular schedule of the minimum hours counts; the earnings condition is its own test (from weeklyWages); current employment is not tested.",
          });
          return passed
            ? { outcome: "passed" }
            : {
                outcome: "failed",
                reason: {
                  code: IneligibleCode.INSUFFICIENT_EMPLOYMENT,
                  message: `${countingWeeks} qualifying weeks in the 52 before the disability (need ${weeks.value})`,
                },
              };
        },
      },
    ],

    entitlement: singleWeeksCap({
      bucket: "disability",
      reasons: DISABILITY_REASONS,
      weeks: P.disabilityWeeks,
      cite: RULE_CITES.duration,
    }),

    waitingPeriodDays: waitingPeriodUnlessRecurrence({
      days: P.waitingPeriodDays,
      recurrenceDays: P.relapseGapDays,
      countsGapDays: true,
      reasons: DISABILITY_REASONS,
      what: "Waiting period: benefits begin on the eighth consecutive day of disability",
      waivedBecause:
        "the condition returned within 2 weeks: one continuous period of disability (the cause is assumed related)",
      cite: RULE_CITES.waiting,
    }),
  },

  premium: null,
  proration: null,
  deadlines: { employerResponse: null, appeal: P.appealPeriod },

  parameters: [
    P.averageWeeklyWageWeeks,
    P.minimumEarnings,
    P.weeklyWageBase,
    P.maximumWeeklyBenefit,
    P.replacementRate,
    P.lowWageLimit,
    P.lowWageBenefitCap,
    P.disabilityWeeks,
    P.waitingPeriodDays,
    P.relapseGapDays,
    P.employmentWeeks,
    P.weeklyHours,
    P.appealPeriod,
    P.familyRelationships,
  ],
};
