/**
 * Rhode Island Temporary Caregiver Insurance (TCI), R.I. Gen. Laws ch. 28-41 (a rider to TDI).
 *
 * - Benefits from 2014-01-01 (F3:2903 "effective 2014"); earlier leave is
 *   BENEFITS_NOT_YET_PAYABLE. Reference figures start in 2020 (2014–2019: PARAMETER_NOT_KNOWN).
 *   Caring for a family member with a serious health condition; bonding within the first year.
 * - Which date selects parameters, base period, eligibility, benefit rate, benefit year, dollar
 *   cap, waiting period, contributions: as RI TDI (one benefit year and one set of figures; the
 *   same years answer PARAMETER_NOT_KNOWN, see ri-tdi/program.ts).
 * - Weeks: 4 (2014–2021), 5 (2022), 6 (2023–2024), 7 (2025), 8 (2026) per benefit year, by the
 *   calendar year the benefit year starts in, within 30 weeks of TDI and TCI together (prior
 *   OWN_HEALTH / PREGNANCY leave in the benefit year counts as TDI toward the 30).
 * - Continuous leave only; no employer-response or appeal period in the documents.
 */
import { date } from "../../core/calendar-date";
import type { Citation } from "../../core/parameter";
import type { ProgramDefinition } from "../program";
import { bondingWindowTest } from "../../eligibility/steps";
import { ParameterDate } from "../../parameter-date/parameter-date";
import { singleContribution } from "../../premium/steps";
import { withoutStateAverage } from "../../weekly-benefit/steps";
import * as T from "../ri-tdi/parameters";
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
} from "../ri-tdi/rules";
import { SEED_CHART } from "../sources";
import * as P from "./parameters";

const BONDING_CITE: readonly Citation[] = [
  { title: "Bonding within the first year of birth or placement", file: `${SEED_CHART}:2944`, grade: "B" },
];

export const riTci: ProgramDefinition = {
  jurisdiction: "RI",
  code: "TCI",
  name: "Rhode Island Temporary Caregiver Insurance",
  agency: "Rhode Island Department of Labor and Training",
  firstBenefitDate: date("2014-01-01"),
  coveredLeaveReasons: RI_CAREGIVER_REASONS,
  familyRelationships: P.familyRelationships,

  benefit: {
    leaveWindow: riBenefitYear,

    parameterDate: ParameterDate.windowStart(
      "first day of the benefit year (Sunday of the week caregiving began)",
      RI_CITES.parameterDate,
    ),

    measureWages(request, ctx) {
      return measureRiWages(request, ctx, "RI TCI");
    },

    stateAverageWeeklyWage: withoutStateAverage,

    weeklyBenefit: riWeeklyBenefit,
    eligibilityTests: [riEarningsTest, bondingWindowTest(P.bondingWindowMonths, BONDING_CITE)],

    entitlement: riEntitlement({
      id: "caregiver",
      reasons: RI_CAREGIVER_REASONS,
      weeks: P.caregiverWeeks,
      siblingReasons: RI_DISABILITY_REASONS,
      note: "Prior OWN_HEALTH or PREGNANCY leave is taken to be RI TDI and counts toward the combined 30 weeks.",
    }),

    waitingPeriodDays: riWaitingPeriod,
  },

  premium: singleContribution({
    name: "TDI employee deduction (one deduction funds TDI and TCI)",
    rate: T.contributionRate,
    wageCap: T.taxableWageBase,
  }),

  proration: null,
  deadlines: { employerResponse: null, appeal: null },

  parameters: [
    T.benefitRate,
    T.maximumWeeklyBenefit,
    T.minimumWeeklyBenefit,
    T.highQuarterMinimum,
    T.totalWagesMinimum,
    T.alternativeTotalWages,
    T.highQuarterMultiple,
    T.combinedWeeks,
    T.totalBenefitWageShare,
    T.waitingPeriodDays,
    T.minimumDaysOut,
    T.contributionRate,
    T.taxableWageBase,
    P.caregiverWeeks,
    P.bondingWindowMonths,
    P.familyRelationships,
  ],
};
