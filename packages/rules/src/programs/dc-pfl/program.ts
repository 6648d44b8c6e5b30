/**
 * District of Columbia Paid Family Leave (Department of Employment Services, Office of Paid
 * Family Leave), Universal Paid Leave Amendment Act, D.C. Code §32-541.01 et seq.; 7 DCMR 35.
 *
 * - Benefits from 2020-07-01 (employer tax from 2019-07-01). Medical leave (own serious health
 *   condition, incl. pregnancy), parental leave (within a year of the birth or placement), family
 *   leave (care of a family member) and, from 2021-10-01, prenatal leave (PRENATAL).
 * - Which date selects parameters: the date the claim is filed (the application date). The
 *   statute and rules switch by "claims filed" dates: the waiting week (waived for claims filed
 *   after 2021-10-01, eliminated from 2022-07-25), the AWW quarters (ten quarters for claims
 *   filed 2021-10-01 to 2022-07-25), and the maximum, CPI-adjusted each October 1. The weeks
 *   that changed on 2021-10-01 and 2022-10-01 are selected by the same date.
 * - AWW: of the five completed quarters before the qualifying event (the first day of leave, or
 *   the birth or placement date for parental leave), the lowest is dropped and the other four ÷
 *   52 (7 DCMR 3503; the divisor from Proskauer), to the cent (halves up; no rule given).
 *   Claims filed 2021-10-01 – 2022-07-25 answer PARAMETER_NOT_KNOWN (the ten-quarter rule was not
 *   captured).
 * - Benefit: 90% of the AWW up to the bend point (150% × 40 × the District minimum wage) + 50%
 *   above, to the cent (halves up; no rule given), capped at the maximum. No minimum. The
 *   minimum wage DOES uses is known only for claims filed 2022-10-01 – 2023-06-30 ($16.10) and
 *   2023-10-01 – 2024-06-30 ($17.00); other dates answer PARAMETER_NOT_KNOWN (the launch $14 is
 *   disputed, later bend points are derived, grade D).
 * - Eligibility: more than 50% of work time for the employer in the District
 *   (employment.percentWorkTimeInJurisdiction; not tested when absent — DC wage records hold
 *   covered wages only). No dollar threshold. The pro-rated benefit for under a year of service
 *   and the "based in DC" alternative are not modelled.
 * - Weeks in a 52-calendar-week period (the method is not defined; this module counts back 52
 *   weeks from the first day of leave): from 2022-10-01 parental, family and medical 12 each,
 *   prenatal 2, all together 12 — 14 when parental and prenatal leave are combined; before:
 *   parental 8, family 6, medical 2 (6 from 2021-10-01), prenatal 2 (from 2021-10-01), together
 *   8 (10 with prenatal).
 * - Waiting period: one week, once in 52 weeks, for claims filed through 2021-10-01; none after.
 * - Employer-only tax, no wage cap: 0.62%, 0.26% from 2022-07-01, 0.75% from 2024-07-01.
 * - Deadlines: appeal within 60 days; no employer-response period → DEADLINE_NOT_DOCUMENTED.
 * - Proration: full-day increments, the weekly benefit ÷ the regular workdays per day (1/5 for a
 *   five-day week), to the cent.
 */
import type { BasePeriodRule } from "../../base-period/base-period";
import { reasonsInPlay } from "../../entitlement/entitlement-ledger";
import { servedEarlierInWindow, waitingPeriod } from "../../waiting-period/waiting-period";
import { date } from "../../core/calendar-date";
import { Rounding } from "../../core/money";
import type { Citation } from "../../core/parameter";
import type { LeaveReason } from "../../core/vocabulary";
import { averageOfHighestQuarters } from "../../average-weekly-wage/steps";
import { bondingWindowTest } from "../../eligibility/steps";
import { collectAndRecordBasePeriod, requireWageQuarters } from "../../base-period/steps";
import { LeaveWindows } from "../../leave-window/steps";
import { ParameterDate } from "../../parameter-date/parameter-date";
import { reasonInForceTest } from "../../eligibility/employment-tests";
import { recordEntitlement } from "../../entitlement/steps";
import { singleContribution } from "../../premium/steps";
import { tieredWeeklyBenefit, withoutStateAverage } from "../../weekly-benefit/steps";
import { IneligibleCode, type ProgramDefinition } from "../program";
import { SEED_CHART } from "../sources";
import * as P from "./parameters";

const NAME = "DC PFL";

const RULE_CITES = {
  averageWeeklyWage: [P.G.g13, P.G.proskauer],
  weeklyBenefit: [
    {
      title: "Benefit: 90% up to 150% of 40 × the minimum wage + 50% above; maximum CPI-adjusted each October 1",
      section: "D.C. Code §32-541.04",
      file: `${SEED_CHART}:1424-1435`,
      grade: "B",
    },
    P.G.g3,
  ],
  eligibility: [
    P.G.g14,
    { title: "Covered employee: more than 50% of work time in DC", file: `${SEED_CHART}:1382-1391`, grade: "B" },
  ],
  duration: [
    {
      title: "Workweeks per 52 calendar weeks, before and on or after 2022-10-01",
      file: `${SEED_CHART}:1439-1455`,
      grade: "B",
    },
    P.G.g9,
    P.G.g11,
  ],
  waitingPeriod: [P.G.g8],
  parameterDate: [P.G.g8, P.G.g13],
  bonding: [
    { title: "Parental leave within one year of the birth or placement", file: `${SEED_CHART}:1404`, grade: "B" },
  ],
  reasons: [P.G.g7],
  proration: [
    {
      title: "Intermittent leave in full days: 1/5 of the weekly benefit per day for a five-day week",
      file: `${SEED_CHART}:1437`,
      grade: "B",
    },
  ],
} as const satisfies Record<string, readonly Citation[]>;

const ALL_REASONS: readonly LeaveReason[] = ["OWN_HEALTH", "PREGNANCY", "BONDING", "FAMILY_CARE", "PRENATAL"];

const QUARTER_RULES = new Map<number, BasePeriodRule>();

/** The `count` most recent completed quarters (one rule object per count, built once). */
function completedQuarters(count: number): BasePeriodRule {
  let rule = QUARTER_RULES.get(count);
  if (rule === undefined) {
    rule = Object.freeze({
      label: `the ${count} most recent completed calendar quarters before the qualifying event`,
      skipMostRecent: 0,
      length: count,
    });
    QUARTER_RULES.set(count, rule);
  }
  return rule;
}

const PARENTAL: readonly LeaveReason[] = ["BONDING"];
const PRENATAL: readonly LeaveReason[] = ["PRENATAL"];

export const dcPfl: ProgramDefinition = {
  jurisdiction: "DC",
  code: "PFL",
  name: "District of Columbia Paid Family Leave",
  agency: "Department of Employment Services, Office of Paid Family Leave",
  firstBenefitDate: date("2020-07-01"),
  coveredLeaveReasons: ALL_REASONS,
  familyRelationships: P.familyRelationships,

  benefit: {
    leaveWindow: LeaveWindows.rollingBack52Weeks("52 calendar weeks before the first day of leave"),

    parameterDate: ParameterDate.applicationDate(
      "the date the claim is filed (the application date)",
      RULE_CITES.parameterDate,
    ),

    measureWages(request, ctx) {
      const records = requireWageQuarters(request, NAME);
      const rule = ctx.param(P.averageWeeklyWageRule);
      const event =
        request.leaveReason === "BONDING" && request.birthOrPlacementDate !== null
          ? request.birthOrPlacementDate
          : request.leaveStartDate;
      const period = collectAndRecordBasePeriod(
        ctx,
        records,
        completedQuarters(rule.value.quartersConsidered),
        event,
        "standard",
        RULE_CITES.averageWeeklyWage,
        "The qualifying event is the first day of leave (the birth or placement date for parental leave, when given).",
      );
      const averageWeeklyWage = averageOfHighestQuarters(
        ctx,
        period,
        rule.value.quartersUsed,
        rule.use,
        Rounding.HALF_UP_CENT,
        RULE_CITES.averageWeeklyWage,
        "The lowest quarter is dropped; the other four ÷ 52. The sources give no rounding rule; kept to the cent, halves up.",
      );
      return { source: "wage-records", basePeriod: period, averageWeeklyWage };
    },

    stateAverageWeeklyWage: withoutStateAverage,

    weeklyBenefit(wages, ctx) {
      const minimumWage = ctx.param(P.bendPointMinimumWage);
      const hours = ctx.param(P.bendPointHours);
      const share = ctx.param(P.bendPointShare);
      const lower = ctx.param(P.lowerTierRate);
      const upper = ctx.param(P.upperTierRate);
      const max = ctx.param(P.maximumWeeklyBenefit);
      return tieredWeeklyBenefit(ctx, {
        averageWeeklyWage: wages.averageWeeklyWage,
        tiers: [
          { upTo: minimumWage.value.times(hours.value).times(share.value), rate: lower.value },
          { upTo: null, rate: upper.value },
        ],
        parameters: [minimumWage.use, hours.use, share.use, lower.use, upper.use, max.use],
        rounding: Rounding.HALF_UP_CENT,
        minimum: null,
        maximum: max.value,
        cite: RULE_CITES.weeklyBenefit,
        note: "The bend point is 150% × 40 × the minimum wage DOES uses. The sources give no rounding rule; kept to the cent, halves up.",
      });
    },

    eligibilityTests: [
      reasonInForceTest(P.coveredReasons, ALL_REASONS, NAME, RULE_CITES.reasons),
      {
        id: "work-time-in-district",
        kind: "employment",
        what: "More than the required share of work time for the employer spent in the District",
        run({ request }, ctx) {
          const share = request.employment?.percentWorkTimeInJurisdiction ?? null;
          if (share === null) {
            return {
              outcome: "skipped",
              why: "No employment.percentWorkTimeInJurisdiction was given; DC wage records hold covered (District) wages only, so coverage was not tested.",
            };
          }
          const threshold = ctx.param(P.workTimeInDistrictPercent);
          const passed = share > threshold.value;
          ctx.step({
            step: "eligibility-work-time-in-district",
            what: "More than the required share of work time for the employer spent in the District",
            inputs: { percentWorkTimeInDistrict: share },
            parameters: [threshold.use],
            result: passed,
            cite: RULE_CITES.eligibility,
          });
          return passed
            ? { outcome: "passed" }
            : {
                outcome: "failed",
                reason: {
                  code: IneligibleCode.INSUFFICIENT_EMPLOYMENT,
                  message: `${share}% of work time in the District is not more than ${threshold.value}%`,
                },
              };
        },
      },
      bondingWindowTest(P.bondingWindowMonths, RULE_CITES.bonding),
    ],

    entitlement(request, window, ctx) {
      const parental = ctx.param(P.parentalWeeks);
      const family = ctx.param(P.familyWeeks);
      const medical = ctx.param(P.medicalWeeks);
      const prenatal = ctx.param(P.prenatalWeeks);
      const combined = ctx.param(P.combinedWeeks);
      const withPrenatal = ctx.param(P.combinedWithPrenatalWeeks);
      const prior = request.priorLeave;
      const parentalAndPrenatal =
        reasonsInPlay(PARENTAL, request.leaveReason, prior, window) &&
        reasonsInPlay(PRENATAL, request.leaveReason, prior, window);
      return recordEntitlement(
        ctx,
        request,
        window,
        {
          buckets: [
            { id: "parental", reasons: PARENTAL, weeks: parental.value },
            { id: "family", reasons: ["FAMILY_CARE"], weeks: family.value },
            { id: "medical", reasons: ["OWN_HEALTH", "PREGNANCY"], weeks: medical.value },
            { id: "prenatal", reasons: PRENATAL, weeks: prenatal.value },
          ],
          combinedWeeks: parentalAndPrenatal ? withPrenatal.value : combined.value,
        },
        [parental.use, family.use, medical.use, prenatal.use, combined.use, withPrenatal.use],
        RULE_CITES.duration,
        parentalAndPrenatal
          ? "Parental and prenatal leave are combined in the 52 weeks, so the higher combined cap applies."
          : undefined,
      );
    },

    waitingPeriodDays(request, window, ctx) {
      const days = ctx.param(P.waitingPeriodDays);
      const result = waitingPeriod(days.value, [
        {
          applies: days.value === 0,
          because: "no waiting week for claims filed after 2021-10-01 (D.C. Code §32-541.04(b)(2)-(3))",
        },
        {
          applies: servedEarlierInWindow(request.priorLeave, window, () => true),
          because: "only one waiting week in a 52-week period, already served",
        },
      ]);
      ctx.step({
        step: "waiting-period",
        what: "Waiting period: one unpaid week after the qualifying event, once in 52 weeks, unless waived",
        inputs: { applicationDate: request.applicationDate, windowStart: window.start },
        parameters: [days.use],
        result: result.days,
        cite: RULE_CITES.waitingPeriod,
        ...(result.waivedBecause === null ? {} : { note: result.waivedBecause }),
      });
      return result.days;
    },
  },

  premium: singleContribution({
    name: "DC paid family leave tax (employer)",
    rate: P.employerContributionRate,
    employeeShare: P.employeeContributionShare,
    wageCap: null,
  }),

  proration: {
    basis: "days",
    rounding: Rounding.HALF_UP_CENT,
    wholeHoursOnly: false,
    minimumClaim: P.minimumClaimDays,
    cite: RULE_CITES.proration,
  },

  deadlines: { employerResponse: null, appeal: P.appealPeriod },

  parameters: [
    P.maximumWeeklyBenefit,
    P.bendPointMinimumWage,
    P.bendPointHours,
    P.bendPointShare,
    P.lowerTierRate,
    P.upperTierRate,
    P.averageWeeklyWageRule,
    P.coveredReasons,
    P.parentalWeeks,
    P.familyWeeks,
    P.medicalWeeks,
    P.prenatalWeeks,
    P.combinedWeeks,
    P.combinedWithPrenatalWeeks,
    P.waitingPeriodDays,
    P.bondingWindowMonths,
    P.workTimeInDistrictPercent,
    P.employerContributionRate,
    P.employeeContributionShare,
    P.minimumClaimDays,
    P.appealPeriod,
    P.familyRelationships,
  ],
};
