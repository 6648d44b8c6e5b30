/**
 * New Jersey Temporary Disability Benefits (TDI): every figure the rules use, dated and cited.
 * NJ FLI (src/programs/nj-fli) shares the figures both programs have in common (the statewide
 * average weekly wage, the maximum, the replacement rate, the base-week and alternative-earnings
 * tests, the employee wage base); they are defined here once.
 *
 * Figures come from shared/reference/parameters.md §6 (source keys N1–N20 with their grades), the
 * seed chart shared/seeds/003_55eae632d3b6e248.txt (NJ sections, lines 2292–2759) and the Colorado
 * Legislative Council memo (shared/seeds/001_fe959d5805562ed4.txt:146–174). The reference data
 * starts in 2020: earlier dates are recorded as not compiled (PARAMETER_NOT_KNOWN).
 */
import type { DeadlinePeriod } from "../../deadlines/business-days";
import { type Money, money } from "../../core/money";
import { type Citation, defineParameter } from "../../core/parameter";
import type { FamilyRelationship } from "../../core/vocabulary";
import { beforeCompiledFigures, coloradoMemo, parameterTables, seedChart } from "../sources";

const VERIFIED = "2026-11-21";

export const N = {
  n1: {
    title: "NJDOL press release: benefit rate increase for 2022",
    href: "https://nj.gov/labor/lwdhome/press/2021/20211222_benefitrateincrease.shtml",
    grade: "A",
    publishedOn: "2021-12-22",
  },
  n2: {
    title: "NJDOL: new benefit rates for 2025",
    href: "https://www.einpresswire.com/article/769756027/nj-department-of-labor-and-workforce-development-announces-new-benefit-rates-for-2025",
    grade: "A",
    publishedOn: "2024-12-17",
  },
  n3: {
    title: "Advertiser News South (quoting NJDOL): 2020 maximum benefit rates",
    href: "http://www.advertisernewssouth.com/news/business/labor-dept-announces-increase-in-maximum-benefit-rates-EG800237",
    grade: "B",
    publishedOn: "2020-01-16",
  },
  n4: {
    title: "NJ myleavebenefits: expanded benefits from July 1, 2020",
    href: "https://www.nj.gov/labor/myleavebenefits/worker/resources/expandedbenefits.shtml",
    grade: "A",
  },
  n5: {
    title: "Wolters Kluwer: NJ legislation expands FLI and TDI benefits",
    href: "https://lrus.wolterskluwer.com/news/payroll-and-entitlements/new-jersey-legislation-expands-family-leave-and-tdi-benefits/117346/",
    grade: "B",
    publishedOn: "2020-07-31",
  },
  n6: {
    title: "Guardian: New Jersey leave",
    href: "https://www.guardianlife.com/absence-management/fmla/new-jersey",
    grade: "B",
  },
  n7: {
    title: "NJ myleavebenefits: taxable wage base and contribution rates",
    href: "https://www.nj.gov/labor/myleavebenefits/help/taxable_wage.shtml",
    grade: "A",
  },
  n8: {
    title: "NJ myleavebenefits: bonding expansion",
    href: "https://myleavebenefits.nj.gov/worker/resources/Bonding_expansion_2.shtml",
    grade: "A",
  },
  n9: {
    title: "Risk Strategies: NJ TDI/FLI contribution rate decreases for 2023",
    href: "https://www.risk-strategies.com/blog/new-jersey-tdi-fli-contribution-rate-decreases-for-2023?hs_amp=true",
    grade: "B",
    publishedOn: "2022-11-10",
  },
  n10: {
    title: "Copy of NJDOL eligibility text (base weeks, alternative earnings)",
    href: "https://en.pauex.com/post/how-long-to-you-have-to-work-to-get-unemployment",
    grade: "B",
  },
  n11: {
    title: "Larkin: 2022 law changes, New Jersey",
    href: "https://thelarkincompany.com/2022-law-changes/new-jersey/",
    grade: "B",
  },
  n12: {
    title: "NJ101.5: NJ announces increased benefits for 2023",
    href: "https://nj1015.com/nj-announces-increased-unemployment-benefits-for-2023/",
    grade: "B",
    publishedOn: "2022-12-28",
  },
  n13: {
    title: "AC Chamber (quoting NJDOL): lower TDI and FLI contributions in 2023",
    href: "https://www.acchamber.com/workers-employers-will-pay-less-in-temporary-disability-family-leave-contributions-in-2023-njdol-announces/",
    grade: "B",
  },
  n14: {
    title: "CBIZ: New Jersey TDI and FLI rates for 2024",
    href: "https://www.cbiz.com/insights/articles/article-details/new-jersey-tdi-and-pfl-rates-for-2024",
    grade: "B",
  },
  n15: {
    title: "Risk Strategies: NJ disability and family leave rate increases for 2025",
    href: "https://risk-strategies.com/blog/new-jersey-disability-and-family-leave-insurance-rate-increases-for-2025?hs_amp=true",
    grade: "B",
    publishedOn: "2024-11-26",
  },
  n16: {
    title: "Larkin: law changes, New Jersey",
    href: "https://thelarkincompany.com/law-changes/new-jersey",
    grade: "B",
    publishedOn: "2024-10-31",
  },
  n17: {
    title: "NJDOL press release: new benefit rates for 2026",
    href: "https://www.nj.gov/labor/lwdhome/press/2025/20251229_newbenefitrates2026.shtml",
    grade: "A",
    publishedOn: "2025-12-29",
  },
  n18: {
    title: "Sussex County Advisor (quoting NJDOL): 2026 benefits",
    href: "https://sussexcountyadvisor.com/new-jersey-worker-benefits-surge-in-2026-what-it-means-for-residents",
    grade: "B",
  },
  n19: {
    title: "Drive Disability Employment (quoting NJDOL): benefit calculations, state plan",
    href: "http://drivedisabilityemployment.org/new-jersey/policy/benefit-calculations-%E2%80%93-state-plan-employer",
    grade: "B",
  },
  n20: { title: "Larkin: New Jersey state summary", href: "https://thelarkincompany.com/state-nj/", grade: "B" },
} as const satisfies Record<string, Citation>;

export const ref = parameterTables("§6 New Jersey TDI/FLI");

/** Dates before the reference data (the engine's first date, 1970, to 2019). */
export const BEFORE_DATA = beforeCompiledFigures(
  ref(267, "B"),
  "the reference data starts in 2020; earlier New Jersey figures were not compiled",
);

export const stateAverageWeeklyWage = defineParameter<Money>({
  id: "nj-tdi.state-average-weekly-wage",
  label: "NJ statewide average weekly wage (of the second preceding year)",
  description:
    "Sets the maximum weekly benefit (70% of it from July 1, 2020, rounded down to the dollar) for claims dated in the calendar year.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    { from: "2020-01-01", value: money("1259.82"), cite: [N.n3, ref(273, "B")], note: "the 2018 statewide AWW" },
    {
      from: "2021-01-01",
      unknown: "not-published",
      cite: [ref(274, "B")],
      note: "not found; only an implied ≈$1,290–1,291 (derived, not published)",
    },
    { from: "2022-01-01", value: money("1419.52"), cite: [N.n1, ref(275, "A")], note: "the 2020 statewide AWW" },
    { from: "2023-01-01", value: money("1465.18"), cite: [N.n12, ref(276, "B")], note: "the 2021 statewide AWW" },
    { from: "2024-01-01", value: money("1507.76"), cite: [N.n2, ref(277, "A")], note: "the 2022 statewide AWW" },
    { from: "2025-01-01", value: money("1545.60"), cite: [N.n2, ref(278, "A")], note: "the 2023 statewide AWW" },
    { from: "2026-01-01", value: money("1598.66"), cite: [N.n17, ref(279, "A")], note: "the 2024 statewide AWW" },
  ],
});

export const maximumShareOfSaww = defineParameter<Money>({
  id: "nj-tdi.maximum-share-of-saww",
  label: "NJ maximum weekly benefit as a share of the statewide AWW",
  description:
    "Places the maximum weekly benefit at this share of the statewide average weekly wage (53% before July 1, 2020; 70% for periods of disability or leave from then).",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("0.53"),
      cite: [coloradoMemo("166", "up to 53 percent of the statewide average weekly wage")],
    },
    {
      from: "2020-07-01",
      value: money("0.70"),
      cite: [
        coloradoMemo("166", "from July 1, 2020, 70 percent of the statewide AWW"),
        seedChart("2386-2389", "85% of AWW, up to 70% of the SAWW"),
        N.n1,
      ],
    },
  ],
});

export const maximumWeeklyBenefit = defineParameter<Money>({
  id: "nj-tdi.maximum-weekly-benefit",
  label: "NJ TDI/FLI maximum weekly benefit",
  description:
    "Caps the weekly benefit for claims dated on or after the date (the published figure: the maximum share of the statewide AWW, rounded down to the dollar). TDI and FLI share it.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    { from: "2020-01-01", value: money("667"), cite: [N.n3, ref(273, "B")], note: "claims dated before July 1, 2020" },
    {
      from: "2020-07-01",
      value: money("881"),
      cite: [N.n3, N.n4, ref(273, "A"), seedChart("2749", "85% of AWW, max $881 per week (2020)")],
    },
    { from: "2021-01-01", value: money("903"), cite: [N.n8, N.n9, ref(274, "A")] },
    {
      from: "2022-01-02",
      value: money("993"),
      cite: [N.n1, ref(275, "A"), seedChart("2390", "2022: $993")],
      note: "NJDOL: claims dated January 2, 2022 or later",
    },
    { from: "2023-01-01", value: money("1025"), cite: [N.n12, N.n9, ref(276, "B"), seedChart("2391", "2023: $1,025")] },
    { from: "2024-01-01", value: money("1055"), cite: [N.n14, ref(277, "B")] },
    { from: "2025-01-01", value: money("1081"), cite: [N.n2, ref(278, "A")] },
    { from: "2026-01-01", value: money("1119"), cite: [N.n17, ref(279, "A")] },
  ],
});

export const replacementRate = defineParameter<Money>({
  id: "nj-tdi.replacement-rate",
  label: "NJ TDI/FLI share of the AWW replaced",
  description:
    "Replaces this share of the average weekly wage: two-thirds before July 1, 2020, 85% for periods of disability or leave starting from then.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money(2).div(3),
      cite: [coloradoMemo("166", "two-thirds of the employee's average weekly wage")],
      note: "Two-thirds (the memo's statutory wording) rather than the University of Denver table's rounded \"66%\" (shared/seeds/002_64e32af147dc6fe4.txt:613).",
    },
    {
      from: "2020-07-01",
      value: money("0.85"),
      cite: [N.n4, ref(284, "A"), seedChart("2386-2389", "85% of the employee's average weekly wage")],
    },
  ],
});

export const averageWeeklyWageWeeks = defineParameter<number>({
  id: "nj-tdi.average-weekly-wage-weeks",
  label: "NJ calendar weeks looked at for the AWW",
  description:
    "The AWW is the wages in the base weeks among the calendar weeks immediately before the week the disability or leave began, divided by the number of those base weeks.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [BEFORE_DATA, { from: "2020-01-01", value: 8, cite: [N.n19, ref(285, "B")] }],
});

export const baseWeekAmount = defineParameter<Money>({
  id: "nj-tdi.base-week-amount",
  label: "NJ base week: the least wages in a calendar week",
  description:
    "A calendar week with at least these wages (20 × the state minimum wage) is a base week, for claims dated in the calendar year.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("200"),
      cite: [
        N.n5,
        N.n6,
        ref(273, "B"),
        coloradoMemo("162", "20 weeks, earning at least $200 per week"),
        seedChart("2732", "$200 per week (2020)"),
      ],
    },
    { from: "2021-01-01", value: money("220"), cite: [N.n6, N.n10, ref(274, "B")] },
    {
      from: "2022-01-01",
      value: money("240"),
      cite: [N.n10, ref(275, "B"), seedChart("2324-2325", "2022: $240.00 per week")],
    },
    {
      from: "2023-01-01",
      value: money("260"),
      cite: [N.n12, ref(276, "B"), seedChart("2326-2327", "2023: $260.00 per week")],
    },
    { from: "2024-01-01", value: money("283"), cite: [N.n2, N.n14, ref(277, "A")] },
    { from: "2025-01-01", value: money("303"), cite: [N.n2, ref(278, "A")] },
    { from: "2026-01-01", value: money("310"), cite: [N.n18, ref(279, "B")] },
  ],
});

export const alternativeEarnings = defineParameter<Money>({
  id: "nj-tdi.alternative-earnings",
  label: "NJ alternative earnings test: base-year wages",
  description:
    "A claimant without enough base weeks qualifies with at least these wages (1,000 × the state minimum wage) in the base year, for claims dated in the calendar year.",
  unit: "USD",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("10000"),
      cite: [N.n5, N.n6, ref(273, "B"), coloradoMemo("162", "a combined total of $10,000")],
    },
    { from: "2021-01-01", value: money("11000"), cite: [N.n6, N.n10, ref(274, "B")] },
    {
      from: "2022-01-01",
      value: money("12000"),
      cite: [N.n10, ref(275, "B"), seedChart("2325", "or earned $12,000 in a base year")],
    },
    {
      from: "2023-01-01",
      value: money("13000"),
      cite: [N.n12, ref(276, "B"), seedChart("2327", "or earned $13,000 in the base year")],
    },
    { from: "2024-01-01", value: money("14200"), cite: [N.n2, N.n14, ref(277, "A")] },
    { from: "2025-01-01", value: money("15200"), cite: [N.n2, ref(278, "A")] },
    { from: "2026-01-01", value: money("15500"), cite: [N.n18, ref(279, "B")] },
  ],
});

export const baseWeeksRequired = defineParameter<number>({
  id: "nj-tdi.base-weeks-required",
  label: "NJ base weeks needed in the base year",
  description:
    "A claimant qualifies with at least this many base weeks in the base year (or by the alternative earnings test).",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 20,
      cite: [
        seedChart("2321", "at least 20 base weeks during the base year"),
        coloradoMemo("162", "at least 20 weeks"),
      ],
    },
  ],
});

export const disabilityWeeks = defineParameter<number>({
  id: "nj-tdi.disability-weeks",
  label: "NJ TDI weeks per period of disability",
  description: "Caps TDI benefits for any one period of disability.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 26,
      cite: [
        seedChart("2397-2402", "up to 26 weeks with respect to any one period of disability (N.J.S.A. 43:21-39)"),
        coloradoMemo("164", "up to 26 weeks"),
        ref(290, "B"),
      ],
    },
  ],
});

export const relapseGapDays = defineParameter<number>({
  id: "nj-tdi.relapse-gap-days",
  label: "NJ TDI days between disabilities that still make one period",
  description:
    "A return of the same or a related condition separated by no more than this many days from a prior disability continues the same period of disability.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 14,
      cite: [
        seedChart("2365-2370", "separated by no more than 14 days: one continuous period (N.J.S.A. 43:21-27(g)(1))"),
      ],
    },
  ],
});

export const totalBenefitWageShare = defineParameter<Money>({
  id: "nj-tdi.total-benefit-wage-share",
  label: "NJ TDI total benefits as a share of base-year wages",
  description:
    "Caps the total TDI benefits for a period of disability at the lesser of the weeks cap × the weekly benefit or this share of base-year wages, rounded down to the dollar.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money(1).div(3),
      cite: [
        seedChart(
          "2392-2395",
          "lesser of 26 × WBA or 1/3 of total wages in the base year, computed in the next lower multiple of $1.00",
        ),
        N.n19,
        ref(286, "B"),
      ],
    },
  ],
});

export const waitingPeriodDays = defineParameter<number>({
  id: "nj-tdi.waiting-period-days",
  label: "NJ TDI waiting period",
  description:
    "The first consecutive days of disability are not paid unless benefits become payable for the retroactive-payment period; none for organ or bone-marrow donation or emergency quarantine.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 7,
      cite: [
        seedChart("2355-2363", "7 consecutive days; benefits begin on the 8th day (N.J.S.A. 43:21-38, -39)"),
        ref(293, "B"),
      ],
    },
  ],
});

export const waitingPeriodPaidAfterWeeks = defineParameter<number>({
  id: "nj-tdi.waiting-period-paid-after-weeks",
  label: "NJ TDI consecutive payable weeks after which the waiting week is paid",
  description: "If benefits are payable for this many consecutive weeks, the waiting-period days become payable too.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 3,
      cite: [
        seedChart("2358", "if benefits are payable for 3 consecutive weeks, the first 7 days become payable"),
        ref(293, "B"),
      ],
    },
  ],
});

export const employeeWageBase = defineParameter<Money>({
  id: "nj-tdi.employee-wage-base",
  label: "NJ employee TDI/FLI taxable wage base",
  description: "Caps the wages paid in a calendar year on which employee TDI and FLI contributions are due.",
  unit: "USD/year",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("134900"),
      cite: [N.n7, ref(273, "A"), coloradoMemo("158", "0.26 percent on the first $134,900")],
    },
    { from: "2021-01-01", value: money("138200"), cite: [N.n7, ref(274, "A")] },
    {
      from: "2022-01-01",
      value: money("151900"),
      cite: [N.n1, ref(275, "A"), seedChart("2377", "$151,900 wage limit")],
    },
    {
      from: "2023-01-01",
      value: money("156800"),
      cite: [N.n9, ref(276, "B"), seedChart("2574", "0.06% on $156,800 wage limit")],
    },
    { from: "2024-01-01", value: money("161400"), cite: [N.n14, ref(277, "B")] },
    { from: "2025-01-01", value: money("165400"), cite: [N.n2, ref(278, "A")] },
    { from: "2026-01-01", value: money("171100"), cite: [N.n17, ref(279, "A")] },
  ],
});

const NOT_FOUND_2026 = "the 2026 employee contribution rates were not found when the reference was compiled";

export const employeeContributionRate = defineParameter<Money>({
  id: "nj-tdi.employee-contribution-rate",
  label: "NJ employee TDI contribution rate",
  description:
    "Sets the employee's TDI contribution as a share of wages up to the employee wage base, for wages paid in the calendar year.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("0.0026"),
      cite: [N.n7, ref(273, "A"), coloradoMemo("158", "0.26 percent in 2020")],
    },
    { from: "2021-01-01", value: money("0.0047"), cite: [N.n7, ref(274, "A")] },
    {
      from: "2022-01-01",
      value: money("0.0014"),
      cite: [N.n9, N.n11, ref(275, "B"), seedChart("2376", "2022 employee contribution 0.14%")],
    },
    {
      from: "2023-01-01",
      value: money("0"),
      cite: [N.n13, ref(276, "B"), seedChart("2380-2382", "no employee contribution for 2023")],
    },
    { from: "2024-01-01", value: money("0"), cite: [N.n14, ref(277, "B")] },
    { from: "2025-01-01", value: money("0.0023"), cite: [N.n15, N.n16, ref(278, "B")] },
    { from: "2026-01-01", unknown: "not-published", cite: [ref(279, "B")], note: NOT_FOUND_2026 },
  ],
});

export const appealPeriod = defineParameter<DeadlinePeriod>({
  id: "nj-tdi.appeal-period",
  label: "NJ TDI/FLI time to appeal a state-plan determination",
  description:
    "A state-plan determination is appealed within this time after it is mailed (7 days after it is delivered in person; private-plan claims go to the Division within 1 year).",
  unit: "deadline",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: { amount: 10, unit: "calendar-days" },
      cite: [
        seedChart(
          "2467-2473",
          "within 7 days after delivery or within 10 days after mailing of decision (N.J.S.A. 43:21-50)",
        ),
        seedChart("2663-2669", "FLI appeals: same as TDI"),
      ],
      note: "The decision date is taken as the mailing date (10 days); a decision delivered in person must be appealed within 7 days.",
    },
  ],
});

export const noFamilyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "nj-tdi.family-relationships",
  label: "NJ TDI family members",
  description: "TDI covers the employee's own disability only; caring for a family member is NJ FLI.",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "1970-01-01",
      value: [],
      cite: [seedChart("2340-2353", "the employee's own off-the-job accident or sickness (N.J.S.A. 43:21-29)")],
    },
  ],
});
