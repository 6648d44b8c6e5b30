/**
 * Delaware Paid Leave (Department of Labor, Division of Paid Leave), Healthy Delaware Families
 * Act, 19 Del. C. ch. 37; 19 Del. Admin. Code 1401.
 *
 * - Benefits from 2026-01-01 (contributions from 2025-01-01). Parental leave (first year after
 *   birth, adoption or foster placement), medical leave (own serious health condition, incl.
 *   pregnancy), family caregiving leave and qualifying military exigency.
 * - Which date selects parameters: the first day of leave (the maximum is set per calendar year:
 *   $900 for 2026 and 2027, indexed from 2028). The AWW looks back from the application date.
 * - Eligibility (employment facts, FMLA-style): 12 months with the employer (employment.startDate)
 *   and 1,250 hours with it in the 12 months before leave (employment.hoursLast12Months). Employer
 *   coverage (employment.employerSize, employees in Delaware over the previous 12 months): 25 or
 *   more, all leave types; 10–24, parental leave only; under 10, none (either may opt in, which
 *   the request does not carry) → EMPLOYER_NOT_COVERED. Missing facts: skipped with a given AWW,
 *   EMPLOYMENT_DATA_REQUIRED with weekly pay.
 * - AWW: gross wages of the 52 weeks before the application ÷ 52 (19 DAC 1401-1.0, -5.1.1), from
 *   `weeklyWages` (weeks ending in the 364 days before the application; missing weeks count as
 *   zero). Quarterly records cannot give it → WAGE_MEASURE_UNAVAILABLE. Rounded to the cent,
 *   halves up (the sources give no rule).
 * - Benefit: 80% of the AWW, to the cent (halves up; no rule given), at least $100 or the full AWW
 *   when lower, at most $900.
 * - Weeks: per application year, parental 12, medical 6, caregiving 6, all together 12; medical
 *   and caregiving together at most 6 in any 24 months. The application year is FMLA's 12-month
 *   period, whose method the employer chooses (29 CFR 825.200(b)); this module uses the 12
 *   months measured back from the first day of leave, like US FMLA.
 * - No waiting period (none specified). Contributions 2025–2026: medical 0.40%, parental 0.32%,
 *   caregiving 0.08% of wages up to the Social Security base (American Fidelity; the 2023 chart
 *   stated no cap), the employee at most half; employers of 10–24 pay the parental part only,
 *   under 10 none.
 * - Deadlines: initial appeal within 60 days of a denial; no employer-response period is
 *   documented (employers report approvals to the Department within 3 days, a different duty)
 *   → DEADLINE_NOT_DOCUMENTED. Proration: benefits are not payable for less than a workday, but
 *   the partial-week formula is not documented → RULE_NOT_DOCUMENTED.
 */
import { entitlementLedger } from "../../entitlement/entitlement-ledger";
import { rollingBackMonths } from "../../leave-window/leave-window";
import { addDays, date } from "../../core/calendar-date";
import { ErrorCode, RulesError } from "../../core/errors";
import { roundingApplied } from "../../core/explanation";
import { type Money, Rounding, ZERO, minMoney, roundMoney } from "../../core/money";
import type { Citation } from "../../core/parameter";
import type { LeaveReason } from "../../core/vocabulary";
import { socialSecurityWageBase } from "../federal-parameters";
import { bondingWindowTest } from "../../eligibility/steps";
import {
  hoursInLast12MonthsTest,
  missingEmploymentFact,
  monthsWithEmployerTest,
} from "../../eligibility/employment-tests";
import { LeaveWindows } from "../../leave-window/steps";
import { ParameterDate } from "../../parameter-date/parameter-date";
import { recordEntitlement } from "../../entitlement/steps";
import { tieredWeeklyBenefit, withoutStateAverage } from "../../weekly-benefit/steps";
import { waitingPeriodWithoutWaivers } from "../../waiting-period/steps";
import { IneligibleCode, type ProgramDefinition } from "../program";
import { SEED_CHART } from "../sources";
import * as P from "./parameters";

const NAME = "DE PFML";

const RULE_CITES = {
  averageWeeklyWage: [P.E.definitions, P.E.e7],
  weeklyBenefit: [
    P.E.e7,
    {
      title: "Benefit: 80% of AWW, minimum $100 or the AWW, maximum $900",
      section: "19 Del. C. §3704",
      file: `${SEED_CHART}:1668-1675`,
      grade: "B",
    },
  ],
  eligibility: [P.E.statute, P.E.definitions],
  coverage: [
    {
      title: "Covered employers by size and leave type",
      section: "19 Del. C. §3701(7); §3717",
      file: `${SEED_CHART}:1600-1611`,
      grade: "B",
    },
    P.E.e8,
  ],
  duration: [
    {
      title: "12 weeks per application year; parental 12; medical and caregiving 6 combined in any 24 months",
      section: "19 Del. C. §3703",
      file: `${SEED_CHART}:1677-1685`,
      grade: "B",
    },
    P.E.e8,
    P.E.definitions,
  ],
  parameterDate: [P.E.e7],
  bonding: [P.E.dwt],
} as const satisfies Record<string, readonly Citation[]>;

const MEDICAL: readonly LeaveReason[] = ["OWN_HEALTH", "PREGNANCY"];
const CAREGIVING: readonly LeaveReason[] = ["FAMILY_CARE", "MILITARY_EXIGENCY"];
const MEDICAL_AND_CAREGIVING: readonly LeaveReason[] = [...MEDICAL, ...CAREGIVING];

export const dePfml: ProgramDefinition = {
  jurisdiction: "DE",
  code: "PFML",
  name: "Delaware Paid Leave",
  agency: "Delaware Department of Labor, Division of Paid Leave",
  firstBenefitDate: date("2026-01-01"),
  coveredLeaveReasons: ["BONDING", ...MEDICAL_AND_CAREGIVING],
  familyRelationships: P.familyRelationships,

  benefit: {
    leaveWindow: LeaveWindows.rollingBack12Months(
      "application year: 12 months measured back from the first day of leave (an FMLA method)",
    ),

    parameterDate: ParameterDate.leaveStart(
      "first day of leave (the maximum is set per calendar year)",
      RULE_CITES.parameterDate,
    ),

    measureWages(request, ctx) {
      const weeks = request.weeklyWages;
      if (weeks === null) {
        throw new RulesError(
          ErrorCode.WAGE_MEASURE_UNAVAILABLE,
          "DE PFML's average weekly wage is the gross pay of the 52 weeks before the application ÷ 52: give weeklyWages or an averageWeeklyWage, not quarterly totals",
        );
      }
      const count = ctx.param(P.averageWeeklyWageWeeks);
      const first = addDays(request.applicationDate, -7 * count.value);
      let total: Money = ZERO;
      let used = 0;
      for (const week of weeks) {
        if (week.weekEnding >= first && week.weekEnding < request.applicationDate) {
          total = total.plus(week.wages);
          used++;
        }
      }
      const average = total.div(count.value);
      const averageWeeklyWage = roundMoney(average, Rounding.HALF_UP_CENT);
      ctx.step({
        step: "average-weekly-wage",
        what: "Average weekly wage: gross pay of the weeks the program looks back over before the application, averaged over those weeks",
        inputs: {
          firstWeekEnding: first,
          lastWeekEndingBefore: request.applicationDate,
          weeksGiven: used,
          totalWages: total,
        },
        parameters: [count.use],
        rounding: roundingApplied(Rounding.HALF_UP_CENT, average, averageWeeklyWage),
        result: averageWeeklyWage,
        cite: RULE_CITES.averageWeeklyWage,
        note: "Weeks not given count as zero pay. The sources give no rounding rule; kept to the cent, halves up.",
      });
      return { source: "wage-records", basePeriod: null, averageWeeklyWage };
    },

    stateAverageWeeklyWage: withoutStateAverage,

    weeklyBenefit(wages, ctx) {
      const rate = ctx.param(P.replacementRate);
      const min = ctx.param(P.minimumWeeklyBenefit);
      const max = ctx.param(P.maximumWeeklyBenefit);
      return tieredWeeklyBenefit(ctx, {
        averageWeeklyWage: wages.averageWeeklyWage,
        tiers: [{ upTo: null, rate: rate.value }],
        parameters: [rate.use, min.use, max.use],
        rounding: Rounding.HALF_UP_CENT,
        minimum: minMoney(min.value, wages.averageWeeklyWage),
        maximum: max.value,
        cite: RULE_CITES.weeklyBenefit,
        note: "The minimum is $100, or the full AWW when that is lower. The sources give no rounding rule; kept to the cent, halves up.",
      });
    },

    eligibilityTests: [
      monthsWithEmployerTest({
        id: "months-with-employer",
        what: "Employed by the employer for at least the required months",
        months: P.monthsWithEmployer,
        programName: NAME,
        cite: RULE_CITES.eligibility,
      }),
      hoursInLast12MonthsTest({
        id: "hours-last-12-months",
        what: "At least the required hours for the employer in the months before leave",
        hours: P.hoursLast12Months,
        programName: NAME,
        cite: RULE_CITES.eligibility,
      }),
      {
        id: "employer-coverage",
        kind: "employment",
        what: "The employer's size covers this leave type (the program's size limits for all leave and for parental leave)",
        run({ request, wages }, ctx) {
          const size = request.employment?.employerSize ?? null;
          if (size === null) return missingEmploymentFact(wages, NAME, "employerSize");
          const parentalFrom = ctx.param(P.parentalOnlyEmployerSize);
          const allFrom = ctx.param(P.allLeaveEmployerSize);
          const parental = request.leaveReason === "BONDING";
          const covered = size >= allFrom.value || (parental && size >= parentalFrom.value);
          ctx.step({
            step: "eligibility-employer-coverage",
            what: "The employer's size covers this leave type (the program's size limits for all leave and for parental leave)",
            inputs: { employerSize: size, leaveReason: request.leaveReason },
            parameters: [parentalFrom.use, allFrom.use],
            result: covered,
            cite: RULE_CITES.coverage,
            ...(covered ? {} : { note: "A smaller employer may opt in; the request does not say whether it has." }),
          });
          if (covered) return { outcome: "passed" };
          const message =
            size >= parentalFrom.value
              ? `Employers with fewer than ${allFrom.value} employees provide only parental leave (unless they opted in)`
              : `Employers with fewer than ${parentalFrom.value} employees are not covered (unless they opted in)`;
          return { outcome: "failed", reason: { code: IneligibleCode.EMPLOYER_NOT_COVERED, message } };
        },
      },
      bondingWindowTest(P.bondingWindowMonths, RULE_CITES.bonding),
    ],

    entitlement(request, window, ctx) {
      const parental = ctx.param(P.parentalWeeks);
      const medical = ctx.param(P.medicalWeeks);
      const caregiving = ctx.param(P.caregivingWeeks);
      const yearly = ctx.param(P.applicationYearWeeks);
      const shared = ctx.param(P.medicalAndCaregivingWeeks);
      const lookback = ctx.param(P.medicalAndCaregivingLookbackMonths);
      const year = recordEntitlement(
        ctx,
        request,
        window,
        {
          buckets: [
            { id: "parental", reasons: ["BONDING"], weeks: parental.value },
            { id: "medical", reasons: MEDICAL, weeks: medical.value },
            { id: "caregiving", reasons: CAREGIVING, weeks: caregiving.value },
          ],
          combinedWeeks: yearly.value,
        },
        [parental.use, medical.use, caregiving.use, yearly.use],
        RULE_CITES.duration,
      );
      if (!MEDICAL_AND_CAREGIVING.includes(request.leaveReason)) return year;
      // Medical and caregiving leave also share a cap over the longer look-back period.
      const longWindow = rollingBackMonths(
        request.leaveStartDate,
        lookback.value,
        "24 months measured back from the first day of leave",
      );
      const long = entitlementLedger(request.leaveReason, request.priorLeave, longWindow, {
        buckets: [{ id: "medical-and-caregiving", reasons: MEDICAL_AND_CAREGIVING, weeks: shared.value }],
        combinedWeeks: shared.value,
      });
      const remainingDays = Math.min(year.remainingDays, long.remainingDays);
      ctx.step({
        step: "entitlement-look-back",
        what: "Medical and caregiving leave together are also capped over the look-back period; the lower remainder applies",
        inputs: {
          windowStart: longWindow.start,
          windowEnd: longWindow.end,
          usedDays: long.usedDaysForReason,
          remainingInApplicationYear: year.remainingDays,
        },
        parameters: [shared.use, lookback.use],
        result: { remainingDays, maxWeeks: Math.min(year.maxWeeks, long.maxWeeks) },
        cite: RULE_CITES.duration,
      });
      return {
        ...year,
        maxWeeks: Math.min(year.maxWeeks, long.maxWeeks),
        remainingDays,
        remainingWeeks: Math.min(year.remainingWeeks, long.remainingWeeks),
      };
    },

    waitingPeriodDays: waitingPeriodWithoutWaivers(P.waitingPeriodDays),
  },

  premium: {
    terms(employerSize, ctx) {
      const share = ctx.param(P.employeeContributionShare).value;
      const all = employerSize >= ctx.param(P.allLeaveEmployerSize).value;
      const parental = employerSize >= ctx.param(P.parentalOnlyEmployerSize).value;
      const components = [];
      if (parental)
        components.push({
          name: "parental leave",
          rate: ctx.param(P.parentalContributionRate).value,
          employeeShare: share,
        });
      if (all) {
        components.push({
          name: "medical leave",
          rate: ctx.param(P.medicalContributionRate).value,
          employeeShare: share,
        });
        components.push({
          name: "family caregiving leave",
          rate: ctx.param(P.caregivingContributionRate).value,
          employeeShare: share,
        });
      }
      return {
        components,
        wageCap: ctx.param(socialSecurityWageBase).value,
        employeeYearlyCap: null,
        employerShareRequired: parental,
      };
    },
  },

  proration: null,

  deadlines: { employerResponse: null, appeal: P.appealPeriod },

  parameters: [
    P.maximumWeeklyBenefit,
    P.minimumWeeklyBenefit,
    P.replacementRate,
    P.averageWeeklyWageWeeks,
    P.monthsWithEmployer,
    P.hoursLast12Months,
    P.parentalOnlyEmployerSize,
    P.allLeaveEmployerSize,
    P.parentalWeeks,
    P.medicalWeeks,
    P.caregivingWeeks,
    P.applicationYearWeeks,
    P.medicalAndCaregivingWeeks,
    P.medicalAndCaregivingLookbackMonths,
    P.waitingPeriodDays,
    P.bondingWindowMonths,
    P.medicalContributionRate,
    P.parentalContributionRate,
    P.caregivingContributionRate,
    P.employeeContributionShare,
    socialSecurityWageBase,
    P.appealPeriod,
    P.familyRelationships,
  ],
};
