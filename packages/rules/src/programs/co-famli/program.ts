/**
 * Colorado Paid Family and Medical Leave Insurance (FAMLI), C.R.S. 8-13.3-501 et seq.,
 * 7 CCR 1107.
 *
 * - Benefits from 2024-01-01 (premiums from 2023-01-01). Own serious health condition,
 *   pregnancy, bonding (first year), family care, military exigency, safe leave.
 * - Which date selects parameters: the first day of leave. The state AWW resets every July 1
 *   and applies at once to new and in-progress claims; the maximum is fixed by when the leave
 *   begins ($1,100 before 2025). (Awards for leave in progress are recalculated quarterly; one
 *   evaluation uses the figures on the leave start date.)
 * - Base period: first four of the last five completed quarters before the application
 *   (the application year starts when the claim is filed, 7 CCR 1107-3.2.2/.4); if under
 *   $2,500 there, the last four completed quarters.
 * - AWW: the highest base-period quarter ÷ 13 (C.R.S. 8-13.3-503(2)), to the cent (halves up;
 *   the statute is silent on rounding).
 * - Benefit: 90% up to half the SAWW + 50% above, rounded to the whole dollar (the FAMLI
 *   calculator's published table), capped at the maximum. No minimum.
 * - Weeks: 12 per application year (measured forward from the benefit start date,
 *   7 CCR 1107-3.2.2), +4 for pregnancy or childbirth complications. The 2026 NICU extension
 *   (SB25-144) needs a NICU fact the request does not carry and is not modelled.
 * - No waiting period. Premiums: 0.9% (0.88% from 2026) up to the Social Security base,
 *   employee up to half; under 10 employees no employer share. Appeal: 45 days.
 */
import { date } from "../../core/calendar-date";
import { type Money, Rounding } from "../../core/money";
import type { Citation } from "../../core/parameter";
import type { LeaveReason } from "../../core/vocabulary";
import { socialSecurityWageBase } from "../federal-parameters";
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
import { PARAMETER_TABLES, SEED_CHART } from "../sources";
import * as P from "./parameters";

const NAME = "CO FAMLI";
const ALL_REASONS: readonly LeaveReason[] = [
  "OWN_HEALTH",
  "PREGNANCY",
  "BONDING",
  "FAMILY_CARE",
  "MILITARY_EXIGENCY",
  "SAFE_LEAVE",
];

const RULE_CITES = {
  basePeriod: [
    {
      title: "Base period and alternative base period before the benefit year",
      section: "C.R.S. 8-70-103(1.5), (2); 7 CCR 1107-3.2.4",
      file: `${SEED_CHART}:1090-1092`,
      grade: "B",
    },
    {
      title: "Application year measured forward from the date the claim is filed",
      section: "7 CCR 1107-3.2.2",
      href: "https://regulations.justia.com/states/colorado/1100/1107/rule-7-ccr-1107-3/section-7-ccr-1107-3-2",
      grade: "A",
    },
  ],
  averageWeeklyWage: [
    {
      title: "Average weekly wage: one-thirteenth of the highest base-period quarter",
      section: "C.R.S. 8-13.3-503(2)",
      href: "https://casetext.com/statute/colorado-revised-statutes/title-8-labor-and-industry/labor-i-department-of-labor-and-employment/labor-conditions/article-133-family-and-medical-leave/part-5-paid-family-and-medical-leave-insurance/section-8-133-503-definitions",
      grade: "A",
    },
  ],
  weeklyBenefit: [
    {
      title: "Amount of benefits",
      section: "C.R.S. 8-13.3-506(1)",
      href: "https://casetext.com/statute/colorado-revised-statutes/title-8-labor-and-industry/labor-i-department-of-labor-and-employment/labor-conditions/article-133-family-and-medical-leave/part-5-paid-family-and-medical-leave-insurance/section-8-133-506-amount-of-benefits-portability",
      grade: "A",
    },
    {
      title: "FAMLI calculator table: weekly benefit rounded to the whole dollar",
      file: `${PARAMETER_TABLES}:735`,
      grade: "A",
    },
  ],
  eligibility: [
    {
      title: "Covered individual: $2,500 in the base period",
      section: "C.R.S. 8-13.3-503(3)",
      file: `${SEED_CHART}:1088-1092`,
      grade: "B",
    },
  ],
  duration: [
    {
      title: "12 weeks per application year, +4 for pregnancy or childbirth complications",
      section: "C.R.S. 8-13.3-505(1); 7 CCR 1107-3.5.2",
      file: `${SEED_CHART}:1214-1221`,
      grade: "B",
    },
    {
      title: "Application year measured forward",
      section: "7 CCR 1107-3.2.2",
      href: "https://regulations.justia.com/states/colorado/1100/1107/rule-7-ccr-1107-3/section-7-ccr-1107-3-2",
      grade: "A",
    },
  ],
  parameterDate: [
    {
      title: "SAWW updates every July 1 and applies to new and in-progress claims; 2025 maximum for new claims",
      file: `${PARAMETER_TABLES}:150`,
      grade: "A",
    },
    {
      title: "Maximum $1,100 for leave beginning before 2025",
      section: "C.R.S. 8-13.3-506(1)(b)",
      href: "https://casetext.com/statute/colorado-revised-statutes/title-8-labor-and-industry/labor-i-department-of-labor-and-employment/labor-conditions/article-133-family-and-medical-leave/part-5-paid-family-and-medical-leave-insurance/section-8-133-506-amount-of-benefits-portability",
      grade: "A",
    },
  ],
  bonding: [
    {
      title: "Caring for a new child during the first year",
      section: "C.R.S. 8-13.3-504",
      file: `${SEED_CHART}:1114`,
      grade: "B",
    },
  ],
  proration: [
    {
      title: "Weekly benefit × FAMLI weekly usage (hours of leave ÷ regular schedule)",
      section: "7 CCR 1107-3.5.2–3.5.3",
      href: "https://regulations.justia.com/states/colorado/1100/1107/rule-7-ccr-1107-3/section-7-ccr-1107-3-5",
      grade: "A",
    },
  ],
} as const satisfies Record<string, readonly Citation[]>;

/** $2,500 in the standard base period, else in the alternative one. */
const BASE_PERIOD: AlternativeBasePeriodSpec<Money> = {
  requirement: (ctx) => ctx.param(P.minimumBasePeriodWages).value,
  qualifies: (period, minimum) => period.totalWages.gte(minimum),
  cite: RULE_CITES.basePeriod,
  alternativeNote:
    "The standard base period has less than the required wages, so the alternative base period is tried.",
};

export const coFamli: ProgramDefinition = {
  jurisdiction: "CO",
  code: "FAMLI",
  name: "Colorado Paid Family and Medical Leave Insurance",
  agency: "Colorado Department of Labor and Employment, Division of Family and Medical Leave Insurance",
  firstBenefitDate: date("2024-01-01"),
  coveredLeaveReasons: ALL_REASONS,
  familyRelationships: P.familyRelationships,

  benefit: {
    leaveWindow: LeaveWindows.forwardYear("leaveStartDate", {
      length: "months-12",
      startOnSunday: false,
      label: "application year (12 months forward from the benefit start date)",
    }),

    parameterDate: ParameterDate.leaveStart("first day of leave (benefit start date)", RULE_CITES.parameterDate),

    measureWages(request, ctx) {
      const period = standardOrAlternativeBasePeriod(
        ctx,
        requireWageQuarters(request, NAME),
        request.applicationDate,
        BASE_PERIOD,
      );
      const quarters = ctx.param(P.averageWeeklyWageQuarters);
      const averageWeeklyWage = averageOfHighestQuarters(
        ctx,
        period,
        quarters.value,
        quarters.use,
        Rounding.HALF_UP_CENT,
        RULE_CITES.averageWeeklyWage,
        "The statute does not say how to round the AWW; it is kept to the cent, halves up.",
      );
      return { source: "wage-records", basePeriod: period, averageWeeklyWage };
    },

    stateAverageWeeklyWage: stateAverageOf(P.stateAverageWeeklyWage),

    weeklyBenefit: stateAverageTwoTierBenefit({
      stateAverageWeeklyWage: P.stateAverageWeeklyWage,
      breakpointShare: P.tierBreakpointShare,
      lowerTierRate: P.lowerTierRate,
      upperTierRate: P.upperTierRate,
      minimum: null,
      maximum: P.maximumWeeklyBenefit,
      rounding: Rounding.HALF_UP_DOLLAR,
      cite: RULE_CITES.weeklyBenefit,
      note: "Rounded to the whole dollar as in the FAMLI calculator's table; the maximum itself may have cents.",
    }),

    eligibilityTests: [
      minimumWagesTest({
        id: "base-period-wages",
        what: "Base-period wages of at least the minimum amount",
        stepWhat: "Wages in the base period must reach the minimum",
        minimum: P.minimumBasePeriodWages,
        wagesName: "Base-period wages",
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
    name: "FAMLI premium",
    rate: P.premiumRate,
    employeeShare: P.employeePremiumShare,
    wageCap: socialSecurityWageBase,
    smallEmployerBelow: P.smallEmployerThreshold,
  }),

  proration: {
    basis: "hours",
    rounding: Rounding.HALF_UP_CENT,
    wholeHoursOnly: false,
    minimumClaim: null,
    cite: RULE_CITES.proration,
  },

  deadlines: { employerResponse: null, appeal: P.appealPeriod },

  parameters: [
    P.stateAverageWeeklyWage,
    P.maximumWeeklyBenefit,
    P.lowerTierRate,
    P.upperTierRate,
    P.tierBreakpointShare,
    P.averageWeeklyWageQuarters,
    P.minimumBasePeriodWages,
    P.leaveWeeks,
    P.pregnancyExtensionWeeks,
    P.waitingPeriodDays,
    P.bondingWindowMonths,
    P.premiumRate,
    P.employeePremiumShare,
    P.smallEmployerThreshold,
    socialSecurityWageBase,
    P.appealPeriod,
    P.familyRelationships,
  ],
};
