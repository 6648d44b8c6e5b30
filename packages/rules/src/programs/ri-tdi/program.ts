/**
 * Rhode Island Temporary Disability Insurance (TDI), R.I. Gen. Laws ch. 28-39 to 28-41.
 *
 * - Benefits since 1942; the engine's dates start 1970-01-01, used as the first benefit date.
 *   Reference figures start in 2020 (earlier: PARAMETER_NOT_KNOWN). Own illness or injury,
 *   pregnancy and childbirth. Caregiving is RI TCI.
 * - Which date selects parameters: the first day of the benefit year (the Sunday of the week the
 *   claimant became unable to work). Maxima reset for benefit years from July 1; the minimum and
 *   the eligibility amounts follow the minimum wage by calendar year. Benefit years in 2020, 2022,
 *   2023 and 2026 answer PARAMETER_NOT_KNOWN because the minimum for them is only derived (D),
 *   weakly sourced (C) or disputed; eligibility from wage records is known only for 2020, 2022 and
 *   2023 (the other years' amounts are derived), so wage-record claims in 2021, 2024 and 2025 also
 *   answer PARAMETER_NOT_KNOWN (estimates from a given AWW skip the wage test and evaluate).
 * - Base period, eligibility, benefit rate, benefit year: see ./rules.ts.
 * - Weeks: 30 per benefit year, TDI and TCI together at most 30; total benefits at most 36% of
 *   base-period wages (the memo's statutory rule; the chart is silent), held as payable days.
 * - Waiting period: none since 2012-07-01 (contradiction resolved in the parameter's note: the
 *   DLT quick references, the 2023 chart and a 2025 carrier agree that benefits are paid from the
 *   first day once the claimant has been out 7 days; the older "paid after 28 days" text is
 *   superseded). The 7-day minimum absence is reported, not tested (no end date in the request).
 * - Contributions: employee-only rate up to the taxable wage base (one deduction funds TDI and
 *   TCI). No employer-response or appeal period in the documents (DEADLINE_NOT_DOCUMENTED). No
 *   intermittent leave (no proration rule).
 */
import { date } from "../../core/calendar-date";
import type { ProgramDefinition } from "../program";
import { ParameterDate } from "../../parameter-date/parameter-date";
import { singleContribution } from "../../premium/steps";
import { withoutStateAverage } from "../../weekly-benefit/steps";
import * as P from "./parameters";
import {
  RI_CAREGIVER_REASONS,
  RI_CITES,
  RI_DISABILITY_REASONS,
  measureRiWages,
  riBenefitYear,
  riEarningsTest,
  riEntitlement,
  riWaitingPeriod,
  riWeeklyBenefit,
} from "./rules";

export const riTdi: ProgramDefinition = {
  jurisdiction: "RI",
  code: "TDI",
  name: "Rhode Island Temporary Disability Insurance",
  agency: "Rhode Island Department of Labor and Training",
  firstBenefitDate: date("1970-01-01"),
  coveredLeaveReasons: RI_DISABILITY_REASONS,
  familyRelationships: P.noFamilyRelationships,

  benefit: {
    leaveWindow: riBenefitYear,

    parameterDate: ParameterDate.windowStart(
      "first day of the benefit year (Sunday of the week the claimant became unable to work)",
      RI_CITES.parameterDate,
    ),

    measureWages(request, ctx) {
      return measureRiWages(request, ctx, "RI TDI");
    },

    stateAverageWeeklyWage: withoutStateAverage,

    weeklyBenefit: riWeeklyBenefit,
    eligibilityTests: [riEarningsTest],

    entitlement: riEntitlement({
      id: "disability",
      reasons: RI_DISABILITY_REASONS,
      weeks: P.disabilityWeeks,
      siblingReasons: RI_CAREGIVER_REASONS,
      note: "Prior BONDING or FAMILY_CARE leave is taken to be RI TCI and counts toward the combined 30 weeks.",
    }),

    waitingPeriodDays: riWaitingPeriod,
  },

  premium: singleContribution({
    name: "TDI employee deduction (funds TDI and TCI)",
    rate: P.contributionRate,
    wageCap: P.taxableWageBase,
  }),

  proration: null,
  deadlines: { employerResponse: null, appeal: null },

  parameters: [
    P.benefitRate,
    P.maximumWeeklyBenefit,
    P.minimumWeeklyBenefit,
    P.highQuarterMinimum,
    P.totalWagesMinimum,
    P.alternativeTotalWages,
    P.highQuarterMultiple,
    P.disabilityWeeks,
    P.combinedWeeks,
    P.totalBenefitWageShare,
    P.waitingPeriodDays,
    P.minimumDaysOut,
    P.contributionRate,
    P.taxableWageBase,
    P.noFamilyRelationships,
  ],
};
