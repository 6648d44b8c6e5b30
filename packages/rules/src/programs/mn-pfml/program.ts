/**
 * Minnesota Paid Leave (Department of Employment and Economic Development), Minn. Stat. ch. 268B.
 *
 * - Benefits and premiums from 2026-01-01. Medical leave (own serious health condition, incl.
 *   pregnancy, childbirth and recovery) and family leave (bonding, care of a family member,
 *   qualifying exigency, safety leave).
 * - Which date selects parameters: the start of the benefit year, which begins the first day
 *   the employee takes Paid Leave (DEED); a year opened by an earlier leave keeps its figures.
 *   The length is not stated in the sources; 52 weeks is used.
 * - Benefit: 90% of the AWW up to 50% of the state AWW, 66% from 50% to 100%, 55% above, capped
 *   at the state AWW; no minimum; to the cent (halves up; no rule given).
 * - Every benefit answers PARAMETER_NOT_KNOWN for now: the 2026 state AWW is disputed ($1,423 vs
 *   DEED's calculator $1,372), the employee's AWW definition is not in the sources, and the
 *   eligibility amount (5.3% of the state average annual wage, rounded down to $100) was not
 *   found.
 * - Weeks per benefit year: medical 12, family 12, both together 20.
 * - No unpaid waiting period: a qualifying event (other than bonding) must last 7 days, and the
 *   first week is then paid retroactively (waitingPeriodDays 0, explained).
 * - Premiums 2026: 0.88% (medical 0.61% + family 0.27%), the employee at most half; employers
 *   of 30 or fewer with an average wage under 150% of the state AWW pay 0.66% (the employee
 *   still up to 0.44%). The wage base is disputed ($184,500 vs $185,000) and so is the
 *   small-employer wage limit (it follows the state AWW): premiums answer PARAMETER_NOT_KNOWN.
 * - Deadlines and proration: not in the sources → DEADLINE_NOT_DOCUMENTED / RULE_NOT_DOCUMENTED.
 *   The bonding window is not stated in the sources and is not tested.
 */
import { BasePeriodRules } from "../../base-period/base-period";
import { date } from "../../core/calendar-date";
import { ErrorCode, RulesError } from "../../core/errors";
import { ONE, Rounding } from "../../core/money";
import type { Citation } from "../../core/parameter";
import type { LeaveReason } from "../../core/vocabulary";
import type { ProgramDefinition } from "../program";
import { averageOfHighestQuarters } from "../../average-weekly-wage/steps";
import { collectAndRecordBasePeriod, requireWageQuarters } from "../../base-period/steps";
import { LeaveWindows } from "../../leave-window/steps";
import { minimumWagesTest } from "../../eligibility/steps";
import { ParameterDate } from "../../parameter-date/parameter-date";
import { recordEntitlement } from "../../entitlement/steps";
import { stateAverageOf, tieredWeeklyBenefit } from "../../weekly-benefit/steps";
import * as P from "./parameters";

const NAME = "MN PFML";

const RULE_CITES = {
  benefitYear: [P.F.f7],
  weeklyBenefit: [P.F.f1, P.F.f2],
  eligibility: [P.F.f1],
  duration: [
    P.F.f5,
    P.F.f7,
    {
      title: "Weeks of serious health condition leave reduced by family leave weeks, at most 20",
      href: "https://weblink.cityoframsey.com/WebLink/0/doc/715884/Page9.aspx",
      grade: "B",
    },
  ],
  waitingPeriod: [P.F.f8, P.F.f1],
} as const satisfies Record<string, readonly Citation[]>;

const MEDICAL: readonly LeaveReason[] = ["OWN_HEALTH", "PREGNANCY"];
const FAMILY: readonly LeaveReason[] = ["BONDING", "FAMILY_CARE", "MILITARY_EXIGENCY", "SAFE_LEAVE"];

export const mnPfml: ProgramDefinition = {
  jurisdiction: "MN",
  code: "PFML",
  name: "Minnesota Paid Leave",
  agency: "Minnesota Department of Employment and Economic Development (Paid Leave division)",
  firstBenefitDate: date("2026-01-01"),
  coveredLeaveReasons: [...MEDICAL, ...FAMILY],
  familyRelationships: P.familyRelationships,

  benefit: {
    leaveWindow: LeaveWindows.forwardYear("leaveStartDate", {
      length: "weeks-52",
      startOnSunday: false,
      label: "benefit year (from the first day of Paid Leave)",
    }),

    parameterDate: ParameterDate.windowStart(
      "benefit-year start (the first day of Paid Leave in the year)",
      RULE_CITES.benefitYear,
    ),

    measureWages(request, ctx) {
      const records = requireWageQuarters(request, NAME);
      const method = ctx.param(P.averageWeeklyWageMethod);
      const period = collectAndRecordBasePeriod(
        ctx,
        records,
        BasePeriodRules.FIRST_FOUR_OF_LAST_FIVE,
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

    weeklyBenefit(wages, ctx) {
      const saww = ctx.param(P.stateAverageWeeklyWage);
      const first = ctx.param(P.firstBreakpointShare);
      const second = ctx.param(P.secondBreakpointShare);
      const rate1 = ctx.param(P.firstTierRate);
      const rate2 = ctx.param(P.secondTierRate);
      const rate3 = ctx.param(P.thirdTierRate);
      const maxShare = ctx.param(P.maximumShareOfStateAverage);
      return tieredWeeklyBenefit(ctx, {
        averageWeeklyWage: wages.averageWeeklyWage,
        tiers: [
          { upTo: saww.value.times(first.value), rate: rate1.value },
          { upTo: saww.value.times(second.value), rate: rate2.value },
          { upTo: null, rate: rate3.value },
        ],
        parameters: [saww.use, first.use, second.use, rate1.use, rate2.use, rate3.use, maxShare.use],
        rounding: Rounding.HALF_UP_CENT,
        minimum: null,
        maximum: maxShare.value.eq(ONE) ? saww.value : saww.value.times(maxShare.value),
        cite: RULE_CITES.weeklyBenefit,
        note: "The sources give no rounding rule; kept to the cent, halves up.",
      });
    },

    eligibilityTests: [
      minimumWagesTest({
        id: "base-period-wages",
        what: "Base-period wages of at least the required share of the state average annual wage",
        stepWhat: "Wages in the base period must reach the minimum",
        minimum: P.minimumBasePeriodWages,
        wagesName: "Base-period wages",
        cite: RULE_CITES.eligibility,
      }),
    ],

    entitlement(request, window, ctx) {
      const medical = ctx.param(P.medicalWeeks);
      const family = ctx.param(P.familyWeeks);
      const combined = ctx.param(P.combinedWeeks);
      return recordEntitlement(
        ctx,
        request,
        window,
        {
          buckets: [
            { id: "medical", reasons: MEDICAL, weeks: medical.value },
            { id: "family", reasons: FAMILY, weeks: family.value },
          ],
          combinedWeeks: combined.value,
        },
        [medical.use, family.use, combined.use],
        RULE_CITES.duration,
      );
    },

    waitingPeriodDays(request, _window, ctx) {
      const days = ctx.param(P.qualifyingEventDays);
      ctx.step({
        step: "waiting-period",
        what: "No unpaid waiting period: a qualifying event must last the required days, and the first week is then paid retroactively",
        inputs: { leaveReason: request.leaveReason },
        parameters: [days.use],
        result: 0,
        cite: RULE_CITES.waitingPeriod,
        note:
          request.leaveReason === "BONDING"
            ? "Bonding leave has no 7-day minimum."
            : "The 7-day minimum cannot be tested without the leave's end date; it is not an unpaid period.",
      });
      return 0;
    },
  },

  premium: {
    terms(employerSize, ctx) {
      const wageBase = ctx.param(P.premiumWageBase).value;
      const share = ctx.param(P.employeePremiumShare).value;
      const medical = ctx.param(P.medicalPremiumRate).value;
      const family = ctx.param(P.familyPremiumRate).value;
      if (employerSize <= ctx.param(P.smallEmployerMaximumSize).value) {
        // Whether the reduced rate applies depends on the employer's average wage against a
        // limit that is itself disputed: resolving it answers PARAMETER_NOT_KNOWN for now; once
        // known, the premium request would still need the employer's average wage.
        const limit = ctx.param(P.smallEmployerAverageWageLimit);
        throw new RulesError(
          ErrorCode.EMPLOYMENT_DATA_REQUIRED,
          `${NAME}: employers of ${employerSize} may pay the reduced small-employer rate if their average weekly wage is under ${limit.value.toFixed(2)}; the premium request does not carry the employer's average wage`,
        );
      }
      return {
        components: [
          { name: "medical leave premium", rate: medical, employeeShare: share },
          { name: "family leave premium", rate: family, employeeShare: share },
        ],
        wageCap: wageBase,
        employeeYearlyCap: null,
        employerShareRequired: true,
      };
    },
  },

  proration: null,

  deadlines: { employerResponse: null, appeal: null },

  parameters: [
    P.stateAverageWeeklyWage,
    P.maximumShareOfStateAverage,
    P.firstBreakpointShare,
    P.secondBreakpointShare,
    P.firstTierRate,
    P.secondTierRate,
    P.thirdTierRate,
    P.averageWeeklyWageMethod,
    P.minimumBasePeriodWages,
    P.medicalWeeks,
    P.familyWeeks,
    P.combinedWeeks,
    P.qualifyingEventDays,
    P.medicalPremiumRate,
    P.familyPremiumRate,
    P.employeePremiumShare,
    P.premiumWageBase,
    P.smallEmployerMaximumSize,
    P.smallEmployerRate,
    P.smallEmployerAverageWageLimit,
    P.familyRelationships,
  ],
};
