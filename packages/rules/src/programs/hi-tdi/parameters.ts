/**
 * Hawaii Temporary Disability Insurance (TDI): every figure the rules use, dated and cited.
 * Sources: shared/reference/parameters.md §14 (H1–H9 with grades), the seed chart
 * shared/seeds/003_55eae632d3b6e248.txt (HI, lines 1781–1957) and the Colorado Legislative
 * Council memo (shared/seeds/001_fe959d5805562ed4.txt:92–108). Figures apply to disabilities
 * beginning in the calendar year.
 */
import type { DeadlinePeriod } from "../../deadlines/business-days";
import { type Money, money } from "../../core/money";
import { type Citation, defineParameter } from "../../core/parameter";
import type { FamilyRelationship } from "../../core/vocabulary";
import { beforeCompiledFigures, coloradoMemo, parameterTables, seedChart } from "../sources";

const VERIFIED = "2026-11-21";

const H = {
  h1: {
    title:
      "Weekly benefit amount: 58% of AWW rounded up; AWW under $26 paid in full up to $14; wages above the weekly wage base excluded",
    section: "HRS §392-22",
    href: "https://instalawyer.io/laws/hawaii-revised-statutes/392-22-weekly-benefit-amount",
    grade: "A",
  },
  h2: {
    title: "Lincoln Financial: Hawaii TDI",
    href: "https://www.lfg.com/public/industryprofessional/employeebenefits/benefitsolutions/paidfamilyleave/hawaii",
    grade: "B",
  },
  h3: {
    title: "Garbled snippet (weak)",
    href: "https://aboutinscotland.com/hi-tdi-max-weekly-benefit-2021/32638191",
    grade: "C",
  },
  h4: {
    title: "ESandA (quoting the DLIR notice): HR checklist for 2022",
    href: "https://www.esandalaw.com/news-and-information/hr-checklist-for-2022-hr-operations/",
    grade: "B",
    publishedOn: "2021-12-23",
  },
  h5: {
    title: "ESandA: HR checklist for 2023",
    href: "https://www.esandalaw.com/news-and-information/news/hr-checklist-for-2023-hr-operations/",
    grade: "B",
    publishedOn: "2022-12-27",
  },
  h6: {
    title: "Larkin: law changes, Hawaii (12/04/2024)",
    href: "https://thelarkincompany.com/law-changes/hawaii",
    grade: "B",
  },
  h7: {
    title: "Bloomberg Tax: Hawaii 2025 temporary disability rate and wage base",
    href: "https://news.bloombergtax.com/payroll/hawaii-releases-2025-temporary-disability-rate-wage-base",
    grade: "B",
  },
  h8: {
    title: "ESandA (quoting DLIR 12/10/2025): 2026 checklist",
    href: "https://www.esandalaw.com/?p=1916",
    grade: "B",
  },
  h9: {
    title: "Colonial Life: Hawaii paid leave",
    href: "https://coloniallife.com/paid-leave-laws/hawaii",
    grade: "B",
  },
} as const satisfies Record<string, Citation>;

const ref = parameterTables("§14 Hawaii TDI");

const BEFORE_DATA = beforeCompiledFigures(
  ref(624, "B"),
  "the reference data starts in 2020; earlier Hawaii figures were not compiled",
);

export const weeklyWageBase = defineParameter<Money>({
  id: "hi-tdi.weekly-wage-base",
  label: "HI maximum weekly wage base",
  description:
    "Wages above this in a week are left out of the AWW the benefit is computed from (so the maximum is 58% of it, rounded up).",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    { from: "2020-01-01", value: money("1119.44"), cite: [H.h2, ref(635, "B")] },
    { from: "2021-01-01", unknown: "not-published", cite: [ref(636, "B")], note: "not found" },
    { from: "2022-01-01", value: money("1200.30"), cite: [H.h4, ref(637, "B")] },
    { from: "2023-01-01", value: money("1318.48"), cite: [H.h5, ref(638, "B")] },
    { from: "2024-01-01", value: money("1374.78"), cite: [H.h6, ref(639, "B")] },
    { from: "2025-01-01", value: money("1441.72"), cite: [H.h6, H.h7, ref(640, "B")] },
    { from: "2026-01-01", value: money("1500.21"), cite: [H.h8, ref(641, "B")] },
  ],
});

export const maximumWeeklyBenefit = defineParameter<Money>({
  id: "hi-tdi.maximum-weekly-benefit",
  label: "HI TDI maximum weekly benefit",
  description:
    "Caps the weekly benefit for disabilities beginning in the calendar year (58% of the weekly wage base, rounded up).",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("650"),
      cite: [
        coloradoMemo("104", "for 2020, the weekly benefit amount is capped at $650"),
        seedChart("1949", "58% of AWW, maximum of $650 per week (2020)"),
        ref(635, "D"),
      ],
    },
    {
      from: "2021-01-01",
      unknown: "unverified",
      value: money("640"),
      cite: [H.h3, ref(636, "C")],
      note: "only a garbled snippet gives $640; the wage base was not found either",
    },
    {
      from: "2022-01-01",
      value: money("697"),
      cite: [seedChart("1845", "as of January 1, 2022: maximum of $697 per week"), ref(637, "D")],
    },
    {
      from: "2023-01-01",
      value: money("765"),
      cite: [H.h5, ref(638, "B"), seedChart("1847", "as of January 1, 2023: maximum of $765 per week")],
    },
    { from: "2024-01-01", value: money("798"), cite: [H.h6, ref(639, "B")] },
    { from: "2025-01-01", value: money("837"), cite: [H.h6, H.h7, ref(640, "B")] },
    { from: "2026-01-01", value: money("871"), cite: [H.h8, ref(641, "B")] },
  ],
});

export const replacementRate = defineParameter<Money>({
  id: "hi-tdi.replacement-rate",
  label: "HI TDI share of the AWW replaced",
  description:
    "Pays this share of the average weekly wage (wages above the weekly wage base excluded), rounded up to the next dollar.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("0.58"),
      cite: [
        H.h1,
        ref(628, "A"),
        seedChart("1843-1847", "58% of employee's average weekly wage"),
        coloradoMemo("104", "58 percent of their average weekly wage"),
      ],
    },
  ],
});

export const lowWageLimit = defineParameter<Money>({
  id: "hi-tdi.low-wage-limit",
  label: "HI TDI AWW under which the benefit is the AWW",
  description: "An AWW under this amount is paid in full, up to the low-wage benefit cap.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  values: [BEFORE_DATA, { from: "2020-01-01", value: money("26"), cite: [H.h1, ref(627, "A")] }],
});

export const lowWageBenefitCap = defineParameter<Money>({
  id: "hi-tdi.low-wage-benefit-cap",
  label: "HI TDI most paid to an AWW under the low-wage limit",
  description: "The benefit for an AWW under the low-wage limit is the AWW, but no more than this.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  values: [BEFORE_DATA, { from: "2020-01-01", value: money("14"), cite: [H.h1, ref(627, "A")] }],
});

export const disabilityWeeks = defineParameter<number>({
  id: "hi-tdi.disability-weeks",
  label: "HI TDI weeks per benefit year",
  description: "Caps benefits at this many weeks (after the waiting period) in a benefit year.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 26,
      cite: [
        seedChart("1851-1853", "26 weeks following expiration of the 7-day waiting period"),
        coloradoMemo("102", "up to 26 weeks of leave per year"),
        H.h9,
        ref(647, "B"),
      ],
    },
  ],
});

/** HAR §12-11-46 and HRS §392-7: how the AWW is measured. */
export const AWW_RULE_CITES: readonly Citation[] = [
  {
    title:
      "Average weekly wage of a non-salaried employee: total wages with the last employer for the eight weeks (or portion) immediately preceding and including the last day worked before the disability, divided by the number of those weeks; commissions or piece-work: the 52 weeks before the disability",
    section: "HAR §12-11-46",
    href: "https://print.casetext.com/regulation/hawaii-administrative-rules/title-12-department-of-labor-and-industrial-relations/chapter-11-temporary-disability-insurance/subchapter-3-benefits-and-claims-procedures/section-12-11-46-average-weekly-wage",
    grade: "A",
  },
  {
    title:
      "Average weekly wage: based on the wages the employee would receive but for the disability; a salaried employee's is the weekly salary of the last week before the disability",
    section: "HRS §392-7",
    href: "https://self-law.org/code/hi/chapter-392/392-7",
    grade: "A",
  },
];

export const averageWeeklyWageWeeks = defineParameter<number>({
  id: "hi-tdi.average-weekly-wage-weeks",
  label: "HI TDI weeks of pay averaged for the AWW",
  description:
    "The AWW of a non-salaried employee is the average of the wages in the weeks (at most this many) immediately preceding the disability.",
  unit: "weeks",
  lastVerifiedOn: "2026-12-03",
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 8,
      cite: AWW_RULE_CITES,
      note: "HAR §12-11-46 has been in force since 1981-05-11; it is dated here from the first compiled figures (2020), like the program's other values.",
    },
  ],
});

export const waitingPeriodDays = defineParameter<number>({
  id: "hi-tdi.waiting-period-days",
  label: "HI TDI waiting period",
  description: "Benefits begin on the eighth consecutive day of disability.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 7,
      cite: [seedChart("1826-1828", "7 consecutive days; benefits begin on 8th consecutive day"), ref(646, "B")],
    },
  ],
});

export const relapseGapDays = defineParameter<number>({
  id: "hi-tdi.relapse-gap-days",
  label: "HI TDI days between disabilities that still make one period",
  description:
    "The same or a related condition separated by no more than this many days is one continuous period of disability (no new waiting period).",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 14,
      cite: [
        seedChart(
          "1830-1832",
          "separated by not more than 2 weeks will be considered one continuous disability period",
        ),
      ],
    },
  ],
});

export const employmentWeeks = defineParameter<number>({
  id: "hi-tdi.employment-weeks",
  label: "HI TDI weeks of employment needed in the 52 weeks before disability",
  description:
    "The employee must have at least this many weeks of Hawaii employment (not necessarily consecutive), each with the minimum hours, in the 52 weeks before the disability.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 14,
      cite: [
        seedChart("1807-1809", "at least 14 weeks of Hawaii employment"),
        coloradoMemo("100", "employed for at least 14 weeks"),
        H.h2,
        ref(645, "B"),
      ],
    },
  ],
});

export const minimumEarnings = defineParameter<Money>({
  id: "hi-tdi.minimum-earnings",
  label: "HI TDI wages needed in the 52 weeks before disability",
  description:
    "The employee must have earned at least this much in the 52 weeks before the disability (read as a total over those weeks).",
  unit: "USD",
  lastVerifiedOn: "2026-12-03",
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("400"),
      cite: [
        coloradoMemo("100", "earned at least $400"),
        seedChart("1805-1810", "has earned at least $400"),
        H.h2,
        ref(645, "B"),
      ],
      note: 'Read as a total over the 52 weeks (the memo and the chart\'s 2020 section), not "during each of those weeks" (F3:1810).',
    },
  ],
});

export const weeklyHours = defineParameter<number>({
  id: "hi-tdi.weekly-hours",
  label: "HI TDI hours in a week that count toward eligibility",
  description:
    "A week counts toward the employment weeks when the employee was paid for at least this many hours in it.",
  unit: "hours",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 20,
      cite: [
        seedChart("1810", "paid for 20 hours or more"),
        coloradoMemo("100", "worked at least 20 hours"),
        ref(645, "B"),
      ],
    },
  ],
});

export const appealPeriod = defineParameter<DeadlinePeriod>({
  id: "hi-tdi.appeal-period",
  label: "HI TDI time to appeal a claim denial",
  description:
    "A claim denial is appealed in writing within this time from the date the denial was mailed (an amount dispute: from the first incorrect payment).",
  unit: "deadline",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: { amount: 20, unit: "calendar-days" },
      cite: [seedChart("1915-1923", "employee has 20 days from date of mailing the denial to appeal")],
    },
  ],
});

export const familyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "hi-tdi.family-relationships",
  label: "HI TDI family members",
  description: "TDI covers the employee's own disability only.",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "1970-01-01",
      value: [],
      cite: [seedChart("1817-1824", "off-the-job injury or illness; pregnancy and organ donation included")],
    },
  ],
});
