/**
 * Puerto Rico Non-Occupational Temporary Disability Insurance (SINOT), Act 139-1968,
 * 11 L.P.R.A. §201 et seq.: every figure the rules use, dated and cited. Sources:
 * shared/reference/parameters.md §17 (Q1–Q4 with grades), the seed chart
 * shared/seeds/003_55eae632d3b6e248.txt (PR, lines 3819–3925) and 11 L.P.R.A. §203.
 * No change was found for 2020–2026; earlier years were not compiled.
 */
import { type Money, money } from "../../core/money";
import { type Citation, defineParameter } from "../../core/parameter";
import type { FamilyRelationship } from "../../core/vocabulary";
import { beforeCompiledFigures, parameterTables, seedChart } from "../sources";

const VERIFIED = "2026-11-21";

const Q = {
  q1: {
    title: "MetLife: Puerto Rico disability (as of 2024-04-08)",
    href: "https://www.metlife.com/insurance/disability-insurance/paid-family-medical-leave/states/puerto-rico/",
    grade: "B",
  },
  q2: {
    title: "Lincoln Financial: Puerto Rico",
    href: "https://www.lfg.com/public/industryprofessional/employeebenefits/benefitsolutions/paidfamilyleave/puertorico",
    grade: "B",
  },
  q3: {
    title: "Prudential: Puerto Rico statutory paid leave (as of 1/1/2022)",
    href: "https://www.prudential.com/employers/group-insurance/statutory-paid-leaves/puerto-rico",
    grade: "B",
  },
  q4: {
    title: "Older summary (weak)",
    href: "https://survivorshipatoz.org/breastcancer/topics/short-term-disability-income-state-programs/?sid=888",
    grade: "C",
  },
  s203: {
    title:
      "Pago de beneficios: insured worker with $150 in the base year (first 4 of the last 5 quarters before filing); from the 8th day; at most 26 weeks per period of disability and per 52 weeks; recurrences within 90 days are one period",
    section: "11 L.P.R.A. §203(b)-(c)",
    href: "https://instalawyer.io/laws/2020-laws-of-puerto-rico/203-pago-de-beneficios",
    grade: "A",
  },
} as const satisfies Record<string, Citation>;

const ref = parameterTables("§17 Puerto Rico SINOT");

const BEFORE_DATA = beforeCompiledFigures(
  ref(698, "B"),
  "the reference data covers 2020–2026; earlier Puerto Rico figures were not compiled",
);

export const weeklyBenefitSchedule = defineParameter<string>({
  id: "pr-sinot.weekly-benefit-schedule",
  label: "PR SINOT weekly benefit schedule (by base-year wages)",
  description:
    "The statutory schedule that sets the weekly benefit from base-year wages (11 L.P.R.A. §203(d)), between the minimum and maximum.",
  unit: "rule",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "1970-01-01",
      unknown: "not-published",
      cite: [
        seedChart("3870-3876", "$12–$113 per week, based on statutory schedule and base year earnings"),
        ref(704, "B"),
        {
          title: "Values not in any document: the PR benefit schedule",
          file: "shared/reference/rules-from-seeds.md:613",
          grade: "B",
        },
      ],
      note: "the schedule itself is not in the reference documents, so no weekly benefit can be computed",
    },
  ],
});

export const minimumWeeklyBenefit = defineParameter<Money>({
  id: "pr-sinot.minimum-weekly-benefit",
  label: "PR SINOT minimum weekly benefit",
  description: "The least weekly benefit on the schedule.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("12"),
      cite: [Q.q1, Q.q3, ref(704, "B"), seedChart("3872-3873", "$12-$113 per week")],
    },
  ],
});

export const maximumWeeklyBenefit = defineParameter<Money>({
  id: "pr-sinot.maximum-weekly-benefit",
  label: "PR SINOT maximum weekly benefit (non-agricultural)",
  description:
    "The most the schedule pays a non-agricultural worker a week ($55 for agricultural workers, not modelled).",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("113"),
      cite: [Q.q1, Q.q3, ref(705, "B"), seedChart("3873", "non-agricultural worker: $12-$113 per week")],
    },
  ],
});

export const minimumBaseYearWages = defineParameter<Money>({
  id: "pr-sinot.minimum-base-year-wages",
  label: "PR SINOT wages needed in the base year",
  description: "An insured worker has at least these wages in covered employment in the base year.",
  unit: "USD",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("150"),
      cite: [
        Q.s203,
        seedChart("3850-3852", "wages of at least $150 in a covered employment during his base year"),
        Q.q3,
        ref(708, "B"),
      ],
      note: "An older summary's extra $37.50 high-quarter test (Q4, grade C) is not used.",
    },
  ],
});

export const disabilityWeeks = defineParameter<number>({
  id: "pr-sinot.disability-weeks",
  label: "PR SINOT weeks per period of disability and per 52 weeks",
  description: "Caps benefits at this many weeks in any period of disability and in any 52 consecutive weeks.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 26,
      cite: [
        Q.s203,
        seedChart("3878-3895", "26 weeks of paid benefit; 26 paid weeks per 52 consecutive weeks"),
        ref(706, "B"),
      ],
    },
  ],
});

export const waitingPeriodDays = defineParameter<number>({
  id: "pr-sinot.waiting-period-days",
  label: "PR SINOT waiting period",
  description:
    "Benefits are paid from the eighth day of disability, or from the first day when the worker is hospitalised within the first 7 days.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 7,
      cite: [
        Q.s203,
        seedChart("3858-3860", "paid on the 8th day, unless hospitalized within the first 7 days"),
        Q.q3,
        ref(707, "B"),
      ],
    },
  ],
});

export const relapseDays = defineParameter<number>({
  id: "pr-sinot.relapse-days",
  label: "PR SINOT days within which a recurrence is the same period",
  description:
    "A recurrence of the same illness or injury within this many days is the same period of disability (no new waiting period once served).",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    { from: "2020-01-01", value: 90, cite: [Q.s203, seedChart("3862-3864", "recurrent if within 90 days")] },
  ],
});

export const contributionRate = defineParameter<Money>({
  id: "pr-sinot.contribution-rate",
  label: "PR SINOT total contribution rate",
  description:
    "Sets the SINOT contribution as a share of the first part of the year's wages; the employee may be charged up to half.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("0.006"),
      cite: [seedChart("3866-3868", "0.60% of the employee's first $9,000"), Q.q1, Q.q2, ref(702, "B")],
    },
  ],
});

export const employeeShare = defineParameter<Money>({
  id: "pr-sinot.employee-share",
  label: "PR SINOT most of the contribution charged to the employee",
  description:
    "The employee's contribution may not exceed 0.30% of wages, half of the total rate (the employer may pay all of it).",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("0.5"),
      cite: [seedChart("3868", "the employee's contribution may not exceed .30%"), Q.q1, ref(702, "B")],
      note: 'LFG\'s "$54" maximum is the combined 0.6% × $9,000; the employee share is at most $27 (contradictions note 16).',
    },
  ],
});

export const wageBase = defineParameter<Money>({
  id: "pr-sinot.wage-base",
  label: "PR SINOT yearly wage base",
  description: "Caps the wages in a calendar year on which the contribution is due.",
  unit: "USD/year",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("9000"),
      cite: [seedChart("3868", "first $9,000 of annual earnings"), Q.q1, Q.q2, ref(702, "B")],
    },
  ],
});

export const familyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "pr-sinot.family-relationships",
  label: "PR SINOT family members",
  description: "SINOT covers the worker's own non-occupational disability only.",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "1970-01-01",
      value: [],
      cite: [seedChart("3854-3856", "non-work-related injury or illness, or pregnancy")],
    },
  ],
});
