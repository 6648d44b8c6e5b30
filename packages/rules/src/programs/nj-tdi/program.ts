/**
 * New Jersey Temporary Disability Benefits (TDI), N.J.S.A. 43:21-25 et seq., N.J.A.C. 12:18.
 *
 * - Benefits since 1948; the engine's dates start 1970-01-01, which is used as the first benefit
 *   date. The reference figures start in 2020: 1970–2019 answer PARAMETER_NOT_KNOWN.
 *   Covers the employee's own off-the-job sickness or injury, pregnancy, and organ or bone-marrow
 *   donation (F3:2340-2349). Family care is NJ FLI.
 * - Which date selects parameters: the first day of the period of disability. NJ's yearly
 *   figures apply to "claims dated" on or after their date (the 2022 maximum from 2022-01-02),
 *   and the 2020 expansion (85%, 70% of the SAWW) to periods of disability commencing on or
 *   after 2020-07-01.
 * - Base year: first 4 of the last 5 completed quarters before the claim is filed (application
 *   date). Eligibility: 20 base weeks or the alternative earnings in the base year.
 * - AWW: the base weeks among the 8 calendar weeks before the disability week, averaged (needs
 *   weeklyWages); kept to the cent.
 * - Benefit: 85% of the AWW (two-thirds before 2020-07-01), rounded down to the dollar, capped at
 *   the published maximum (70% of the SAWW rounded down; 53% before 2020-07-01). No minimum.
 * - Weeks: 26 per period of disability; an earlier disability that ended no more than 14 days
 *   before counts as the same period. Total benefits for the period are also capped at the lesser
 *   of 26 × WBA or ⅓ of base-year wages, rounded down to the dollar.
 * - Waiting period: 7 days, paid retroactively once benefits are payable for 3 consecutive weeks
 *   (the request carries no end date, so the 7 days are reported with that note); none for organ
 *   or bone-marrow donation; none again within the same period of disability.
 * - Contributions: the employee TDI rate up to the employee wage base. The employer's
 *   experience-rated TDI rate (0.10%–0.75% on a lower wage base) is employer-specific and not
 *   computed. Appeal: 10 days after the determination is mailed (7 after delivery). The employer
 *   response period is not documented (DEADLINE_NOT_DOCUMENTED). Reduced-schedule payments are
 *   not modelled (no proration rule).
 */
import { periodOfDisability } from "../../leave-window/leave-window";
import { servedEarlierInWindow, waitingPeriod } from "../../waiting-period/waiting-period";
import { date } from "../../core/calendar-date";
import { ErrorCode, isRulesError } from "../../core/errors";
import { type Money, Rounding } from "../../core/money";
import { type Citation, valueAt } from "../../core/parameter";
import type { LeaveReason } from "../../core/vocabulary";
import type { RuleContext } from "../../evaluation/context";
import type { ProgramDefinition } from "../program";
import { flatRateWeeklyBenefit } from "../../weekly-benefit/steps";
import { ParameterDate } from "../../parameter-date/parameter-date";
import { applyTotalBenefitCap, recordEntitlement } from "../../entitlement/steps";
import { singleContribution } from "../../premium/steps";
import { SEED_CHART } from "../sources";
import * as P from "./parameters";
import { measureNjWages, njEarningsTest } from "./wages";

const DISABILITY_REASONS: readonly LeaveReason[] = ["OWN_HEALTH", "PREGNANCY", "ORGAN_DONATION"];

export const NJ_RULE_CITES = {
  parameterDate: [
    { title: "Benefit rates apply to claims dated on or after the date", href: P.N.n1.href, grade: "A" },
    {
      title: "For periods of disability commencing on or after July 1, 2020: 85% of AWW up to 70% of the SAWW",
      file: `${SEED_CHART}:2384-2395`,
      grade: "B",
    },
  ],
  weeklyBenefit: [
    {
      title: "Weekly benefit rate: 85% of the AWW up to 70% of the SAWW (two-thirds up to 53% before July 1, 2020)",
      section: "N.J.S.A. 43:21-40(b)",
      file: `${SEED_CHART}:2384-2395`,
      grade: "B",
    },
    { title: "Benefit amounts computed to the next lower multiple of $1.00", file: `${SEED_CHART}:2392`, grade: "B" },
  ],
} as const satisfies Record<string, readonly Citation[]>;

const TDI_CITES = {
  duration: [
    {
      title: "Up to 26 weeks per period of disability; relapse within 14 days is one period",
      section: "N.J.S.A. 43:21-39, -27(g)(1)",
      file: `${SEED_CHART}:2365-2402`,
      grade: "B",
    },
  ],
  totalCap: [
    {
      title: "Maximum total benefits: lesser of 26 × WBA or ⅓ of base-year wages, to the next lower $1",
      section: "N.J.S.A. 43:21-38(b)",
      file: `${SEED_CHART}:2392-2395`,
      grade: "B",
    },
  ],
  waiting: [
    {
      title:
        "Waiting period: 7 consecutive days, payable after 3 consecutive payable weeks; none for organ donation or quarantine",
      section: "N.J.S.A. 43:21-38, -39",
      file: `${SEED_CHART}:2355-2363`,
      grade: "B",
    },
  ],
} as const satisfies Record<string, readonly Citation[]>;

/**
 * NJ's statewide AWW for the explanation: it is not known for 2021 (not published), while the
 * 2021 maximum is (A), so an unknown SAWW is reported as null rather than failing the claim.
 */
export function njStateAverageWeeklyWage(ctx: RuleContext): Money | null {
  try {
    return ctx.param(P.stateAverageWeeklyWage).value;
  } catch (error) {
    if (
      isRulesError(error) &&
      error.code === ErrorCode.PARAMETER_NOT_KNOWN &&
      error.details?.reason === "not-published"
    )
      return null;
    throw error;
  }
}

/** 85% (two-thirds before 2020-07-01) of the AWW, rounded down to the dollar, capped at the maximum. */
export const njWeeklyBenefit = flatRateWeeklyBenefit({
  rate: P.replacementRate,
  maximum: P.maximumWeeklyBenefit,
  maximumBasis: P.maximumShareOfSaww,
  rounding: Rounding.DOWN_DOLLAR,
  what: "Weekly benefit: the replacement rate × AWW, rounded down to the dollar, capped at the maximum (the share of the statewide AWW, rounded down)",
  cite: NJ_RULE_CITES.weeklyBenefit,
  note: "The sources state next-lower-dollar rounding for the maximum and for total benefits; the weekly rate is rounded the same way. No minimum.",
});

export const njTdi: ProgramDefinition = {
  jurisdiction: "NJ",
  code: "TDI",
  name: "New Jersey Temporary Disability Benefits",
  agency:
    "NJ Department of Labor and Workforce Development, Division of Temporary Disability and Family Leave Insurance",
  firstBenefitDate: date("1970-01-01"),
  coveredLeaveReasons: DISABILITY_REASONS,
  familyRelationships: P.noFamilyRelationships,

  benefit: {
    leaveWindow(request) {
      const earlier = request.priorLeave.filter((l) => DISABILITY_REASONS.includes(l.leaveReason));
      const gap = valueAt(P.relapseGapDays, request.leaveStartDate);
      return periodOfDisability(
        request.leaveStartDate,
        earlier,
        gap,
        "period of disability (earlier disability ending no more than 14 days before joins it)",
      );
    },

    parameterDate: ParameterDate.leaveStart(
      "first day of the period of disability (claims dated on or after each figure's date)",
      NJ_RULE_CITES.parameterDate,
    ),

    measureWages(request, ctx) {
      return measureNjWages(request, ctx, "NJ TDI");
    },

    stateAverageWeeklyWage: njStateAverageWeeklyWage,
    weeklyBenefit: njWeeklyBenefit,
    eligibilityTests: [njEarningsTest],

    entitlement(request, window, ctx, facts) {
      const weeks = ctx.param(P.disabilityWeeks);
      const gap = ctx.param(P.relapseGapDays);
      const share = ctx.param(P.totalBenefitWageShare);
      const entitlement = recordEntitlement(
        ctx,
        request,
        window,
        {
          buckets: [{ id: "disability", reasons: DISABILITY_REASONS, weeks: weeks.value }],
          combinedWeeks: weeks.value,
        },
        [weeks.use, gap.use],
        TDI_CITES.duration,
        "Earlier disability leave is assumed to be for the same or a related condition when it joins this period (the request does not carry the cause).",
      );
      return applyTotalBenefitCap(ctx, entitlement, facts, {
        weeks: weeks.value,
        wageShare: share.value,
        rounding: Rounding.DOWN_DOLLAR,
        parameters: [weeks.use, share.use],
        cite: TDI_CITES.totalCap,
      });
    },

    waitingPeriodDays(request, window, ctx) {
      const days = ctx.param(P.waitingPeriodDays);
      const retro = ctx.param(P.waitingPeriodPaidAfterWeeks);
      const result = waitingPeriod(days.value, [
        {
          applies: request.leaveReason === "ORGAN_DONATION",
          because: "no waiting period for disability from organ or bone-marrow donation",
        },
        {
          applies: servedEarlierInWindow(request.priorLeave, window, (r) => DISABILITY_REASONS.includes(r)),
          because: "the waiting period was served earlier in the same period of disability",
        },
      ]);
      ctx.step({
        step: "waiting-period",
        what: "Waiting period: unpaid days at the start of the period of disability, unless waived",
        inputs: { leaveReason: request.leaveReason, paidRetroactivelyAfterWeeks: retro.value },
        parameters: [days.use, retro.use],
        result: result.days,
        cite: TDI_CITES.waiting,
        note:
          result.waivedBecause ??
          "The 7 days become payable once benefits are payable for 3 consecutive weeks; the request carries no end date, so they are reported as unpaid. Quarantine during a declared emergency is also exempt.",
      });
      return result.days;
    },
  },

  premium: singleContribution({
    name: "TDI employee contribution",
    rate: P.employeeContributionRate,
    wageCap: P.employeeWageBase,
  }),

  proration: null,

  deadlines: { employerResponse: null, appeal: P.appealPeriod },

  parameters: [
    P.stateAverageWeeklyWage,
    P.maximumShareOfSaww,
    P.maximumWeeklyBenefit,
    P.replacementRate,
    P.averageWeeklyWageWeeks,
    P.baseWeekAmount,
    P.alternativeEarnings,
    P.baseWeeksRequired,
    P.disabilityWeeks,
    P.relapseGapDays,
    P.totalBenefitWageShare,
    P.waitingPeriodDays,
    P.waitingPeriodPaidAfterWeeks,
    P.employeeWageBase,
    P.employeeContributionRate,
    P.appealPeriod,
    P.noFamilyRelationships,
  ],
};
