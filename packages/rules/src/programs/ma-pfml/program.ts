/**
 * Massachusetts Paid Family and Medical Leave (DFML), M.G.L. c.175M, 458 CMR 2.00.
 *
 * - Benefits from 2021-01-01. Medical leave (own serious health condition, pregnancy); family
 *   leave (bonding, family care, military exigency; covered-servicemember care).
 * - Which date selects parameters: the benefit-year start date — the Sunday on or before the
 *   first day of leave that opened the benefit year (DFML applies the SAWW "by benefit-year
 *   start date"; MA's own system picks the latest metric effective on or before it).
 * - Base period: the last four completed quarters before the application.
 * - Individual AWW: two highest quarters ÷ 26, or the highest quarter ÷ 13 when wages fall in
 *   no more than two quarters; rounded up to the dollar (G.L. c.151A §1(w)).
 * - Benefit: 80% up to half the SAWW + 50% above, capped at the maximum (64% SAWW; $850
 *   through 2021); rounded to the cent, halves up (our reading: the published maxima and
 *   mass.gov's $384.62 example are half-up cents). No minimum.
 * - Financial eligibility: base-period wages ≥ the unemployment minimum earnings and
 *   ≥ 30 × the weekly benefit (DFML practice; the statute's 30 × UI rate is disputed).
 * - Weeks per benefit year: medical 20, family 12, servicemember care 26, combined 26.
 * - Waiting period: 7 days for each leave for a different reason in the benefit year; none for
 *   bonding that immediately follows the birthing parent's pregnancy leave. It counts toward
 *   the entitlement.
 * - Premiums: medical part (employee ≤ 40%) + family part (employee up to all), wages up to
 *   the Social Security base; under 25 covered individuals: no employer share.
 * - Deadlines: employer response 10 business days (MA holidays); appeal 10 calendar days.
 */
import { BasePeriodRules } from "../../base-period/base-period";
import { servedEarlierInWindow, waitingPeriod } from "../../waiting-period/waiting-period";
import { addDays, date } from "../../core/calendar-date";
import { Rounding, ZERO } from "../../core/money";
import type { Citation } from "../../core/parameter";
import { socialSecurityWageBase } from "../federal-parameters";
import { IneligibleCode, type ProgramDefinition } from "../program";
import { averageOfHighestQuarters } from "../../average-weekly-wage/steps";
import { collectAndRecordBasePeriod, requireWageQuarters } from "../../base-period/steps";
import { LeaveWindows } from "../../leave-window/steps";
import { ParameterDate } from "../../parameter-date/parameter-date";
import { recordEntitlement } from "../../entitlement/steps";
import { stateAverageOf, stateAverageTwoTierBenefit } from "../../weekly-benefit/steps";
import { thresholdOutcome } from "../../eligibility/steps";
import { PARAMETER_TABLES, SEED_CHART } from "../sources";
import * as P from "./parameters";

const NAME = "MA PFML";

const RULE_CITES = {
  basePeriod: [
    {
      title: "mass.gov: benefit calculations use the last 4 completed quarters",
      href: "https://www.mass.gov/info-details/important-guidance-on-benefit-calculations-and-application-ownership",
      grade: "A",
    },
  ],
  averageWeeklyWage: [
    {
      title: "Mass Legal Services: individual AWW (G.L. c.151A §1(w)), rounded up to the dollar",
      section: "G.L. c.151A §1(w)",
      href: "https://www.masslegalservices.org/content/9-predicting-how-much-weekly-benefit-amount-will-be",
      grade: "B",
    },
    {
      title: "AWW is 1/26 of wages in the highest 2 quarters",
      section: "M.G.L. 175M §3; 458 CMR 2.12",
      file: `${SEED_CHART}:4092`,
      grade: "B",
    },
  ],
  weeklyBenefit: [
    {
      title: "mass.gov: How PFML weekly benefit amounts are calculated",
      section: "M.G.L. c.175M §3",
      href: "https://www.mass.gov/info-details/how-pfml-weekly-benefit-amounts-are-calculated",
      grade: "A",
    },
  ],
  financialEligibility: [
    {
      title: "Financial eligibility test",
      section: "M.G.L. 175M §1; 458 CMR 2.02",
      file: `${SEED_CHART}:3980-3991`,
      grade: "B",
    },
  ],
  benefitYear: [
    {
      title: "Benefit year: 52 weeks from the Sunday before the first day of leave",
      section: "M.G.L. 175M §1; 458 CMR 2",
      file: `${SEED_CHART}:4188-4192`,
      grade: "B",
    },
  ],
  duration: [
    {
      title: "Maximum duration of benefits",
      section: "M.G.L. 175M §2(c)(1); 458 CMR 2.08(8)",
      file: `${SEED_CHART}:4120-4133`,
      grade: "B",
    },
  ],
  waitingPeriod: [
    {
      title: "Waiting period",
      section: "M.G.L. 175M §§3(a), 2(c)(1); 458 CMR 2.12(7)",
      file: `${SEED_CHART}:4042-4057`,
      grade: "B",
    },
  ],
  parameterDate: [
    { title: "SAWW applies by benefit-year start date", file: `${PARAMETER_TABLES}:95`, grade: "A" },
    {
      title: "MA PFML system: state metric picked as of the benefit-year start",
      file: "shared/reference/peers/massachusetts-pfml-system.md:152",
      grade: "B",
    },
  ],
  proration: [
    {
      title: "Intermittent or reduced schedule: benefit prorated",
      section: "M.G.L. 175M §3; 458 CMR 2.12",
      file: `${SEED_CHART}:4108`,
      grade: "B",
    },
  ],
} as const satisfies Record<string, readonly Citation[]>;

export const maPfml: ProgramDefinition = {
  jurisdiction: "MA",
  code: "PFML",
  name: "Massachusetts Paid Family and Medical Leave",
  agency: "Department of Family and Medical Leave (DFML)",
  firstBenefitDate: date("2021-01-01"),
  coveredLeaveReasons: ["OWN_HEALTH", "PREGNANCY", "BONDING", "FAMILY_CARE", "MILITARY_EXIGENCY", "MILITARY_CAREGIVER"],
  familyRelationships: P.familyRelationships,

  benefit: {
    leaveWindow: LeaveWindows.forwardYear("leaveStartDate", {
      length: "weeks-52",
      startOnSunday: true,
      label: "benefit year (52 weeks from the Sunday on or before the first day of leave)",
    }),

    parameterDate: ParameterDate.windowStart("benefit-year start date", RULE_CITES.parameterDate),

    measureWages(request, ctx) {
      const records = requireWageQuarters(request, NAME);
      const period = collectAndRecordBasePeriod(
        ctx,
        records,
        BasePeriodRules.LAST_FOUR_COMPLETED,
        request.applicationDate,
        "standard",
        RULE_CITES.basePeriod,
      );
      const usual = ctx.param(P.averageWeeklyWageQuarters);
      const few = ctx.param(P.fewQuartersRule);
      const fewQuarters = period.quartersWithWages <= few.value.quartersWithWagesAtMost;
      const averageWeeklyWage = averageOfHighestQuarters(
        ctx,
        period,
        fewQuarters ? few.value.quartersUsed : usual.value,
        fewQuarters ? few.use : usual.use,
        Rounding.UP_DOLLAR,
        RULE_CITES.averageWeeklyWage,
        fewQuarters ? "Wages fall in no more than two quarters, so the highest quarter ÷ 13 is used." : undefined,
      );
      return { source: "wage-records", basePeriod: period, averageWeeklyWage };
    },

    stateAverageWeeklyWage: stateAverageOf(P.stateAverageWeeklyWage),

    weeklyBenefit: stateAverageTwoTierBenefit({
      stateAverageWeeklyWage: P.stateAverageWeeklyWage,
      breakpointShare: P.tierBreakpointShare,
      lowerTierRate: P.lowerTierRate,
      upperTierRate: P.upperTierRate,
      minimum: null,
      maximum: P.maximumWeeklyBenefit,
      rounding: Rounding.HALF_UP_CENT,
      cite: RULE_CITES.weeklyBenefit,
      note: "Rounding to the cent halves up is this engine's reading: the statute is silent; DFML's published maxima and mass.gov's examples round half up.",
    }),

    eligibilityTests: [
      {
        id: "minimum-earnings",
        kind: "wages",
        what: "Base-period wages at least the unemployment minimum earnings",
        run({ wages }, ctx) {
          const minimum = ctx.param(P.minimumBasePeriodEarnings);
          const total = wages.basePeriod?.totalWages;
          return thresholdOutcome(
            ctx,
            "eligibility-minimum-earnings",
            "Base-period wages must reach the minimum earnings amount",
            total ?? ZERO,
            minimum.value,
            [minimum.use],
            IneligibleCode.INSUFFICIENT_WAGES,
            () => `Base-period wages are below the minimum of ${minimum.value.toFixed(2)}`,
            RULE_CITES.financialEligibility,
          );
        },
      },
      {
        id: "benefit-multiple",
        kind: "wages",
        what: "Base-period wages at least the multiple of the weekly benefit",
        run({ wages, weeklyBenefit }, ctx) {
          const multiple = ctx.param(P.benefitMultiple);
          const required = weeklyBenefit.times(multiple.value);
          const total = wages.basePeriod?.totalWages;
          return thresholdOutcome(
            ctx,
            "eligibility-benefit-multiple",
            "Base-period wages must be at least the multiple of the weekly benefit",
            total ?? ZERO,
            required,
            [multiple.use],
            IneligibleCode.WAGES_BELOW_BENEFIT_MULTIPLE,
            () =>
              `Base-period wages are below ${multiple.value.toString()} × the weekly benefit (${required.toFixed(2)})`,
            RULE_CITES.financialEligibility,
          );
        },
      },
    ],

    entitlement(request, window, ctx) {
      const medical = ctx.param(P.medicalLeaveWeeks);
      const family = ctx.param(P.familyLeaveWeeks);
      const servicemember = ctx.param(P.servicememberCareWeeks);
      const combined = ctx.param(P.combinedLeaveWeeks);
      return recordEntitlement(
        ctx,
        request,
        window,
        {
          buckets: [
            { id: "medical", reasons: ["OWN_HEALTH", "PREGNANCY"], weeks: medical.value },
            { id: "family", reasons: ["BONDING", "FAMILY_CARE", "MILITARY_EXIGENCY"], weeks: family.value },
            { id: "servicemember-care", reasons: ["MILITARY_CAREGIVER"], weeks: servicemember.value },
          ],
          combinedWeeks: combined.value,
        },
        [medical.use, family.use, servicemember.use, combined.use],
        RULE_CITES.duration,
        "The 7-day waiting period counts toward these weeks.",
      );
    },

    waitingPeriodDays(request, window, ctx) {
      const days = ctx.param(P.waitingPeriodDays);
      const dayBefore = addDays(request.leaveStartDate, -1);
      const result = waitingPeriod(days.value, [
        {
          applies:
            request.leaveReason === "BONDING" &&
            request.priorLeave.some((l) => l.leaveReason === "PREGNANCY" && l.endDate === dayBefore),
          because: "bonding leave immediately follows the birthing parent's pregnancy leave",
        },
        {
          applies: servedEarlierInWindow(request.priorLeave, window, (reason) => reason === request.leaveReason),
          because: "a waiting period was already served for this reason in the benefit year",
        },
      ]);
      ctx.step({
        step: "waiting-period",
        what: "Waiting period: the program's first calendar days of each leave for a different reason in the benefit year are unpaid",
        inputs: { leaveReason: request.leaveReason, benefitYearStart: window.start },
        parameters: [days.use],
        result: result.days,
        cite: RULE_CITES.waitingPeriod,
        note: result.waivedBecause ?? "The waiting period counts toward the leave entitlement.",
      });
      return result.days;
    },
  },

  premium: {
    terms(employerSize, ctx) {
      return {
        components: [
          {
            name: "medical leave",
            rate: ctx.param(P.medicalPremiumRate).value,
            employeeShare: ctx.param(P.medicalEmployeeShare).value,
          },
          {
            name: "family leave",
            rate: ctx.param(P.familyPremiumRate).value,
            employeeShare: ctx.param(P.familyEmployeeShare).value,
          },
        ],
        wageCap: ctx.param(socialSecurityWageBase).value,
        employeeYearlyCap: null,
        employerShareRequired: employerSize >= ctx.param(P.smallEmployerThreshold).value,
      };
    },
  },

  proration: {
    basis: "hours",
    rounding: Rounding.HALF_UP_CENT,
    wholeHoursOnly: false,
    minimumClaim: null,
    cite: RULE_CITES.proration,
  },

  deadlines: { employerResponse: P.employerResponsePeriod, appeal: P.appealPeriod },

  parameters: [
    P.stateAverageWeeklyWage,
    P.maximumWeeklyBenefit,
    P.lowerTierRate,
    P.upperTierRate,
    P.tierBreakpointShare,
    P.averageWeeklyWageQuarters,
    P.fewQuartersRule,
    P.minimumBasePeriodEarnings,
    P.benefitMultiple,
    P.medicalLeaveWeeks,
    P.familyLeaveWeeks,
    P.servicememberCareWeeks,
    P.combinedLeaveWeeks,
    P.waitingPeriodDays,
    P.medicalPremiumRate,
    P.familyPremiumRate,
    P.medicalEmployeeShare,
    P.familyEmployeeShare,
    P.smallEmployerThreshold,
    socialSecurityWageBase,
    P.employerResponsePeriod,
    P.appealPeriod,
    P.familyRelationships,
  ],
};
