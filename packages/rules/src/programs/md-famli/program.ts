/**
 * Maryland Family and Medical Leave Insurance (Maryland Department of Labor), Md. Code, Labor &
 * Employment Title 8.3 (Time to Care Act of 2022, as delayed by HB 102 of 2025).
 *
 * - Not paying yet: benefits from 2028-01-03 (HB 102: claims open no later than that date; the
 *   Department says "starting in January 2028"; Littler, PPI Benefit Solutions and Gordon
 *   Feinblatt give January 3, 2028; parameters.md:510). Leave before it answers
 *   BENEFITS_NOT_YET_PAYABLE. Contributions from 2027-01-01.
 * - Reasons: bonding (first year), family care, own serious health condition, care of a
 *   servicemember who is next of kin, qualifying exigency.
 * - Which date selects parameters: the application date (benefit increases apply only to claims
 *   filed after they take effect).
 * - From 2028-01-03 every benefit answers PARAMETER_NOT_KNOWN: the state average weekly wage
 *   (workers' compensation §9-603) is not published in the sources, nor is the employee AWW
 *   rule as amended by HB 102. The formula is ready: 90% of the AWW up to 65% of the state AWW
 *   + 50% above, between $50 and $1,000 (through 2028), to the cent (no rule given).
 * - Eligibility: 680 hours in the 12 months before leave (employment.hoursLast12Months; the
 *   statute does not say with which employer).
 * - Weeks: 12 per application year (the 12 months from the Sunday of the week the application
 *   is filed; earlier leaves' start dates stand in for earlier applications); 12 more when
 *   bonding and own-health benefits fall in the same application year (24).
 * - No waiting period. Contributions: the 2027 and 2028 rates and wage bases are not published
 *   (PARAMETER_NOT_KNOWN); the employee pays at most half; employers under 15 pay no employer
 *   share.
 * - Deadlines: the appeals system is left to the Secretary, no periods → DEADLINE_NOT_DOCUMENTED.
 *   Proration: partial leave pays the lesser of lost wages and the benefit; not modelled
 *   (RULE_NOT_DOCUMENTED).
 */
import { BasePeriodRules } from "../../base-period/base-period";
import { reasonsInPlay } from "../../entitlement/entitlement-ledger";
import { date } from "../../core/calendar-date";
import { Rounding } from "../../core/money";
import type { Citation } from "../../core/parameter";
import type { LeaveReason } from "../../core/vocabulary";
import { averageOfHighestQuarters } from "../../average-weekly-wage/steps";
import { bondingWindowTest } from "../../eligibility/steps";
import { collectAndRecordBasePeriod, requireWageQuarters } from "../../base-period/steps";
import { hoursInLast12MonthsTest } from "../../eligibility/employment-tests";
import { LeaveWindows } from "../../leave-window/steps";
import { ParameterDate } from "../../parameter-date/parameter-date";
import { recordEntitlement } from "../../entitlement/steps";
import { singleContribution } from "../../premium/steps";
import { stateAverageOf, stateAverageTwoTierBenefit } from "../../weekly-benefit/steps";
import { waitingPeriodWithoutWaivers } from "../../waiting-period/steps";
import type { ProgramDefinition } from "../program";
import { SEED_CHART } from "../sources";
import * as P from "./parameters";

const NAME = "MD FAMLI";

const RULE_CITES = {
  applicationYear: [
    {
      title: "Application year: 12 months from the first day of the calendar week the application is filed",
      file: `${SEED_CHART}:4750-4754`,
      grade: "B",
    },
    P.D.ppi,
  ],
  parameterDate: [
    {
      title: "Benefit increases apply only to claims filed after the increase takes effect",
      file: `${SEED_CHART}:4693`,
      grade: "B",
    },
  ],
  weeklyBenefit: [
    P.D.d7,
    {
      title: "Benefit amount for full-time leave",
      section: "Lab. & Empl. §8.3-704",
      file: `${SEED_CHART}:4683-4713`,
      grade: "B",
    },
  ],
  eligibility: [
    P.D.d3,
    {
      title: "Covered employee: 680 hours in the 12 months before leave",
      section: "§8.3-101(d)",
      file: `${SEED_CHART}:4614-4623`,
      grade: "B",
    },
  ],
  duration: [
    P.D.d7,
    {
      title: "12 weeks per application year; 12 more for bonding and own health in the same year",
      file: `${SEED_CHART}:4719-4727`,
      grade: "B",
    },
  ],
  bonding: [
    {
      title: "Bonding within one year after birth or placement",
      section: "§8.3-302",
      file: `${SEED_CHART}:4627`,
      grade: "B",
    },
  ],
} as const satisfies Record<string, readonly Citation[]>;

const MEDICAL: readonly LeaveReason[] = ["OWN_HEALTH", "PREGNANCY"];
const OTHER: readonly LeaveReason[] = ["FAMILY_CARE", "MILITARY_CAREGIVER", "MILITARY_EXIGENCY"];

const BONDING: readonly LeaveReason[] = ["BONDING"];

export const mdFamli: ProgramDefinition = {
  jurisdiction: "MD",
  code: "FAMLI",
  name: "Maryland Family and Medical Leave Insurance",
  agency: "Maryland Department of Labor (FAMLI Division)",
  firstBenefitDate: date("2028-01-03"),
  coveredLeaveReasons: ["BONDING", ...MEDICAL, ...OTHER],
  familyRelationships: P.familyRelationships,

  benefit: {
    leaveWindow: LeaveWindows.forwardYear("applicationDate", {
      length: "months-12",
      startOnSunday: true,
      label: "application year (12 months from the Sunday of the application week)",
    }),

    parameterDate: ParameterDate.applicationDate(
      "application date (increases apply to claims filed after they take effect)",
      RULE_CITES.parameterDate,
    ),

    measureWages(request, ctx) {
      const records = requireWageQuarters(request, NAME);
      const method = ctx.param(P.averageWeeklyWageMethod);
      const period = collectAndRecordBasePeriod(
        ctx,
        records,
        BasePeriodRules.LAST_FOUR_COMPLETED,
        request.applicationDate,
        "standard",
        RULE_CITES.eligibility,
      );
      const averageWeeklyWage = averageOfHighestQuarters(
        ctx,
        period,
        method.value.quarters,
        method.use,
        Rounding.HALF_UP_CENT,
        RULE_CITES.weeklyBenefit,
      );
      return { source: "wage-records", basePeriod: period, averageWeeklyWage };
    },

    stateAverageWeeklyWage: stateAverageOf(P.stateAverageWeeklyWage),

    weeklyBenefit: stateAverageTwoTierBenefit({
      stateAverageWeeklyWage: P.stateAverageWeeklyWage,
      breakpointShare: P.tierBreakpointShare,
      lowerTierRate: P.lowerTierRate,
      upperTierRate: P.upperTierRate,
      minimum: P.minimumWeeklyBenefit,
      maximum: P.maximumWeeklyBenefit,
      rounding: Rounding.HALF_UP_CENT,
      cite: RULE_CITES.weeklyBenefit,
      note: "The sources give no rounding rule; kept to the cent, halves up.",
    }),

    eligibilityTests: [
      hoursInLast12MonthsTest({
        id: "hours-last-12-months",
        what: "At least the required hours worked in the months before leave",
        hours: P.hoursLast12Months,
        programName: NAME,
        cite: RULE_CITES.eligibility,
        note: "The statute does not say whether the hours must be with the employer the leave is taken from.",
      }),
      bondingWindowTest(P.bondingWindowMonths, RULE_CITES.bonding),
    ],

    entitlement(request, window, ctx) {
      const weeks = ctx.param(P.leaveWeeks);
      const extra = ctx.param(P.bondingAndMedicalExtraWeeks);
      const both =
        reasonsInPlay(BONDING, request.leaveReason, request.priorLeave, window) &&
        reasonsInPlay(MEDICAL, request.leaveReason, request.priorLeave, window);
      return recordEntitlement(
        ctx,
        request,
        window,
        {
          buckets: [
            { id: "bonding", reasons: BONDING, weeks: weeks.value },
            { id: "own-health", reasons: MEDICAL, weeks: weeks.value },
            { id: "family-and-military", reasons: OTHER, weeks: weeks.value },
          ],
          combinedWeeks: both ? weeks.value + extra.value : weeks.value,
        },
        [weeks.use, extra.use],
        RULE_CITES.duration,
        both
          ? "Bonding and own-health leave fall in the same application year, so the additional weeks apply."
          : undefined,
      );
    },

    waitingPeriodDays: waitingPeriodWithoutWaivers(P.waitingPeriodDays),
  },

  premium: singleContribution({
    name: "FAMLI contribution",
    rate: P.contributionRate,
    employeeShare: P.employeeContributionShare,
    wageCap: P.contributionWageCap,
    smallEmployerBelow: P.smallEmployerThreshold,
  }),

  proration: null,

  deadlines: { employerResponse: null, appeal: null },

  parameters: [
    P.stateAverageWeeklyWage,
    P.maximumWeeklyBenefit,
    P.minimumWeeklyBenefit,
    P.lowerTierRate,
    P.upperTierRate,
    P.tierBreakpointShare,
    P.averageWeeklyWageMethod,
    P.hoursLast12Months,
    P.leaveWeeks,
    P.bondingAndMedicalExtraWeeks,
    P.waitingPeriodDays,
    P.bondingWindowMonths,
    P.contributionRate,
    P.contributionWageCap,
    P.employeeContributionShare,
    P.smallEmployerThreshold,
    P.familyRelationships,
  ],
};
