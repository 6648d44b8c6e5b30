/**
 * New Jersey Family Leave Insurance (FLI), N.J.S.A. 43:21-25 et seq. (family temporary disability
 * leave), N.J.A.C. 12:21.
 *
 * - Benefits for leave from 2009-07-01 (P.L.2008, c.17; the chart says "effective 2009",
 *   F3:2484); earlier leave is BENEFITS_NOT_YET_PAYABLE. Reference figures start in 2020:
 *   2009-07-01 to 2019 answer PARAMETER_NOT_KNOWN. Bonding (within a year), family care, and
 *   domestic- or sexual-violence matters (SAFE_LEAVE). The employee's own disability is NJ TDI.
 * - Which date selects parameters: the first day of family leave (claims dated on or after each
 *   figure's date; 85% and 12 weeks for leave from 2020-07-01).
 * - Base year, eligibility, AWW and benefit: as NJ TDI (shared figures and rules).
 * - Weeks: 12 (6 before 2020-07-01) in the 12-month period of 365 consecutive days from the
 *   first day of leave. Intermittent leave is capped at 8 weeks (56 days) within those 12; the
 *   request does not say whether leave is intermittent, so the continuous cap is reported.
 *   Total benefits are 12 × the weekly benefit, which the weeks cap already gives. (The chart's
 *   2020 COVID section adds "or up to ⅓ of base-year wages"; its later FLI section, F3:2585,
 *   states 12 × WBA only, and the later statement is followed.)
 * - No waiting period. Contributions: employee-only rate up to the employee wage base. The
 *   employer issues the claim form within 9 days of the leave or its notice; appeals as TDI
 *   (10 days after mailing). No proration rule is modelled (full-day intermittent leave).
 */
import { date } from "../../core/calendar-date";
import type { Citation } from "../../core/parameter";
import type { LeaveReason } from "../../core/vocabulary";
import type { ProgramDefinition } from "../program";
import { bondingWindowTest } from "../../eligibility/steps";
import { LeaveWindows } from "../../leave-window/steps";
import { ParameterDate } from "../../parameter-date/parameter-date";
import { singleContribution } from "../../premium/steps";
import { singleWeeksCap } from "../../entitlement/steps";
import { waitingPeriodWithoutWaivers } from "../../waiting-period/steps";
import * as T from "../nj-tdi/parameters";
import { NJ_RULE_CITES, njStateAverageWeeklyWage, njWeeklyBenefit } from "../nj-tdi/program";
import { measureNjWages, njEarningsTest } from "../nj-tdi/wages";
import { SEED_CHART } from "../sources";
import * as P from "./parameters";

const FAMILY_REASONS: readonly LeaveReason[] = ["BONDING", "FAMILY_CARE", "SAFE_LEAVE"];

const RULE_CITES = {
  duration: [
    {
      title: "12 weeks (84 days) continuous or 8 weeks (56 days) intermittent, at most 12 weeks in a 12-month period",
      section: "N.J.S.A. 43:21-38",
      file: `${SEED_CHART}:2590-2607`,
      grade: "B",
    },
    {
      title: "12-month period: 365 consecutive days from the first day of leave",
      section: "N.J.S.A. 43:21-27(t)",
      file: `${SEED_CHART}:2621-2626`,
      grade: "B",
    },
  ],
  bonding: [{ title: "Bonding within a year after the birth or placement", file: `${SEED_CHART}:2527`, grade: "B" }],
} as const satisfies Record<string, readonly Citation[]>;

export const njFli: ProgramDefinition = {
  jurisdiction: "NJ",
  code: "FLI",
  name: "New Jersey Family Leave Insurance",
  agency:
    "NJ Department of Labor and Workforce Development, Division of Temporary Disability and Family Leave Insurance",
  firstBenefitDate: date("2009-07-01"),
  coveredLeaveReasons: FAMILY_REASONS,
  familyRelationships: P.familyRelationships,

  benefit: {
    leaveWindow: LeaveWindows.forwardYear(
      "leaveStartDate",
      {
        length: "days-365",
        startOnSunday: false,
        label: "12-month period (365 days from the first day of family leave)",
      },
      FAMILY_REASONS,
    ),

    parameterDate: ParameterDate.leaveStart(
      "first day of family leave (claims dated on or after each figure's date)",
      NJ_RULE_CITES.parameterDate,
    ),

    measureWages(request, ctx) {
      return measureNjWages(request, ctx, "NJ FLI");
    },

    stateAverageWeeklyWage: njStateAverageWeeklyWage,
    weeklyBenefit: njWeeklyBenefit,
    eligibilityTests: [njEarningsTest, bondingWindowTest(P.bondingWindowMonths, RULE_CITES.bonding)],

    entitlement: singleWeeksCap({
      bucket: "family",
      reasons: FAMILY_REASONS,
      weeks: P.familyLeaveWeeks,
      cite: RULE_CITES.duration,
      note: "Continuous leave is assumed; intermittent leave is limited to 8 weeks (56 days) of these.",
    }),

    waitingPeriodDays: waitingPeriodWithoutWaivers(P.waitingPeriodDays),
  },

  premium: singleContribution({
    name: "FLI employee contribution",
    rate: P.employeeContributionRate,
    wageCap: T.employeeWageBase,
  }),

  proration: null,

  deadlines: { employerResponse: P.employerNoticePeriod, appeal: T.appealPeriod },

  parameters: [
    T.stateAverageWeeklyWage,
    T.maximumShareOfSaww,
    T.maximumWeeklyBenefit,
    T.replacementRate,
    T.averageWeeklyWageWeeks,
    T.baseWeekAmount,
    T.alternativeEarnings,
    T.baseWeeksRequired,
    T.employeeWageBase,
    T.appealPeriod,
    P.familyLeaveWeeks,
    P.waitingPeriodDays,
    P.bondingWindowMonths,
    P.employeeContributionRate,
    P.employerNoticePeriod,
    P.familyRelationships,
  ],
};
