/**
 * Washington Paid Family and Medical Leave (ESD), RCW Title 50A, WAC Title 192.
 *
 * - Benefits from 2020-01-01. Medical leave (own serious health condition, pregnancy) and family
 *   leave (bonding, care of a family member, military exigency).
 * - Which date selects parameters: the application (claim filing) date. ESD's state AWW and
 *   maximum apply to claims filed from January 1 of the year (WAC 192-610-051(2): "on the date
 *   the calculation is made"); premiums use the date wages are paid.
 * - Qualifying period: the first four of the last five completed quarters before the
 *   application; if the 820-hour test fails there, the last four completed quarters.
 * - AWW: two highest quarters ÷ 26, rounded down to the dollar (WAC 192-610-051(1)).
 * - Benefit: 90% up to half the state AWW + 50% above, rounded down to the dollar
 *   (RCW 50A.15.020(2)(a)); at least $100 (or the full AWW when lower); at most the maximum.
 * - Weeks per claim year: medical 12, family 12, combined 16; +2 medical and combined when a
 *   pregnancy causes incapacity. The claim year runs 52 weeks from the Sunday of the week the
 *   application is filed; earlier leaves (by their start dates) open earlier claim years.
 * - Waiting period: 7 days once per claim year; none for bonding or military exigency, none for
 *   medical leave upon the birth of a child from 2022-06-09; it does not reduce the balance.
 * - Premiums: total rate × wages up to the Social Security base; employee share as published;
 *   employers under 50 employees need not pay the employer share.
 * - Deadlines: employer contest 18 days after notice (RCW 50A.15.050); appeal 30 days
 *   (RCW 50A.50.010). Proration: whole hours claimed ÷ typical weekly hours, at least 8
 *   consecutive hours, rounded down to the dollar.
 */
import { servedEarlierInWindow, waitingPeriod } from "../../waiting-period/waiting-period";
import { date } from "../../core/calendar-date";
import { Rounding } from "../../core/money";
import type { Citation } from "../../core/parameter";
import type { LeaveReason } from "../../core/vocabulary";
import { socialSecurityWageBase } from "../federal-parameters";
import { IneligibleCode, type ProgramDefinition } from "../program";
import {
  type AlternativeBasePeriodSpec,
  hoursOf,
  requireWageQuarters,
  standardOrAlternativeBasePeriod,
} from "../../base-period/steps";
import { averageOfHighestQuarters } from "../../average-weekly-wage/steps";
import { LeaveWindows } from "../../leave-window/steps";
import { ParameterDate } from "../../parameter-date/parameter-date";
import { recordEntitlement } from "../../entitlement/steps";
import { stateAverageOf, stateAverageTwoTierBenefit } from "../../weekly-benefit/steps";
import { thresholdOutcome } from "../../eligibility/steps";
import { PARAMETER_TABLES, SEED_CHART } from "../sources";
import * as P from "./parameters";
import { SELF_EMPLOYED_COVERAGE } from "../../self-employment/coverage";
import { withPresumedSelfEmploymentHours } from "../../self-employment/presumed-hours";

const NAME = "WA PFML";

const RULE_CITES = {
  qualifyingPeriod: [
    {
      title: "Qualifying period",
      section: "RCW 50A.05.010; RCW 50A.15.010; WAC 192-530-030",
      file: `${SEED_CHART}:3130-3136`,
      grade: "B",
    },
  ],
  weeklyBenefit: [
    {
      title: "How is the weekly benefit calculated?",
      section: "WAC 192-610-051",
      href: "https://app.leg.wa.gov/WAC/default.aspx?cite=192-610-051",
      grade: "A",
    },
    {
      title: "Benefit amounts rounded down to the dollar",
      section: "RCW 50A.15.020(2)(a)",
      href: "https://app.leg.wa.gov/RCW/default.aspx?cite=50A.15&full=true",
      grade: "A",
    },
  ],
  claimYear: [
    {
      title: "Claim year: 52 weeks from the Sunday of the week the application is filed",
      section: "RCW 50A.15.065; WAC 192-500-070",
      file: `${SEED_CHART}:3338`,
      grade: "B",
    },
  ],
  waitingPeriod: [
    {
      title: "Waiting period and its exceptions",
      section: "RCW 50A.15.020(1)(a); WAC 192-500-185",
      href: "https://app.leg.wa.gov/RCW/default.aspx?cite=50A.15&full=true",
      grade: "A",
    },
  ],
  duration: [
    {
      title: "Maximum duration per claim year",
      section: "RCW 50A.15.020(3); WAC 192-620-026",
      file: `${SEED_CHART}:3269-3283`,
      grade: "B",
    },
  ],
  parameterDate: [
    {
      title: 'State AWW "on the date the calculation is made"',
      section: "WAC 192-610-051(2)",
      href: "https://app.leg.wa.gov/WAC/default.aspx?cite=192-610-051",
      grade: "A",
    },
    { title: "ESD publishes the state AWW for claims from January 1", file: `${PARAMETER_TABLES}:35`, grade: "A" },
  ],
  proration: [
    {
      title: "Proration by hours; hours and benefits rounded down; 8-hour minimum claim",
      section: "RCW 50A.15.020(2); WAC 192-620-035",
      href: "https://apps.leg.wa.gov/wac/default.aspx?cite=192-620-035",
      grade: "A",
    },
  ],
} as const satisfies Record<string, readonly Citation[]>;

/** The 820-hour test decides between the standard and the alternative qualifying period. */
const QUALIFYING_PERIOD: AlternativeBasePeriodSpec<number> = {
  requirement: (ctx) => ctx.param(P.qualifyingHours).value,
  qualifies: (period, hours) => hoursOf(period, NAME) >= hours,
  cite: RULE_CITES.qualifyingPeriod,
  alternativeNote:
    "The standard qualifying period has fewer hours than required, so the last four completed quarters are tried.",
};

const NO_WAITING_REASONS: ReadonlySet<LeaveReason> = new Set<LeaveReason>(["BONDING", "MILITARY_EXIGENCY"]);

export const waPfml: ProgramDefinition = {
  jurisdiction: "WA",
  code: "PFML",
  name: "Washington Paid Family and Medical Leave",
  agency: "Employment Security Department (ESD)",
  firstBenefitDate: date("2020-01-01"),
  coveredLeaveReasons: ["OWN_HEALTH", "PREGNANCY", "BONDING", "FAMILY_CARE", "MILITARY_EXIGENCY"],
  familyRelationships: P.familyRelationships,

  benefit: {
    leaveWindow: LeaveWindows.forwardYear("applicationDate", {
      length: "weeks-52",
      startOnSunday: true,
      label: "claim year (52 weeks from the Sunday of the application week)",
    }),

    parameterDate: ParameterDate.applicationDate("application (claim filing) date", RULE_CITES.parameterDate),

    measureWages(request, ctx) {
      const records = withPresumedSelfEmploymentHours(
        ctx,
        requireWageQuarters(request, NAME),
        P.stateMinimumWage,
        SELF_EMPLOYED_COVERAGE["WA-PFML"]!.cite,
      );
      const period = standardOrAlternativeBasePeriod(ctx, records, request.applicationDate, QUALIFYING_PERIOD);
      const quarters = ctx.param(P.averageWeeklyWageQuarters);
      const averageWeeklyWage = averageOfHighestQuarters(
        ctx,
        period,
        quarters.value,
        quarters.use,
        Rounding.DOWN_DOLLAR,
        RULE_CITES.weeklyBenefit,
      );
      return { source: "wage-records", basePeriod: period, averageWeeklyWage };
    },

    stateAverageWeeklyWage: stateAverageOf(P.stateAverageWeeklyWage),

    weeklyBenefit: stateAverageTwoTierBenefit({
      stateAverageWeeklyWage: P.stateAverageWeeklyWage,
      breakpointShare: P.tierBreakpointShare,
      lowerTierRate: P.lowerTierRate,
      upperTierRate: P.upperTierRate,
      // $100, or the employee's full AWW when that is less.
      minimum: P.minimumWeeklyBenefit,
      minimumAtMostAww: true,
      maximum: P.maximumWeeklyBenefit,
      rounding: Rounding.DOWN_DOLLAR,
      cite: RULE_CITES.weeklyBenefit,
    }),

    eligibilityTests: [
      {
        id: "qualifying-hours",
        kind: "wages",
        what: "At least the minimum hours worked in the qualifying period",
        run({ wages }, ctx) {
          const required = ctx.param(P.qualifyingHours);
          const period = wages.basePeriod;
          const hours = period === null ? 0 : hoursOf(period, NAME);
          return thresholdOutcome(
            ctx,
            "eligibility-hours",
            "Hours worked in the qualifying period must reach the required hours",
            hours,
            required.value,
            [required.use],
            IneligibleCode.INSUFFICIENT_HOURS,
            () => `Fewer than ${required.value} hours in the qualifying period (worked ${hours})`,
            RULE_CITES.qualifyingPeriod,
          );
        },
      },
    ],

    entitlement(request, window, ctx) {
      const medical = ctx.param(P.medicalLeaveWeeks);
      const family = ctx.param(P.familyLeaveWeeks);
      const combined = ctx.param(P.combinedLeaveWeeks);
      const extension = ctx.param(P.pregnancyExtensionWeeks);
      return recordEntitlement(
        ctx,
        request,
        window,
        {
          buckets: [
            { id: "medical", reasons: ["OWN_HEALTH", "PREGNANCY"], weeks: medical.value },
            { id: "family", reasons: ["BONDING", "FAMILY_CARE", "MILITARY_EXIGENCY"], weeks: family.value },
          ],
          combinedWeeks: combined.value,
          pregnancyExtensionWeeks: extension.value,
        },
        [medical.use, family.use, combined.use, extension.use],
        RULE_CITES.duration,
        "Prior leave counts by calendar days inside the claim year; its start date stands in for the filing date of the application that opened an earlier claim year.",
      );
    },

    waitingPeriodDays(request, window, ctx) {
      const days = ctx.param(P.waitingPeriodDays);
      const birthWaiver = ctx.paramAt(P.birthMedicalLeaveWaitingWaived, request.leaveStartDate);
      const birth = request.birthOrPlacementDate;
      const result = waitingPeriod(days.value, [
        {
          applies: NO_WAITING_REASONS.has(request.leaveReason),
          because: "no waiting period for bonding or military exigency leave",
        },
        {
          applies:
            request.leaveReason === "PREGNANCY" &&
            birthWaiver.value &&
            birth !== null &&
            birth <= request.leaveStartDate,
          because: "no waiting period for medical leave upon the birth of a child",
        },
        {
          applies: servedEarlierInWindow(request.priorLeave, window, (reason) => !NO_WAITING_REASONS.has(reason)),
          because: "the waiting period was already served once in this claim year",
        },
      ]);
      ctx.step({
        step: "waiting-period",
        what: "Waiting period: the program's first consecutive days of leave are unpaid, once per claim year, unless waived",
        inputs: { leaveReason: request.leaveReason, birthOrPlacementDate: birth, claimYearStart: window.start },
        parameters: [days.use, birthWaiver.use],
        result: result.days,
        cite: RULE_CITES.waitingPeriod,
        note: result.waivedBecause ?? "The waiting period does not reduce the maximum duration of leave.",
      });
      return result.days;
    },
  },

  premium: {
    terms(employerSize, ctx) {
      const rate = ctx.param(P.premiumRate).value;
      const employeeShare = ctx.param(P.employeePremiumShare).value;
      const smallBelow = ctx.param(P.smallEmployerThreshold).value;
      return {
        components: [{ name: "family and medical leave premium", rate, employeeShare }],
        wageCap: ctx.param(socialSecurityWageBase).value,
        employeeYearlyCap: null,
        employerShareRequired: employerSize >= smallBelow,
      };
    },
  },

  proration: {
    basis: "hours",
    rounding: Rounding.DOWN_DOLLAR,
    wholeHoursOnly: true,
    minimumClaim: P.minimumClaimHours,
    cite: RULE_CITES.proration,
  },

  deadlines: { employerResponse: P.employerResponseDays, appeal: P.appealPeriod },

  parameters: [
    P.stateAverageWeeklyWage,
    P.maximumWeeklyBenefit,
    P.minimumWeeklyBenefit,
    P.lowerTierRate,
    P.upperTierRate,
    P.tierBreakpointShare,
    P.averageWeeklyWageQuarters,
    P.qualifyingHours,
    P.medicalLeaveWeeks,
    P.familyLeaveWeeks,
    P.combinedLeaveWeeks,
    P.pregnancyExtensionWeeks,
    P.waitingPeriodDays,
    P.birthMedicalLeaveWaitingWaived,
    P.premiumRate,
    P.employeePremiumShare,
    P.smallEmployerThreshold,
    socialSecurityWageBase,
    P.employerResponseDays,
    P.appealPeriod,
    P.minimumClaimHours,
    P.familyRelationships,
    P.stateMinimumWage,
  ],
};
