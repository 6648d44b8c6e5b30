/**
 * Federal Family and Medical Leave Act (U.S. Department of Labor, Wage and Hour Division),
 * 29 U.S.C. 2601 et seq., 29 CFR part 825. Unpaid, job-protected leave: this module evaluates
 * eligibility and entitlement as information; the weekly benefit is always 0.00.
 *
 * - In force from 1993-08-05 (the `firstBenefitDate`: the first day FMLA leave could be taken).
 *   Own serious health condition (and pregnancy), birth or placement of a child, care of a
 *   spouse, son or daughter, or parent; military caregiver leave from 2008-01-28 and qualifying
 *   exigency leave from 2009-01-16 (a leave-reason test answers LEAVE_REASON_NOT_COVERED
 *   before those dates).
 * - Which date selects parameters: the first day of leave. The figures are statutory with no
 *   scheduled change (no `until`).
 * - Eligibility (employment facts): 12 months with the employer (from employment.startDate; the
 *   months need not be consecutive, so a rehire's earlier service is not counted here),
 *   1,250 hours in the 12 months before leave (employment.hoursLast12Months) and at least 50
 *   employees within 75 miles of the worksite (employment.employerSize). Missing facts: skipped
 *   with a given AWW, EMPLOYMENT_DATA_REQUIRED with wage records. Wages are not measured.
 * - Family members: spouse, son or daughter, parent (in loco parentis included); the next of
 *   kin only for military caregiver leave. The "son or daughter" age / incapacity test and
 *   same-sex spouses (covered since 2015-03-27) are not modelled in the relationship codes.
 * - Entitlement: 12 workweeks in a 12-month period for all reasons; military caregiver leave 26
 *   workweeks, all FMLA leave together at most 26 in that period. The employer chooses the
 *   12-month method (29 CFR 825.200(b)); this module uses the rolling 12 months measured back
 *   from the first day of leave (825.200(b)(4)), including for caregiver leave (whose "single
 *   12-month period" runs forward from its first day, 825.127(e)).
 * - Bonding within 12 months of the birth or placement. No waiting period (nothing is paid).
 * - No premium; no proration. Deadlines: the eligibility notice is due within 5 business days
 *   (29 CFR 825.300(b)(1), federal holidays skipped); there is no administrative appeal of an
 *   employer's decision (enforcement by complaint or suit within 2 years, 29 U.S.C. 2617(c))
 *   → DEADLINE_NOT_DOCUMENTED.
 */
import { date } from "../../core/calendar-date";
import { ZERO } from "../../core/money";
import type { Citation } from "../../core/parameter";
import type { LeaveReason } from "../../core/vocabulary";
import { bondingWindowTest } from "../../eligibility/steps";
import {
  hoursInLast12MonthsTest,
  missingEmploymentFact,
  monthsWithEmployerTest,
  reasonInForceTest,
  relationshipForReasonTest,
} from "../../eligibility/employment-tests";
import { LeaveWindows } from "../../leave-window/steps";
import { ParameterDate } from "../../parameter-date/parameter-date";
import { recordEntitlement } from "../../entitlement/steps";
import { withoutStateAverage } from "../../weekly-benefit/steps";
import { IneligibleCode, type ProgramDefinition } from "../program";
import { SEED_CHART } from "../sources";
import * as P from "./parameters";

const NAME = "US FMLA";

const RULE_CITES = {
  eligibility: [P.U.definitions, P.U.eligibility],
  entitlement: [
    P.U.entitlement,
    P.U.caregiver,
    {
      title: "Determining the 12-month period (employer's choice of four methods)",
      section: "29 CFR 825.200(b)",
      href: "https://www.ecfr.gov/current/title-29/subtitle-B/chapter-V/subchapter-C/part-825/subpart-C/section-825.200",
      grade: "A",
    },
  ],
  unpaid: [P.U.entitlement, { title: "FMLA: unpaid", file: `${SEED_CHART}:55-63`, grade: "B" }],
  parameterDate: [P.U.act],
  reasons: [P.U.ndaa2008, P.U.finalRule2008],
  familyCare: [P.U.familyLeave, P.U.exigency],
} as const satisfies Record<string, readonly Citation[]>;

const STANDARD_REASONS = ["OWN_HEALTH", "PREGNANCY", "BONDING", "FAMILY_CARE", "MILITARY_EXIGENCY"] as const;
const ALL_REASONS: readonly LeaveReason[] = [...STANDARD_REASONS, "MILITARY_CAREGIVER"];

export const usFmla: ProgramDefinition = {
  jurisdiction: "US",
  code: "FMLA",
  name: "Family and Medical Leave Act (federal, unpaid)",
  agency: "U.S. Department of Labor, Wage and Hour Division",
  firstBenefitDate: date("1993-08-05"),
  coveredLeaveReasons: ALL_REASONS,
  familyRelationships: P.familyRelationships,

  benefit: {
    leaveWindow: LeaveWindows.rollingBack12Months(
      "12 months measured back from the first day of leave (29 CFR 825.200(b)(4))",
    ),

    parameterDate: ParameterDate.leaveStart(
      "first day of leave (statutory figures, no scheduled change)",
      RULE_CITES.parameterDate,
    ),

    measureWages(_request, ctx) {
      ctx.step({
        step: "average-weekly-wage",
        what: "FMLA leave is unpaid, so wages are not measured",
        result: ZERO,
        cite: RULE_CITES.unpaid,
      });
      return { source: "wage-records", basePeriod: null, averageWeeklyWage: ZERO };
    },

    stateAverageWeeklyWage: withoutStateAverage,

    weeklyBenefit(wages, ctx) {
      const benefit = ctx.param(P.weeklyBenefit);
      ctx.step({
        step: "weekly-benefit-amount",
        what: "FMLA pays no benefit: the weekly benefit is zero",
        inputs: { averageWeeklyWage: wages.averageWeeklyWage },
        parameters: [benefit.use],
        result: benefit.value,
        cite: RULE_CITES.unpaid,
        note: "FMLA is unpaid, job-protected leave (29 U.S.C. 2612(c)); the employee may elect, or the employer require, substitution of accrued paid leave (2612(d)(2)). Eligibility and weeks below are information for job protection.",
      });
      return { amount: benefit.value, minimum: null, maximum: null };
    },

    eligibilityTests: [
      reasonInForceTest(P.coveredReasons, ALL_REASONS, NAME, RULE_CITES.reasons),
      relationshipForReasonTest(
        "family-care-relationship",
        ["FAMILY_CARE", "MILITARY_EXIGENCY"],
        P.familyCareRelationships,
        P.familyRelationships,
        NAME,
        RULE_CITES.familyCare,
      ),
      monthsWithEmployerTest({
        id: "months-with-employer",
        what: "Employed by the employer for at least the required months",
        months: P.monthsWithEmployer,
        programName: NAME,
        cite: RULE_CITES.eligibility,
        note: "Counted from employment.startDate; earlier, non-consecutive service with the same employer (within 7 years) also counts under 29 CFR 825.110(b) but is not in the request.",
      }),
      hoursInLast12MonthsTest({
        id: "hours-last-12-months",
        what: "At least the required hours of service for the employer in the months before leave",
        hours: P.hoursLast12Months,
        programName: NAME,
        cite: RULE_CITES.eligibility,
      }),
      {
        id: "employees-within-75-miles",
        kind: "employment",
        what: "At least the required number of employees within the required distance of the worksite",
        run({ request, wages }, ctx) {
          const size = request.employment?.employerSize ?? null;
          if (size === null) return missingEmploymentFact(wages, NAME, "employerSize");
          const required = ctx.param(P.employeesWithin75Miles);
          const passed = size >= required.value;
          ctx.step({
            step: "eligibility-employees-within-75-miles",
            what: "At least the required number of employees within the required distance of the worksite",
            inputs: { employeesWithin75Miles: size },
            parameters: [required.use],
            result: passed,
            cite: RULE_CITES.eligibility,
          });
          return passed
            ? { outcome: "passed" }
            : {
                outcome: "failed",
                reason: {
                  code: IneligibleCode.INSUFFICIENT_EMPLOYMENT,
                  message: `${size} employees within 75 miles of the worksite are fewer than ${required.value}`,
                },
              };
        },
      },
      bondingWindowTest(P.bondingWindowMonths, [P.U.bonding]),
    ],

    entitlement(request, window, ctx) {
      const weeks = ctx.param(P.leaveWeeks);
      const caregiver = ctx.param(P.militaryCaregiverWeeks);
      const combined = ctx.param(P.combinedWeeks);
      return recordEntitlement(
        ctx,
        request,
        window,
        {
          buckets: [
            { id: "family-and-medical", reasons: STANDARD_REASONS, weeks: weeks.value },
            { id: "military-caregiver", reasons: ["MILITARY_CAREGIVER"], weeks: caregiver.value },
          ],
          combinedWeeks: combined.value,
        },
        [weeks.use, caregiver.use, combined.use],
        RULE_CITES.entitlement,
        "Entitlement to unpaid, job-protected leave. The 12-month period is measured back from the first day of leave (one of the employer's four permitted methods).",
      );
    },

    waitingPeriodDays(_request, _window, ctx) {
      ctx.step({
        step: "waiting-period",
        what: "Waiting period",
        result: 0,
        note: "FMLA pays no benefit, so there is no waiting period.",
      });
      return 0;
    },
  },

  premium: null,
  proration: null,

  deadlines: { employerResponse: P.employerResponsePeriod, appeal: null },

  parameters: [
    P.monthsWithEmployer,
    P.hoursLast12Months,
    P.employeesWithin75Miles,
    P.leaveWeeks,
    P.militaryCaregiverWeeks,
    P.combinedWeeks,
    P.weeklyBenefit,
    P.bondingWindowMonths,
    P.coveredReasons,
    P.familyCareRelationships,
    P.employerResponsePeriod,
    P.familyRelationships,
  ],
};
