/**
 * California State Disability Insurance — Disability Insurance (DI), Cal. Unemployment Insurance
 * Code §2601 et seq.
 *
 * - Benefits since 1946; the engine's dates start 1970-01-01, used as the first benefit date.
 *   Reference figures start in 2020 (earlier: PARAMETER_NOT_KNOWN). Own off-the-job illness or
 *   injury, pregnancy (and elective surgery, communicable-disease orders, substance-abuse
 *   treatment, all OWN_HEALTH).
 * - Which date selects parameters: the claim start date, the day the disability began ("claims
 *   beginning on or after January 1").
 * - Known years: the tier breakpoint (⅓, from 2025 70%, of the state average quarterly wage) is
 *   published in the sources only for 2023 ($6,803.34) and 2025 ($15,506.40), so claims beginning
 *   in 2020–2022 and 2024 answer PARAMETER_NOT_KNOWN; 2026 too (the maximum is disputed: $1,765
 *   in a grade-C guide against a $1,710 forecast, and the breakpoint was not found).
 * - Base period, benefit schedule and eligibility: see ./rules.ts (HQ ÷ 13 with 70%/60% tiers
 *   and the 23.3% floor before 2025, 90%/70% and the 63% floor from 2025; $50 minimum; rounded
 *   up to the dollar).
 * - Weeks: 52 in the 52 weeks from the start of the claim; total benefits at most the base-period
 *   wages (§2653), held as payable days.
 * - Waiting period: 7 days; none when an earlier disability ended within 60 days (a continuation,
 *   the cause assumed related).
 * - Contributions: the employee-only SDI rate (funds DI and PFL), up to the taxable wage ceiling
 *   (none from 2024). No employer-response or appeal period in the documents
 *   (DEADLINE_NOT_DOCUMENTED). Partial weeks: the daily amount is WBA ÷ 7 (prorate by days with
 *   typicalWorkDaysPerWeek 7).
 */
import { date } from "../../core/calendar-date";
import { Rounding } from "../../core/money";
import type { Citation } from "../../core/parameter";
import type { LeaveReason } from "../../core/vocabulary";
import type { ProgramDefinition } from "../program";
import { LeaveWindows } from "../../leave-window/steps";
import { ParameterDate } from "../../parameter-date/parameter-date";
import { applyTotalBenefitCap, recordEntitlement } from "../../entitlement/steps";
import { singleContribution } from "../../premium/steps";
import { waitingPeriodUnlessRecurrence } from "../../waiting-period/steps";
import { withoutStateAverage } from "../../weekly-benefit/steps";
import { SEED_CHART } from "../sources";
import * as P from "./parameters";
import { CA_CITES, caEarningsTest, caWeeklyBenefit, measureCaWages } from "./rules";

const DISABILITY_REASONS: readonly LeaveReason[] = ["OWN_HEALTH", "PREGNANCY"];

export const CA_PRORATION_CITE: readonly Citation[] = [
  {
    title: "EDD: the daily benefit amount is the weekly benefit amount ÷ 7",
    href: "http://www.edd.ca.gov/Disability/Calculating_DI_Benefit_Payment_Amounts.htm",
    grade: "A",
  },
];

const RULE_CITES = {
  duration: [
    {
      title: "52 weeks from the date of disability; leave year 52 consecutive weeks from the start of leave",
      file: `${SEED_CHART}:502-526`,
      grade: "B",
    },
    P.S.uic2653,
  ],
  waiting: [
    {
      title: "7-day waiting period; a recurrence within 60 days is a continuation",
      file: `${SEED_CHART}:470-478`,
      grade: "B",
    },
    P.S.s17,
  ],
} as const satisfies Record<string, readonly Citation[]>;

export const caSdi: ProgramDefinition = {
  jurisdiction: "CA",
  code: "SDI",
  name: "California State Disability Insurance (Disability Insurance)",
  agency: "California Employment Development Department",
  firstBenefitDate: date("1970-01-01"),
  coveredLeaveReasons: DISABILITY_REASONS,
  familyRelationships: P.noFamilyRelationships,

  benefit: {
    leaveWindow: LeaveWindows.forwardYear(
      "leaveStartDate",
      {
        length: "weeks-52",
        startOnSunday: false,
        label: "disability benefit period (52 weeks from the start of the claim)",
      },
      DISABILITY_REASONS,
    ),

    parameterDate: ParameterDate.leaveStart("claim start date (the day the disability began)", CA_CITES.parameterDate),

    measureWages(request, ctx) {
      return measureCaWages(request, ctx, "CA SDI");
    },

    stateAverageWeeklyWage: withoutStateAverage,

    weeklyBenefit: caWeeklyBenefit,
    eligibilityTests: [caEarningsTest],

    entitlement(request, window, ctx, facts) {
      const weeks = ctx.param(P.disabilityWeeks);
      const share = ctx.param(P.totalBenefitWageShare);
      const entitlement = recordEntitlement(
        ctx,
        request,
        window,
        {
          buckets: [{ id: "disability", reasons: DISABILITY_REASONS, weeks: weeks.value }],
          combinedWeeks: weeks.value,
        },
        [weeks.use],
        RULE_CITES.duration,
      );
      return applyTotalBenefitCap(ctx, entitlement, facts, {
        weeks: weeks.value,
        wageShare: share.value,
        rounding: Rounding.UP_DOLLAR,
        parameters: [weeks.use, share.use],
        cite: [P.S.uic2653],
      });
    },

    waitingPeriodDays: waitingPeriodUnlessRecurrence({
      days: P.waitingPeriodDays,
      recurrenceDays: P.relapseDays,
      reasons: DISABILITY_REASONS,
      what: "Waiting period: the program's non-payable days; benefits start on the day after",
      waivedBecause: "a recurrence within 60 days continues the earlier claim (the cause is assumed related)",
      cite: RULE_CITES.waiting,
    }),
  },

  premium: singleContribution({
    name: "SDI employee withholding (funds DI and PFL)",
    rate: P.contributionRate,
    wageCap: P.taxableWageCeiling,
  }),

  proration: {
    basis: "days",
    rounding: Rounding.HALF_UP_CENT,
    wholeHoursOnly: false,
    minimumClaim: null,
    cite: CA_PRORATION_CITE,
  },

  deadlines: { employerResponse: null, appeal: null },

  parameters: [
    P.maximumWeeklyBenefit,
    P.minimumWeeklyBenefit,
    P.formulaThreshold,
    P.lowerTierRate,
    P.upperTierRate,
    P.breakpointShareOfSaqw,
    P.tierBreakpoint,
    P.upperTierFloorShareOfSaww,
    P.minimumBasePeriodWages,
    P.disabilityWeeks,
    P.totalBenefitWageShare,
    P.waitingPeriodDays,
    P.relapseDays,
    P.contributionRate,
    P.taxableWageCeiling,
    P.noFamilyRelationships,
  ],
};
