/**
 * California Paid Family Leave (PFL), Cal. Unemployment Insurance Code §3300 et seq.
 *
 * - Benefits from 2004-07-01 (SB 1661; the chart says "effective 2004"); earlier leave is
 *   BENEFITS_NOT_YET_PAYABLE. Reference figures start in 2020 (earlier: PARAMETER_NOT_KNOWN).
 *   Family care, bonding within the first year, and from 2021-01-01 a qualifying military event
 *   (spouse, registered domestic partner, parent or child deployed abroad).
 * - Which date selects parameters: the claim start date (the first day of family leave).
 * - Benefit schedule, base period, eligibility, contributions: as CA DI (./ca-sdi), so the same
 *   years answer PARAMETER_NOT_KNOWN (2020–2022, 2024 and 2026; see ca-sdi/program.ts).
 * - Weeks: 8 (6 before 2020-07-01) in the 12 months from the first day of PFL leave; PFL and DI
 *   are not paid for the same days but have no shared cap.
 * - No waiting period (since 2018). No employer-response or appeal period in the documents.
 *   Partial weeks: WBA ÷ 7 a day, as DI.
 */
import { date } from "../../core/calendar-date";
import { Rounding } from "../../core/money";
import type { Citation } from "../../core/parameter";
import type { LeaveReason } from "../../core/vocabulary";
import { IneligibleCode, type ProgramDefinition } from "../program";
import { bondingWindowTest } from "../../eligibility/steps";
import { LeaveWindows } from "../../leave-window/steps";
import { ParameterDate } from "../../parameter-date/parameter-date";
import { singleContribution } from "../../premium/steps";
import { singleWeeksCap } from "../../entitlement/steps";
import { waitingPeriodWithoutWaivers } from "../../waiting-period/steps";
import { withoutStateAverage } from "../../weekly-benefit/steps";
import * as T from "../ca-sdi/parameters";
import { CA_PRORATION_CITE } from "../ca-sdi/program";
import { CA_CITES, caEarningsTest, caWeeklyBenefit, measureCaWages } from "../ca-sdi/rules";
import { SEED_CHART } from "../sources";
import * as P from "./parameters";

const FAMILY_REASONS: readonly LeaveReason[] = ["BONDING", "FAMILY_CARE", "MILITARY_EXIGENCY"];

const RULE_CITES = {
  duration: [
    {
      title: "8 weeks; leave year: the 12-month period from the first day of leave",
      file: `${SEED_CHART}:642-662`,
      grade: "B",
    },
  ],
  bonding: [
    { title: "Bonding within the first year after the birth or placement", file: `${SEED_CHART}:599`, grade: "B" },
  ],
  military: [
    {
      title: "Qualifying military event from January 1, 2021: spouse, registered domestic partner, parent or child",
      file: `${SEED_CHART}:600`,
      grade: "B",
    },
  ],
} as const satisfies Record<string, readonly Citation[]>;

export const caPfl: ProgramDefinition = {
  jurisdiction: "CA",
  code: "PFL",
  name: "California Paid Family Leave",
  agency: "California Employment Development Department",
  firstBenefitDate: date("2004-07-01"),
  coveredLeaveReasons: FAMILY_REASONS,
  familyRelationships: P.familyRelationships,

  benefit: {
    leaveWindow: LeaveWindows.forwardYear(
      "leaveStartDate",
      { length: "months-12", startOnSunday: false, label: "12-month period from the first day of PFL leave" },
      FAMILY_REASONS,
    ),

    parameterDate: ParameterDate.leaveStart("claim start date (the first day of family leave)", CA_CITES.parameterDate),

    measureWages(request, ctx) {
      return measureCaWages(request, ctx, "CA PFL");
    },

    stateAverageWeeklyWage: withoutStateAverage,

    weeklyBenefit: caWeeklyBenefit,

    eligibilityTests: [
      caEarningsTest,
      bondingWindowTest(P.bondingWindowMonths, RULE_CITES.bonding),
      {
        id: "military-event",
        kind: "leave",
        what: "Qualifying military events are covered from 2021, for a spouse, registered domestic partner, parent or child",
        run({ request }, ctx) {
          if (request.leaveReason !== "MILITARY_EXIGENCY") return { outcome: "passed" };
          const covered = ctx.paramAt(P.militaryExigencyCovered, request.leaveStartDate);
          if (!covered.value) {
            ctx.step({
              step: "eligibility-military-event",
              what: "Qualifying military events are covered from 2021",
              parameters: [covered.use],
              result: false,
              cite: RULE_CITES.military,
            });
            return {
              outcome: "failed",
              reason: {
                code: IneligibleCode.LEAVE_REASON_NOT_COVERED,
                message: "CA PFL covers qualifying military events for leave from 2021-01-01",
              },
            };
          }
          const relationships = ctx.paramAt(P.militaryExigencyRelationships, request.leaveStartDate);
          const relationship = request.familyRelationship;
          const ok = relationship === null || relationships.value.includes(relationship);
          ctx.step({
            step: "eligibility-military-event",
            what: "The deployed family member must be a spouse, registered domestic partner, parent or child",
            inputs: { familyRelationship: relationship },
            parameters: [covered.use, relationships.use],
            result: relationship === null ? "not tested" : ok,
            cite: RULE_CITES.military,
          });
          return ok
            ? { outcome: "passed" }
            : {
                outcome: "failed",
                reason: {
                  code: IneligibleCode.RELATIONSHIP_NOT_COVERED,
                  message: `CA PFL covers a military event of a spouse, partner, parent or child, not ${String(relationship)}`,
                },
              };
        },
      },
    ],

    entitlement: singleWeeksCap({
      bucket: "family",
      reasons: FAMILY_REASONS,
      weeks: P.familyLeaveWeeks,
      cite: RULE_CITES.duration,
    }),

    waitingPeriodDays: waitingPeriodWithoutWaivers(P.waitingPeriodDays),
  },

  premium: singleContribution({
    name: "SDI employee withholding (one rate funds DI and PFL)",
    rate: T.contributionRate,
    wageCap: T.taxableWageCeiling,
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
    T.maximumWeeklyBenefit,
    T.minimumWeeklyBenefit,
    T.formulaThreshold,
    T.lowerTierRate,
    T.upperTierRate,
    T.breakpointShareOfSaqw,
    T.tierBreakpoint,
    T.upperTierFloorShareOfSaww,
    T.minimumBasePeriodWages,
    T.contributionRate,
    T.taxableWageCeiling,
    P.familyLeaveWeeks,
    P.waitingPeriodDays,
    P.bondingWindowMonths,
    P.militaryExigencyCovered,
    P.militaryExigencyRelationships,
    P.familyRelationships,
  ],
};
