/**
 * Puerto Rico Non-Occupational Temporary Disability Insurance (SINOT), Act 139 of 1968
 * (11 L.P.R.A. §201 et seq.), Regulation 3052.
 *
 * - Benefits since 1968; the engine's dates start 1970-01-01, used as the first benefit date.
 *   Non-occupational illness or injury and pregnancy-related disability.
 * - Which date selects parameters: the first day of disability; the base year is counted from
 *   the application (filing) date.
 * - The weekly benefit comes from a statutory schedule on base-year wages ($12 to $113 a week
 *   for non-agricultural workers) that is not in the reference documents (rules-from-seeds
 *   §27.26): every evaluation therefore answers PARAMETER_NOT_KNOWN at the weekly-benefit step,
 *   for every date. The rest is modelled and explained up to that point, and is ready for the
 *   schedule: eligibility ($150 in the base year, the first 4 of the last 5 quarters before
 *   filing), 26 weeks in any 52 weeks looking back (and per period of disability), the 7-day
 *   waiting period (none when the same condition recurs within 90 days; none when the worker is
 *   hospitalised in the first 7 days, which the request cannot say), premiums and deadlines.
 *   The pregnancy rule (the greater of 25% of the weekly wage or the schedule) and the $55
 *   agricultural maximum are not modelled.
 * - Contributions: 0.6% of the first $9,000 of yearly wages; the employee may be charged at most
 *   half (0.3%). No employer-response or appeal period in the documents. Continuous leave only.
 */
import { BasePeriodRules } from "../../base-period/base-period";
import { date } from "../../core/calendar-date";
import { roundingApplied } from "../../core/explanation";
import { Rounding, ZERO, money, roundMoney } from "../../core/money";
import type { Citation } from "../../core/parameter";
import type { LeaveReason } from "../../core/vocabulary";
import type { ProgramDefinition } from "../program";
import { collectAndRecordBasePeriod, requireWageQuarters } from "../../base-period/steps";
import { LeaveWindows } from "../../leave-window/steps";
import { minimumWagesTest } from "../../eligibility/steps";
import { ParameterDate } from "../../parameter-date/parameter-date";
import { singleContribution } from "../../premium/steps";
import { singleWeeksCap } from "../../entitlement/steps";
import { waitingPeriodUnlessRecurrence } from "../../waiting-period/steps";
import { withoutStateAverage } from "../../weekly-benefit/steps";
import { SEED_CHART } from "../sources";
import * as P from "./parameters";

const DISABILITY_REASONS: readonly LeaveReason[] = ["OWN_HEALTH", "PREGNANCY"];
const WEEKS_IN_YEAR = money(52);

const S203: Citation = {
  title: "11 L.P.R.A. §203(b)-(c)",
  section: "11 L.P.R.A. §203",
  href: "https://instalawyer.io/laws/2020-laws-of-puerto-rico/203-pago-de-beneficios",
  grade: "A",
};
const RULE_CITES = {
  parameterDate: [
    {
      title: "Benefits for the period of disability; base year before the filing date",
      file: `${SEED_CHART}:3850-3860`,
      grade: "B",
    },
    S203,
  ],
  basePeriod: [
    S203,
    {
      title: "Base year: first 4 of the last 5 consecutive calendar quarters before filing",
      file: `${SEED_CHART}:3852`,
      grade: "B",
    },
  ],
  schedule: [
    {
      title: "Weekly benefit by statutory schedule and base-year earnings, $12–$113 (non-agricultural)",
      file: `${SEED_CHART}:3870-3876`,
      grade: "B",
    },
  ],
  eligibility: [
    S203,
    {
      title: "Insured worker: $150 in covered employment in the base year",
      file: `${SEED_CHART}:3850-3852`,
      grade: "B",
    },
  ],
  duration: [S203, { title: "26 paid weeks per 52 consecutive weeks", file: `${SEED_CHART}:3878-3895`, grade: "B" }],
  waiting: [
    S203,
    {
      title: "From the 8th day unless hospitalised within the first 7 days; recurrence within 90 days",
      file: `${SEED_CHART}:3858-3864`,
      grade: "B",
    },
  ],
} as const satisfies Record<string, readonly Citation[]>;

export const prSinot: ProgramDefinition = {
  jurisdiction: "PR",
  code: "SINOT",
  name: "Puerto Rico Non-Occupational Temporary Disability Insurance (SINOT)",
  agency: "Puerto Rico Department of Labor and Human Resources",
  firstBenefitDate: date("1970-01-01"),
  coveredLeaveReasons: DISABILITY_REASONS,
  familyRelationships: P.familyRelationships,

  benefit: {
    leaveWindow: LeaveWindows.rollingBack52Weeks("52 consecutive weeks before the first day of disability"),

    parameterDate: ParameterDate.leaveStart("first day of disability", RULE_CITES.parameterDate),

    measureWages(request, ctx) {
      const records = requireWageQuarters(request, "PR SINOT");
      const period = collectAndRecordBasePeriod(
        ctx,
        records,
        BasePeriodRules.FIRST_FOUR_OF_LAST_FIVE,
        request.applicationDate,
        "standard",
        RULE_CITES.basePeriod,
      );
      const raw = period.totalWages.div(WEEKS_IN_YEAR);
      const averageWeeklyWage = roundMoney(raw, Rounding.HALF_UP_CENT);
      ctx.step({
        step: "average-weekly-wage",
        what: "Base-year wages as a weekly average, for display: SINOT's schedule works from base-year wages",
        inputs: { baseYearWages: period.totalWages },
        rounding: roundingApplied(Rounding.HALF_UP_CENT, raw, averageWeeklyWage),
        result: averageWeeklyWage,
        cite: RULE_CITES.schedule,
      });
      return { source: "wage-records", basePeriod: period, averageWeeklyWage };
    },

    stateAverageWeeklyWage: withoutStateAverage,

    weeklyBenefit(wages, ctx) {
      const min = ctx.param(P.minimumWeeklyBenefit);
      const max = ctx.param(P.maximumWeeklyBenefit);
      // Throws PARAMETER_NOT_KNOWN: the schedule is not in the documents (never guessed).
      const schedule = ctx.param(P.weeklyBenefitSchedule);
      ctx.step({
        step: "weekly-benefit-amount",
        what: "Weekly benefit from the statutory schedule on base-year wages",
        inputs: { baseYearWages: wages.basePeriod?.totalWages ?? null },
        parameters: [schedule.use, min.use, max.use],
        result: schedule.value,
        cite: RULE_CITES.schedule,
      });
      return { amount: ZERO, minimum: min.value, maximum: max.value };
    },

    eligibilityTests: [
      minimumWagesTest({
        id: "base-year-wages",
        what: "At least the minimum covered wages in the base year",
        stepWhat: "Covered wages in the base year must reach the minimum",
        minimum: P.minimumBaseYearWages,
        wagesName: "Base-year wages",
        cite: RULE_CITES.eligibility,
      }),
    ],

    entitlement: singleWeeksCap({
      bucket: "disability",
      reasons: DISABILITY_REASONS,
      weeks: P.disabilityWeeks,
      cite: RULE_CITES.duration,
    }),

    waitingPeriodDays: waitingPeriodUnlessRecurrence({
      days: P.waitingPeriodDays,
      recurrenceDays: P.relapseDays,
      reasons: DISABILITY_REASONS,
      what: "Waiting period: benefits from the eighth day of disability",
      waivedBecause:
        "a recurrence within 90 days of an earlier disability (the waiting period was served then; the cause is assumed the same)",
      cite: RULE_CITES.waiting,
      servedNote:
        "Benefits start on the first day instead when the worker is hospitalised within the first 7 days; the request does not carry that fact.",
    }),
  },

  premium: singleContribution({
    name: "SINOT contribution",
    rate: P.contributionRate,
    employeeShare: P.employeeShare,
    wageCap: P.wageBase,
  }),

  proration: null,
  deadlines: { employerResponse: null, appeal: null },

  parameters: [
    P.weeklyBenefitSchedule,
    P.minimumWeeklyBenefit,
    P.maximumWeeklyBenefit,
    P.minimumBaseYearWages,
    P.disabilityWeeks,
    P.waitingPeriodDays,
    P.relapseDays,
    P.contributionRate,
    P.employeeShare,
    P.wageBase,
    P.familyRelationships,
  ],
};
