/**
 * New York Paid Family Leave (WCB / DFS), N.Y. Workers' Compensation Law Article 9,
 * 12 NYCRR 380.
 *
 * - Benefits from 2018-01-01; reference figures start in 2020 (2018–2019 answer
 *   PARAMETER_NOT_KNOWN). Bonding (first 12 months), family care, military exigency. The
 *   employee's own disability is NY DBL, a separate program.
 * - Which date selects parameters: the first day of leave (the year's NYSAWW, maximum,
 *   replacement rate and weeks apply to leave starting in that year).
 * - AWW: the average of the last 8 weeks of gross pay before leave (the employer reports it on
 *   PFL-1 Part B), so quarterly wage records cannot be used: give weeklyWages or the AWW.
 *   Rounded to the cent, halves up.
 * - Benefit: the replacement rate (67% from 2021) × AWW, rounded to the cent halves up, capped
 *   at the published maximum. No minimum. (Published maxima do not follow one rounding rule:
 *   2023 truncates, 2025 rounds half up; they are used as published.)
 * - Eligibility: regular schedule ≥ 20 h/week → 26 consecutive weeks with the employer;
 *   under 20 h/week → 175 days worked (the request's `employment` block).
 * - Weeks: 12 (from 2021) in any 52 weeks looking back from the first day of leave; PFL and
 *   DBL together at most 26 weeks (prior OWN_HEALTH/PREGNANCY leave counts as DBL).
 * - No waiting period; full-day increments (proration by days). Contributions: employee-only
 *   rate up to the yearly maximum. Employer completes Part B within 3 business days; a denial
 *   is appealed within 26 weeks.
 */
import { date, daysBetween } from "../../core/calendar-date";
import { ErrorCode, RulesError } from "../../core/errors";
import { Rounding } from "../../core/money";
import type { Citation } from "../../core/parameter";
import { IneligibleCode, type ProgramDefinition } from "../program";
import { averageOfLastWeeksOfPay } from "../../average-weekly-wage/steps";
import { bondingWindowTest } from "../../eligibility/steps";
import { flatRateWeeklyBenefit, stateAverageOf } from "../../weekly-benefit/steps";
import { LeaveWindows } from "../../leave-window/steps";
import { ParameterDate } from "../../parameter-date/parameter-date";
import { recordEntitlement } from "../../entitlement/steps";
import { singleContribution } from "../../premium/steps";
import { waitingPeriodWithoutWaivers } from "../../waiting-period/steps";
import { SEED_CHART } from "../sources";
import * as P from "./parameters";

const RULE_CITES = {
  averageWeeklyWage: [
    {
      title: "paidfamilyleave.ny.gov: the employer provides the last 8 weeks of gross wages and calculates the AWW",
      href: "https://paidfamilyleave.ny.gov/handling-requests",
      grade: "A",
    },
  ],
  weeklyBenefit: [
    {
      title: "Benefit amount: 67% of AWW up to 67% of the NYSAWW",
      section: "N.Y. WCL Art. 9",
      file: `${SEED_CHART}:287-291`,
      grade: "B",
    },
  ],
  eligibility: [
    {
      title: "Employee eligibility: 26 consecutive weeks (20+ h/week) or 175 days",
      file: `${SEED_CHART}:248-253`,
      grade: "B",
    },
  ],
  duration: [
    { title: "Maximum duration; combined PFL + DBL 26 weeks in 52", file: `${SEED_CHART}:293-310`, grade: "B" },
    {
      title: "Leave year: 52 weeks rolling back from the first day of leave",
      file: `${SEED_CHART}:312-314`,
      grade: "B",
    },
  ],
  parameterDate: [
    {
      title: "Yearly NYSAWW and maximum apply to leave starting in the year",
      href: "https://paidfamilyleave.ny.gov/2025",
      grade: "A",
    },
  ],
  bonding: [
    {
      title: "Bonding during the first 12 months after birth, adoption or foster placement",
      file: `${SEED_CHART}:257`,
      grade: "B",
    },
  ],
  proration: [{ title: "Intermittent leave in full-day increments", file: `${SEED_CHART}:299-302`, grade: "B" }],
} as const satisfies Record<string, readonly Citation[]>;

export const nyPfl: ProgramDefinition = {
  jurisdiction: "NY",
  code: "PFL",
  name: "New York Paid Family Leave",
  agency: "NYS Workers' Compensation Board (with the Department of Financial Services)",
  firstBenefitDate: date("2018-01-01"),
  coveredLeaveReasons: ["BONDING", "FAMILY_CARE", "MILITARY_EXIGENCY"],
  familyRelationships: P.familyRelationships,

  benefit: {
    leaveWindow: LeaveWindows.rollingBack52Weeks("52 weeks before the first day of leave"),

    parameterDate: ParameterDate.leaveStart("first day of leave", RULE_CITES.parameterDate),

    measureWages: averageOfLastWeeksOfPay({
      weeks: P.averageWeeklyWageWeeks,
      what: "Average weekly wage: the average of the last weeks of gross pay before leave",
      cite: RULE_CITES.averageWeeklyWage,
      needsWeeklyWages:
        "NY PFL's average weekly wage is the average of the last 8 weeks of pay: give weeklyWages or an averageWeeklyWage, not quarterly totals",
      noWeekBeforeLeave: "weeklyWages has no week ending before the leave starts",
    }),

    stateAverageWeeklyWage: stateAverageOf(P.stateAverageWeeklyWage),

    weeklyBenefit: flatRateWeeklyBenefit({
      rate: P.replacementRate,
      maximum: P.maximumWeeklyBenefit,
      maximumBasis: P.stateAverageWeeklyWage,
      rounding: Rounding.HALF_UP_CENT,
      what: "Weekly benefit: the replacement rate × AWW, rounded, capped at the maximum",
      cite: RULE_CITES.weeklyBenefit,
      note: "Rounded to the cent halves up: published maxima disagree (2023 truncates, 2025 rounds up), so the usual cent rounding is used for the benefit.",
    }),

    eligibilityTests: [
      {
        id: "employment",
        kind: "employment",
        what: "The required consecutive weeks of employment at full-time hours, or the required days worked on a shorter schedule",
        run({ request, wages }, ctx) {
          const employment = request.employment;
          if (employment === null || employment.regularHoursPerWeek === null) {
            if (wages.source === "given")
              return {
                outcome: "skipped",
                why: "No employment facts were given with the estimated AWW, so the employment test was not run.",
              };
            throw new RulesError(
              ErrorCode.EMPLOYMENT_DATA_REQUIRED,
              "NY PFL eligibility needs employment.regularHoursPerWeek with employment.startDate (20+ hours) or employment.daysWorked",
            );
          }
          const fullTime = ctx.param(P.fullTimeHoursPerWeek);
          const weeks = ctx.param(P.fullTimeEmploymentWeeks);
          const days = ctx.param(P.partTimeDaysWorked);
          const isFullTime = employment.regularHoursPerWeek >= fullTime.value;
          let passed: boolean;
          if (isFullTime) {
            if (employment.startDate === null) {
              throw new RulesError(
                ErrorCode.EMPLOYMENT_DATA_REQUIRED,
                "NY PFL eligibility for a 20+ hour schedule needs employment.startDate",
              );
            }
            passed = daysBetween(employment.startDate, request.leaveStartDate) >= weeks.value * 7;
          } else {
            if (employment.daysWorked === null) {
              throw new RulesError(
                ErrorCode.EMPLOYMENT_DATA_REQUIRED,
                "NY PFL eligibility for a schedule under 20 hours needs employment.daysWorked",
              );
            }
            passed = employment.daysWorked >= days.value;
          }
          ctx.step({
            step: "eligibility-employment",
            what: "Employment with the covered employer must reach the full-time weeks or part-time days",
            inputs: {
              regularHoursPerWeek: employment.regularHoursPerWeek,
              startDate: employment.startDate,
              daysWorked: employment.daysWorked,
              leaveStartDate: request.leaveStartDate,
            },
            parameters: [fullTime.use, weeks.use, days.use],
            result: passed,
            cite: RULE_CITES.eligibility,
          });
          if (passed) return { outcome: "passed" };
          return {
            outcome: "failed",
            reason: {
              code: IneligibleCode.INSUFFICIENT_EMPLOYMENT,
              message: isFullTime
                ? `Fewer than ${weeks.value} consecutive weeks of employment before the leave`
                : `Fewer than ${days.value} days worked for the employer`,
            },
          };
        },
      },
      bondingWindowTest(P.bondingWindowMonths, RULE_CITES.bonding),
    ],

    entitlement(request, window, ctx) {
      const weeks = ctx.param(P.familyLeaveWeeks);
      const combined = ctx.param(P.combinedWithDisabilityWeeks);
      return recordEntitlement(
        ctx,
        request,
        window,
        {
          buckets: [{ id: "family", reasons: ["BONDING", "FAMILY_CARE", "MILITARY_EXIGENCY"], weeks: weeks.value }],
          combinedWeeks: combined.value,
          combinedOnlyReasons: ["OWN_HEALTH", "PREGNANCY"],
        },
        [weeks.use, combined.use],
        RULE_CITES.duration,
        "Prior OWN_HEALTH or PREGNANCY leave is taken to be NY DBL disability leave and counts only toward the combined 26 weeks.",
      );
    },

    waitingPeriodDays: waitingPeriodWithoutWaivers(P.waitingPeriodDays),
  },

  premium: singleContribution({
    name: "PFL contribution (employee)",
    rate: P.contributionRate,
    wageCap: null,
    employeeYearlyCap: P.maximumYearlyContribution,
  }),

  proration: {
    basis: "days",
    rounding: Rounding.HALF_UP_CENT,
    wholeHoursOnly: false,
    minimumClaim: null,
    cite: RULE_CITES.proration,
  },

  deadlines: { employerResponse: P.employerResponsePeriod, appeal: P.appealPeriod },

  parameters: [
    P.stateAverageWeeklyWage,
    P.maximumWeeklyBenefit,
    P.replacementRate,
    P.averageWeeklyWageWeeks,
    P.familyLeaveWeeks,
    P.combinedWithDisabilityWeeks,
    P.fullTimeHoursPerWeek,
    P.fullTimeEmploymentWeeks,
    P.partTimeDaysWorked,
    P.bondingWindowMonths,
    P.waitingPeriodDays,
    P.contributionRate,
    P.maximumYearlyContribution,
    P.employerResponsePeriod,
    P.appealPeriod,
    P.familyRelationships,
  ],
};
