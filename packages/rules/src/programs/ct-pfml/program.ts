/**
 * Connecticut Paid Leave (CT Paid Leave Authority), Conn. Gen. Stat. §31-49e et seq. and
 * §31-51kk et seq.
 *
 * - Benefits from 2022-01-01 (employee contributions from 2021-01-01). Own serious health
 *   condition (and incapacity during pregnancy), organ or bone-marrow donation, bonding, care of
 *   a family member, care of an ill or injured servicemember, family violence (safe leave) and
 *   military exigency.
 * - Which date selects parameters: the first day of leave (the claim start): the Connecticut
 *   minimum wage in effect then sets the threshold (40 ×) and the maximum (60 ×); it changed
 *   2022-07-01, 2023-06-01, 2024-01-01, 2025-01-01 and 2026-01-01. Contributions use the
 *   date wages are paid.
 * - Base period: the first four of the five most recently completed quarters before the
 *   application. No alternative base period.
 * - Eligibility: at least $2,325 in the highest base-period quarter, and currently employed by
 *   a covered employer or employed by one within the 12 weeks before the application
 *   (employment.endDate; not tested when no employment facts are given).
 * - Base weekly earnings (BWE): the two highest base-period quarters ÷ 26, to the cent (halves
 *   up). Benefit: 95% of the BWE up to 40 × the minimum wage + 60% above, to the cent (halves
 *   up), capped at 60 × the minimum wage. No minimum. The sources give no rounding rule; the
 *   cent (halves up) reproduces every published threshold, maximum and example.
 * - Weeks: 12 in the rolling 12 months measured back from the first day of leave (state plan),
 *   +2 for incapacity during pregnancy (14); family-violence leave at most 12 days within them.
 * - No waiting period. Contributions: 0.5% of wages up to the Social Security base, employee
 *   only (no employer share, no small-employer rule).
 * - Deadlines: a denial is appealed by complaint to the Labor Commissioner, with no period stated;
 *   no employer-response period → DEADLINE_NOT_DOCUMENTED. Proration: the documents give only
 *   the 15-minute increment, not how a partial week is paid → RULE_NOT_DOCUMENTED.
 */
import { BasePeriodRules, highestQuarterWages } from "../../base-period/base-period";
import { addDays, date } from "../../core/calendar-date";
import { Rounding } from "../../core/money";
import type { Citation } from "../../core/parameter";
import { socialSecurityWageBase } from "../federal-parameters";
import { averageOfHighestQuarters } from "../../average-weekly-wage/steps";
import { collectAndRecordBasePeriod, requireWageQuarters } from "../../base-period/steps";
import { LeaveWindows } from "../../leave-window/steps";
import { minimumWagesTest } from "../../eligibility/steps";
import { ParameterDate } from "../../parameter-date/parameter-date";
import { recordEntitlement } from "../../entitlement/steps";
import { relationshipForReasonTest } from "../../eligibility/employment-tests";
import { singleContribution } from "../../premium/steps";
import { tieredWeeklyBenefit, withoutStateAverage } from "../../weekly-benefit/steps";
import { waitingPeriodWithoutWaivers } from "../../waiting-period/steps";
import { IneligibleCode, type ProgramDefinition } from "../program";
import { COLORADO_MEMO, PARAMETER_TABLES, SEED_CHART } from "../sources";
import * as P from "./parameters";

const NAME = "CT PFML";

const RULE_CITES = {
  basePeriod: [
    {
      title: "Base period: the first four of the five most recently completed quarters",
      section: "C.G.S. §31-49e",
      file: `${SEED_CHART}:4322`,
      grade: "B",
    },
    { title: "Colorado Legislative Council memo: CT base period", file: `${COLORADO_MEMO}:74`, grade: "B" },
  ],
  baseWeeklyEarnings: [
    {
      title: "Base weekly earnings: 1/26 of wages in the two highest-earning quarters of the base period",
      section: "C.G.S. §31-49e",
      file: `${SEED_CHART}:4405`,
      grade: "B",
    },
    {
      title: "The Hartford: CT PFML fast facts",
      href: "https://qawww.thehartford.com/paid-family-medical-leave/ct-pfml-fast-facts",
      grade: "B",
    },
  ],
  weeklyBenefit: [
    {
      title: "Benefit amount: 95% up to 40 × minimum wage + 60% above, capped at 60 × minimum wage",
      section: "C.G.S. §31-49g",
      file: `${SEED_CHART}:4388-4408`,
      grade: "B",
    },
    {
      title: "ShelterPoint: CT PFML benefits",
      href: "https://info.shelterpoint.com/paid-family-medical-leave/ct/benefits",
      grade: "B",
    },
  ],
  eligibility: [
    {
      title: "Covered employee: $2,325 in the highest quarter; employed now or within the last 12 weeks",
      section: "C.G.S. §31-49e(4)",
      file: `${SEED_CHART}:4320-4332`,
      grade: "B",
    },
    {
      title: "CT Paid Leave: check your eligibility",
      href: "https://www.ctpaidleave.org/how-ct-paid-leave-works/coverage-and-eligibility/check-your-eligibility",
      grade: "A",
    },
  ],
  duration: [
    {
      title: "12 weeks in any 12 months, +2 for incapacity during pregnancy; family violence 12 days",
      section: "C.G.S. §31-49g; §31-51ll",
      file: `${SEED_CHART}:4410-4419`,
      grade: "B",
    },
    {
      title: "State plan: rolling 12 months measured back from the first day of leave",
      section: "CTPL-004-CALC(b)",
      file: `${SEED_CHART}:4447-4462`,
      grade: "B",
    },
    {
      title: "CT Paid Leave Authority: benefits calculated on a rolling, not calendar, basis",
      href: "https://ctpaidleave.medium.com/ct-paid-leave-benefits-calculated-on-rolling-not-calendar-basis-4e1246f30690",
      grade: "A",
    },
  ],
  parameterDate: [
    {
      title: "The minimum wage in effect at the claim start sets the threshold and maximum",
      file: `${PARAMETER_TABLES}:227`,
      grade: "B",
    },
  ],
  militaryExigency: [
    {
      title: "Military exigency from the active duty of the employee's spouse, child or parent",
      file: `${SEED_CHART}:4342`,
      grade: "B",
    },
  ],
} as const satisfies Record<string, readonly Citation[]>;

const ALL_REASONS = [
  "OWN_HEALTH",
  "PREGNANCY",
  "ORGAN_DONATION",
  "BONDING",
  "FAMILY_CARE",
  "MILITARY_CAREGIVER",
  "MILITARY_EXIGENCY",
] as const;

export const ctPfml: ProgramDefinition = {
  jurisdiction: "CT",
  code: "PFML",
  name: "Connecticut Paid Leave",
  agency: "Connecticut Paid Leave Authority",
  firstBenefitDate: date("2022-01-01"),
  coveredLeaveReasons: [...ALL_REASONS, "SAFE_LEAVE"],
  familyRelationships: P.familyRelationships,

  benefit: {
    leaveWindow: LeaveWindows.rollingBack12Months("12 months measured back from the first day of leave"),

    parameterDate: ParameterDate.leaveStart(
      "first day of leave (claim start): the minimum wage in effect then",
      RULE_CITES.parameterDate,
    ),

    measureWages(request, ctx) {
      const records = requireWageQuarters(request, NAME);
      const period = collectAndRecordBasePeriod(
        ctx,
        records,
        BasePeriodRules.FIRST_FOUR_OF_LAST_FIVE,
        request.applicationDate,
        "standard",
        RULE_CITES.basePeriod,
      );
      const quarters = ctx.param(P.baseWeeklyEarningsQuarters);
      const averageWeeklyWage = averageOfHighestQuarters(
        ctx,
        period,
        quarters.value,
        quarters.use,
        Rounding.HALF_UP_CENT,
        RULE_CITES.baseWeeklyEarnings,
        "Base weekly earnings (the program's AWW). The sources give no rounding rule; kept to the cent, halves up.",
      );
      return { source: "wage-records", basePeriod: period, averageWeeklyWage };
    },

    stateAverageWeeklyWage: withoutStateAverage,

    weeklyBenefit(wages, ctx) {
      const minimumWage = ctx.param(P.minimumWage);
      const thresholdMultiple = ctx.param(P.thresholdMultiple);
      const maximumMultiple = ctx.param(P.maximumMultiple);
      const lower = ctx.param(P.lowerTierRate);
      const upper = ctx.param(P.upperTierRate);
      return tieredWeeklyBenefit(ctx, {
        averageWeeklyWage: wages.averageWeeklyWage,
        tiers: [
          { upTo: minimumWage.value.times(thresholdMultiple.value), rate: lower.value },
          { upTo: null, rate: upper.value },
        ],
        parameters: [minimumWage.use, thresholdMultiple.use, maximumMultiple.use, lower.use, upper.use],
        rounding: Rounding.HALF_UP_CENT,
        minimum: null,
        maximum: minimumWage.value.times(maximumMultiple.value),
        cite: RULE_CITES.weeklyBenefit,
        note: "The sources give no rounding rule; the benefit is kept to the cent, halves up, which reproduces every published threshold, maximum and example.",
      });
    },

    eligibilityTests: [
      minimumWagesTest({
        id: "highest-quarter-wages",
        what: "At least the minimum wages in the highest-earning quarter of the base period",
        stepWhat: "Wages in the highest base-period quarter must reach the minimum",
        minimum: P.minimumHighestQuarterWages,
        measure: highestQuarterWages,
        wagesName: "Highest-quarter wages",
        cite: RULE_CITES.eligibility,
      }),
      {
        id: "recent-employment",
        kind: "employment",
        what: "Currently employed by a covered employer, or employed by one within the look-back before the application",
        run({ request }, ctx) {
          const employment = request.employment;
          if (employment === null) {
            return {
              outcome: "skipped",
              why: "No employment facts were given, so current or recent employment was not tested.",
            };
          }
          const weeks = ctx.param(P.recentEmploymentWeeks);
          const end = employment.endDate;
          const lastQualifyingApplication = end === null ? null : addDays(end, weeks.value * 7);
          const passed = lastQualifyingApplication === null || request.applicationDate <= lastQualifyingApplication;
          ctx.step({
            step: "eligibility-recent-employment",
            what: "Currently employed by a covered employer, or employed by one within the look-back before the application",
            inputs: { employmentEndDate: end, applicationDate: request.applicationDate, lastQualifyingApplication },
            parameters: [weeks.use],
            result: passed,
            cite: RULE_CITES.eligibility,
          });
          return passed
            ? { outcome: "passed" }
            : {
                outcome: "failed",
                reason: {
                  code: IneligibleCode.INSUFFICIENT_EMPLOYMENT,
                  message: `Employment ended ${String(end)}, more than ${weeks.value} weeks before the application`,
                },
              };
        },
      },
      relationshipForReasonTest(
        "military-exigency-relationship",
        ["MILITARY_EXIGENCY"],
        P.militaryExigencyRelationships,
        P.familyRelationships,
        NAME,
        RULE_CITES.militaryExigency,
      ),
    ],

    entitlement(request, window, ctx) {
      const weeks = ctx.param(P.leaveWeeks);
      const extension = ctx.param(P.pregnancyExtensionWeeks);
      const violenceDays = ctx.param(P.familyViolenceDays);
      return recordEntitlement(
        ctx,
        request,
        window,
        {
          buckets: [
            { id: "all", reasons: ALL_REASONS, weeks: weeks.value },
            { id: "family-violence", reasons: ["SAFE_LEAVE"], weeks: weeks.value, days: violenceDays.value },
          ],
          combinedWeeks: weeks.value,
          pregnancyExtensionWeeks: extension.value,
        },
        [weeks.use, extension.use, violenceDays.use],
        RULE_CITES.duration,
        "Family-violence leave is limited in days and counts toward the 12 weeks.",
      );
    },

    waitingPeriodDays: waitingPeriodWithoutWaivers(P.waitingPeriodDays),
  },

  premium: singleContribution({
    name: "CT Paid Leave contribution (employee)",
    rate: P.contributionRate,
    employeeShare: P.employeeContributionShare,
    wageCap: socialSecurityWageBase,
  }),

  proration: null,

  deadlines: { employerResponse: null, appeal: null },

  parameters: [
    P.minimumWage,
    P.thresholdMultiple,
    P.maximumMultiple,
    P.lowerTierRate,
    P.upperTierRate,
    P.baseWeeklyEarningsQuarters,
    P.minimumHighestQuarterWages,
    P.recentEmploymentWeeks,
    P.leaveWeeks,
    P.pregnancyExtensionWeeks,
    P.familyViolenceDays,
    P.waitingPeriodDays,
    P.contributionRate,
    P.employeeContributionShare,
    socialSecurityWageBase,
    P.militaryExigencyRelationships,
    P.familyRelationships,
  ],
};
