/**
 * New York Disability Benefits Law (DBL), N.Y. Workers' Compensation Law Article 9 (§§200–242).
 *
 * - Benefits since 1950; the engine's dates start 1970-01-01, used as the first benefit date.
 *   The $170 maximum and the 50% rate are dated from 1989-05-01 (WCL §204(2)); the other rules
 *   come from the 2020–2023 reference documents, so leave before 2020 answers
 *   PARAMETER_NOT_KNOWN, as does leave after 2026 (the maximum is verified through 2026 only).
 *   Covers the employee's own off-the-job illness or injury and pregnancy. Family leave is NY PFL.
 * - Which date selects parameters: the first day of disability ("disability commencing on or
 *   after").
 * - AWW: the average of the last 8 weeks of pay before the disability (weeklyWages; quarterly
 *   totals cannot give it), to the cent.
 * - Benefit: 50% of the AWW, to the cent (halves up; the statute is silent), at most $170. An AWW
 *   under $20 is paid in full. WCL §204(2) as in force since 1989 has no $20 floor, so an AWW of
 *   $19.99 pays $19.99 while $20.00 pays $10.00: a real cliff, pinned by a test.
 * - Eligibility: 4 consecutive weeks with a covered employer (employment.startDate), or, on a
 *   schedule shorter than the employer's normal week, 25 days worked (employment.daysWorked).
 *   The sources do not define "full-time" for DBL and the request does not carry the employer's
 *   normal week, so giving daysWorked selects the part-time test.
 * - Weeks: 26 in any 52 consecutive weeks looking back from the first day of disability, the
 *   waiting week included; DBL and PFL together at most 26 (prior BONDING, FAMILY_CARE and
 *   MILITARY_EXIGENCY leave counts as PFL toward the shared ny-pfl.combined-with-disability-weeks,
 *   the same parameter NY PFL uses with prior disability leave).
 * - Waiting period: 7 days per period of disability; none when an earlier disability ended less
 *   than 3 months before (one period; the cause is assumed related).
 * - Contributions: the employee pays 0.5% of wages up to $0.60 a week; the premium operation
 *   works with yearly caps, so no premium rule is given (RULE_NOT_DOCUMENTED). Employer response
 *   and appeal periods are not in the documents (DEADLINE_NOT_DOCUMENTED). Continuous leave only:
 *   no proration rule.
 */
import { waitingPeriod } from "../../waiting-period/waiting-period";
import { addMonths, date, daysBetween } from "../../core/calendar-date";
import { ErrorCode, RulesError } from "../../core/errors";
import { roundingApplied } from "../../core/explanation";
import { Rounding, roundMoney } from "../../core/money";
import type { Citation } from "../../core/parameter";
import type { LeaveReason } from "../../core/vocabulary";
import { combinedWithDisabilityWeeks } from "../ny-pfl/parameters";
import { IneligibleCode, type ProgramDefinition } from "../program";
import { averageOfLastWeeksOfPay } from "../../average-weekly-wage/steps";
import { LeaveWindows } from "../../leave-window/steps";
import { ParameterDate } from "../../parameter-date/parameter-date";
import { recordEntitlement } from "../../entitlement/steps";
import { withoutStateAverage } from "../../weekly-benefit/steps";
import { SEED_CHART } from "../sources";
import * as P from "./parameters";

const DISABILITY_REASONS: readonly LeaveReason[] = ["OWN_HEALTH", "PREGNANCY"];
const PFL_REASONS: readonly LeaveReason[] = ["BONDING", "FAMILY_CARE", "MILITARY_EXIGENCY"];

const RULE_CITES = {
  parameterDate: [
    {
      title: "Weekly benefit for disability commencing on or after the date",
      section: "N.Y. WCL §204(2)",
      href: "https://instalawyer.io/laws/new-york-laws/204-disability-and-family",
      grade: "A",
    },
  ],
  averageWeeklyWage: [
    { title: "50% of the average weekly wage for the last 8 weeks worked", file: `${SEED_CHART}:148-152`, grade: "B" },
  ],
  weeklyBenefit: [
    {
      title: "One-half of the weekly wage, at most $170; an AWW under $20 is paid in full",
      section: "N.Y. WCL §204(2)",
      href: "https://instalawyer.io/laws/new-york-laws/204-disability-and-family",
      grade: "A",
    },
  ],
  eligibility: [
    {
      title: "4 consecutive weeks with a covered employer; part-time: 25 days",
      section: "N.Y. WCL §203",
      file: `${SEED_CHART}:108-113`,
      grade: "B",
    },
  ],
  duration: [
    {
      title: "26 weeks (with the waiting period) in 52 consecutive weeks; DBL + PFL at most 26 weeks in 52",
      file: `${SEED_CHART}:154-172`,
      grade: "B",
    },
  ],
  waiting: [
    {
      title: "Benefits from the eighth consecutive day; periods less than three months apart are one period",
      section: "N.Y. WCL §204(1)",
      file: `${SEED_CHART}:130-137`,
      grade: "B",
    },
  ],
} as const satisfies Record<string, readonly Citation[]>;

export const nyDbl: ProgramDefinition = {
  jurisdiction: "NY",
  code: "DBL",
  name: "New York Disability Benefits",
  agency: "NYS Workers' Compensation Board",
  firstBenefitDate: date("1970-01-01"),
  coveredLeaveReasons: DISABILITY_REASONS,
  familyRelationships: P.familyRelationships,

  benefit: {
    leaveWindow: LeaveWindows.rollingBack52Weeks("52 weeks before the first day of disability"),

    parameterDate: ParameterDate.leaveStart("first day of disability", RULE_CITES.parameterDate),

    measureWages: averageOfLastWeeksOfPay({
      weeks: P.averageWeeklyWageWeeks,
      what: "Average weekly wage: the average of the last weeks of pay before the disability",
      cite: RULE_CITES.averageWeeklyWage,
      needsWeeklyWages:
        "NY DBL's average weekly wage is the average of the last 8 weeks worked: give weeklyWages or an averageWeeklyWage, not quarterly totals",
      noWeekBeforeLeave: "weeklyWages has no week ending before the disability began",
    }),

    stateAverageWeeklyWage: withoutStateAverage,

    weeklyBenefit(wages, ctx) {
      const rate = ctx.param(P.replacementRate);
      const max = ctx.param(P.maximumWeeklyBenefit);
      const below = ctx.param(P.fullWageBelow);
      const aww = wages.averageWeeklyWage;
      const fullWage = aww.lt(below.value);
      const unrounded = fullWage ? aww : aww.times(rate.value);
      const rounded = roundMoney(unrounded, Rounding.HALF_UP_CENT);
      const capped = rounded.gt(max.value);
      const amount = capped ? max.value : rounded;
      ctx.step({
        step: "weekly-benefit-amount",
        what: "Weekly benefit: the program's share of the AWW (the whole AWW below the statutory floor), to the cent, at most the maximum",
        inputs: { averageWeeklyWage: aww, fullWageBecauseBelow: fullWage },
        parameters: [rate.use, max.use, below.use],
        rounding: roundingApplied(Rounding.HALF_UP_CENT, unrounded, rounded),
        result: { amount, limitApplied: capped ? "maximum" : "none" },
        cite: RULE_CITES.weeklyBenefit,
        note: "The statute does not say how half-cents are rounded; halves are rounded up. There is no minimum since 1989.",
      });
      return { amount, minimum: null, maximum: max.value };
    },

    eligibilityTests: [
      {
        id: "employment",
        kind: "employment",
        what: "The required consecutive weeks with a covered employer, or the required days on a part-time schedule",
        run({ request, wages }, ctx) {
          const employment = request.employment;
          const partTime = employment?.daysWorked ?? null;
          const startDate = employment?.startDate ?? null;
          if (partTime === null && startDate === null) {
            if (wages.source === "given")
              return {
                outcome: "skipped",
                why: "No employment facts were given with the estimated AWW, so the employment test was not run.",
              };
            throw new RulesError(
              ErrorCode.EMPLOYMENT_DATA_REQUIRED,
              "NY DBL eligibility needs employment.startDate (4 consecutive weeks) or employment.daysWorked (part-time: 25 days)",
            );
          }
          const weeks = ctx.param(P.fullTimeEmploymentWeeks);
          const days = ctx.param(P.partTimeDaysWorked);
          const passed =
            partTime !== null
              ? partTime >= days.value
              : daysBetween(startDate ?? request.leaveStartDate, request.leaveStartDate) >= weeks.value * 7;
          ctx.step({
            step: "eligibility-employment",
            what: "Employment with a covered employer must reach the consecutive weeks, or the part-time days",
            inputs: {
              startDate,
              daysWorked: partTime,
              leaveStartDate: request.leaveStartDate,
              test: partTime !== null ? "part-time days" : "consecutive weeks",
            },
            parameters: [weeks.use, days.use],
            result: passed,
            cite: RULE_CITES.eligibility,
            note: "The sources do not define full-time for DBL; employment.daysWorked selects the part-time (25-day) test.",
          });
          if (passed) return { outcome: "passed" };
          return {
            outcome: "failed",
            reason: {
              code: IneligibleCode.INSUFFICIENT_EMPLOYMENT,
              message:
                partTime !== null
                  ? `Fewer than ${days.value} days worked`
                  : `Fewer than ${weeks.value} consecutive weeks of employment before the disability`,
            },
          };
        },
      },
    ],

    entitlement(request, window, ctx) {
      const weeks = ctx.param(P.disabilityWeeks);
      const combined = ctx.paramAt(combinedWithDisabilityWeeks, request.leaveStartDate);
      return recordEntitlement(
        ctx,
        request,
        window,
        {
          buckets: [{ id: "disability", reasons: DISABILITY_REASONS, weeks: weeks.value }],
          combinedWeeks: combined.value,
          combinedOnlyReasons: PFL_REASONS,
        },
        [weeks.use, combined.use],
        RULE_CITES.duration,
        "Prior BONDING, FAMILY_CARE or MILITARY_EXIGENCY leave is taken to be NY PFL and counts only toward the combined 26 weeks.",
      );
    },

    waitingPeriodDays(request, _window, ctx) {
      const days = ctx.param(P.waitingPeriodDays);
      const months = ctx.param(P.relapseMonths);
      const continuing = request.priorLeave.some(
        (l) =>
          DISABILITY_REASONS.includes(l.leaveReason) &&
          l.endDate < request.leaveStartDate &&
          addMonths(l.endDate, months.value) > request.leaveStartDate,
      );
      const result = waitingPeriod(days.value, [
        {
          applies: continuing,
          because: "an earlier disability ended less than 3 months before: the same period of disability",
        },
      ]);
      ctx.step({
        step: "waiting-period",
        what: "Waiting period: benefits begin on the eighth consecutive day of each period of disability",
        parameters: [days.use, months.use],
        result: result.days,
        cite: RULE_CITES.waiting,
        ...(result.waivedBecause === null ? {} : { note: `${result.waivedBecause} (the cause is assumed related)` }),
      });
      return result.days;
    },
  },

  premium: null,
  proration: null,
  deadlines: { employerResponse: null, appeal: null },

  parameters: [
    P.maximumWeeklyBenefit,
    P.replacementRate,
    P.fullWageBelow,
    P.averageWeeklyWageWeeks,
    P.disabilityWeeks,
    P.waitingPeriodDays,
    P.relapseMonths,
    P.fullTimeEmploymentWeeks,
    P.partTimeDaysWorked,
    combinedWithDisabilityWeeks,
    P.familyRelationships,
  ],
};
