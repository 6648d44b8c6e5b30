/**
 * Paid Leave Oregon (Oregon Employment Department), ORS chapter 657B, OAR 471-070.
 *
 * - Benefits from 2023-09-03 (contributions from 2023-01-01). Medical leave (own serious health
 *   condition, pregnancy), family leave (bonding in the first year, care of a family member) and
 *   safe leave. No military leave.
 * - Which date selects parameters: the start of the benefit year (the Sunday on or before the
 *   first day of leave, or the start of an earlier benefit year still running). The state AWW,
 *   maximum and minimum are set per fiscal year and apply to benefit years starting from the
 *   first full week after July 1 (2023-07-02, 2024-07-07, 2025-07-06), for the whole benefit
 *   year (OAR 471-070-1000(3)). Contributions use the date wages are paid.
 * - Base year: first four of the last five completed quarters before the benefit year; if under
 *   $1,000 there, the alternate base year (last four completed quarters).
 * - AWW: the base year's wages ÷ 52, to the cent (`averageWeeklyWageMethod`: no OAR text was
 *   found; an equivalent-plan insurer and public employers compute it so in worked examples that
 *   reproduce OED's formula, grade B).
 * - Benefit: 100% of the AWW up to 65% of the state AWW + 50% above (ORS 657B.050), the
 *   breakpoint kept exact; rounded to the cent, halves up (OAR 471-070-1440 rounds partial-week
 *   payments "to the nearest whole cent"; the published maximum and minimum, 120% and 5% of
 *   the state AWW, are rounded the same way); held between the published minimum and maximum.
 * - Weeks: 12 paid weeks per benefit year for all reasons, +2 for pregnancy-related limitations
 *   (14). The 4 unpaid OFLA weeks are not benefits and are not modelled; nor is the 53-week
 *   benefit year that avoids overlap with an earlier claim's base year.
 * - No waiting period. Contributions: 1% up to the yearly wage cap, employee 60% / employer
 *   40%; fewer than 25 employees: no employer share (2026 rate, split and cap not found).
 * - Deadlines: the documents give neither an employer-response period nor a state-plan appeal
 *   period (the 20-day periods are for equivalent plans) → DEADLINE_NOT_DOCUMENTED.
 * - Proration: workday increments; the weekly benefit × workdays of leave ÷ workdays in the
 *   employee's week, to the nearest cent, at least one workday.
 */
import { date } from "../../core/calendar-date";
import { type Money, Rounding } from "../../core/money";
import type { Citation } from "../../core/parameter";
import type { ProgramDefinition } from "../program";
import {
  type AlternativeBasePeriodSpec,
  requireWageQuarters,
  standardOrAlternativeBasePeriod,
} from "../../base-period/steps";
import { averageOfHighestQuarters } from "../../average-weekly-wage/steps";
import { bondingWindowTest, minimumWagesTest } from "../../eligibility/steps";
import { LeaveWindows } from "../../leave-window/steps";
import { ParameterDate } from "../../parameter-date/parameter-date";
import { singleContribution } from "../../premium/steps";
import { singleWeeksCap } from "../../entitlement/steps";
import { stateAverageOf, stateAverageTwoTierBenefit } from "../../weekly-benefit/steps";
import { waitingPeriodWithoutWaivers } from "../../waiting-period/steps";
import { SEED_CHART } from "../sources";
import * as P from "./parameters";

const NAME = "OR PFML";

const RULE_CITES = {
  baseYear: [
    {
      title: "Base year and alternate base year preceding the benefit year",
      section: "ORS 657B.010; OAR 471-070-1010",
      file: `${SEED_CHART}:3554-3561`,
      grade: "B",
    },
    {
      title: "Base year: first four of the last five completed quarters preceding the benefit year",
      section: "ORS 657B.010",
      href: "https://www.lawserver.com/law/state/oregon/or-statutes/oregon_statutes_657b-010",
      grade: "A",
    },
  ],
  benefitYear: [
    {
      title: "Benefit year: 52 weeks from the Sunday preceding the day leave commences",
      section: "ORS 657B.010(5); OAR 471-070-1000(4)",
      href: "https://regulations.justia.com/states/oregon/chapter-471/division-70/section-471-070-1000",
      grade: "A",
    },
    { title: "Benefit year", file: `${SEED_CHART}:3699-3711`, grade: "B" },
  ],
  weeklyBenefit: [
    {
      title: "Amount of benefits",
      section: "ORS 657B.050",
      href: "https://instalawyer.io/laws/2021-oregon-revised-statutes/section-657b050-amount-of",
      grade: "A",
    },
    {
      title: "Payments rounded to the nearest whole cent",
      section: "OAR 471-070-1440",
      file: `${SEED_CHART}:3676`,
      grade: "B",
    },
  ],
  eligibility: [
    {
      title: "Eligible employee: $1,000 in the base year or alternate base year",
      section: "ORS 657B.015",
      file: `${SEED_CHART}:3554-3561`,
      grade: "B",
    },
  ],
  duration: [
    {
      title: "12 paid weeks per benefit year, +2 for pregnancy-related limitations",
      section: "ORS 657B.020",
      file: `${SEED_CHART}:3652-3666`,
      grade: "B",
    },
  ],
  parameterDate: [
    {
      title:
        "State AWW set per fiscal year, applied from the first full week after July 1, kept for the whole benefit year",
      section: "OAR 471-070-1000(3)",
      href: "https://regulations.justia.com/states/oregon/chapter-471/division-70/section-471-070-1000",
      grade: "A",
    },
  ],
  bonding: [
    {
      title: "Bonding during the first year after birth or placement",
      section: "ORS 657B.020; OAR 471-070-1100",
      file: `${SEED_CHART}:3598-3599`,
      grade: "B",
    },
  ],
  proration: [
    {
      title: "Workday increments prorated by workdays of leave in the week, rounded to the nearest cent",
      section: "ORS 657B.090; OAR 471-070-1420, -1440",
      file: `${SEED_CHART}:3668-3685`,
      grade: "B",
    },
  ],
} as const satisfies Record<string, readonly Citation[]>;

const ALL_REASONS = ["OWN_HEALTH", "PREGNANCY", "BONDING", "FAMILY_CARE", "SAFE_LEAVE"] as const;

/** $1,000 in the base year, else in the alternate base year. */
const BASE_YEAR: AlternativeBasePeriodSpec<Money> = {
  requirement: (ctx) => ctx.param(P.minimumBaseYearWages).value,
  qualifies: (period, minimum) => period.totalWages.gte(minimum),
  cite: RULE_CITES.baseYear,
  alternativeNote: "The base year has less than the required wages, so the alternate base year is tried.",
};

export const orPfml: ProgramDefinition = {
  jurisdiction: "OR",
  code: "PFML",
  name: "Paid Leave Oregon",
  agency: "Oregon Employment Department (Paid Leave Oregon)",
  firstBenefitDate: date("2023-09-03"),
  coveredLeaveReasons: ALL_REASONS,
  familyRelationships: P.familyRelationships,

  benefit: {
    leaveWindow: LeaveWindows.forwardYear("leaveStartDate", {
      length: "weeks-52",
      startOnSunday: true,
      label: "benefit year (52 weeks from the Sunday on or before the first day of leave)",
    }),

    parameterDate: ParameterDate.windowStart(
      "benefit-year start (the Sunday on or before the first day of leave); the figures in force then apply for the whole benefit year",
      RULE_CITES.parameterDate,
    ),

    measureWages(request, ctx) {
      const records = requireWageQuarters(request, NAME);
      const method = ctx.param(P.averageWeeklyWageMethod);
      const period = standardOrAlternativeBasePeriod(ctx, records, ctx.on /* the benefit-year start */, BASE_YEAR);
      const averageWeeklyWage = averageOfHighestQuarters(
        ctx,
        period,
        method.value.quarters,
        method.use,
        Rounding.HALF_UP_CENT,
        RULE_CITES.baseYear,
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
      note: "The breakpoint (65% of the state AWW) is kept exact; the benefit is rounded to the nearest cent, as OED rounds payments and its published maximum and minimum.",
    }),

    eligibilityTests: [
      minimumWagesTest({
        id: "base-year-wages",
        what: "At least the minimum wages in the base year (or the alternate base year)",
        stepWhat: "Wages in the base year must reach the minimum",
        minimum: P.minimumBaseYearWages,
        wagesName: "Base-year wages",
        cite: RULE_CITES.eligibility,
      }),
      bondingWindowTest(P.bondingWindowMonths, RULE_CITES.bonding),
    ],

    entitlement: singleWeeksCap({
      bucket: "all",
      reasons: ALL_REASONS,
      weeks: P.leaveWeeks,
      pregnancyExtensionWeeks: P.pregnancyExtensionWeeks,
      cite: RULE_CITES.duration,
    }),

    waitingPeriodDays: waitingPeriodWithoutWaivers(P.waitingPeriodDays),
  },

  premium: singleContribution({
    name: "Paid Leave Oregon contribution",
    rate: P.contributionRate,
    employeeShare: P.employeeContributionShare,
    wageCap: P.contributionWageCap,
    smallEmployerBelow: P.smallEmployerThreshold,
  }),

  proration: {
    basis: "days",
    rounding: Rounding.HALF_UP_CENT,
    wholeHoursOnly: false,
    minimumClaim: P.minimumClaimWorkdays,
    cite: RULE_CITES.proration,
  },

  deadlines: { employerResponse: null, appeal: null },

  parameters: [
    P.stateAverageWeeklyWage,
    P.maximumWeeklyBenefit,
    P.minimumWeeklyBenefit,
    P.lowerTierRate,
    P.upperTierRate,
    P.tierBreakpointShare,
    P.averageWeeklyWageMethod,
    P.minimumBaseYearWages,
    P.leaveWeeks,
    P.pregnancyExtensionWeeks,
    P.waitingPeriodDays,
    P.bondingWindowMonths,
    P.contributionRate,
    P.employeeContributionShare,
    P.contributionWageCap,
    P.smallEmployerThreshold,
    P.minimumClaimWorkdays,
    P.familyRelationships,
  ],
};
