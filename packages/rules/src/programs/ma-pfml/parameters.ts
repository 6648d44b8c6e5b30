/**
 * Massachusetts Paid Family and Medical Leave: every figure the rules use, dated and cited.
 * Figures come from shared/reference/parameters.md §2 (source keys M1–M20 with their grades),
 * the seed chart shared/seeds/003_55eae632d3b6e248.txt (MA section, lines 3935–4267) and the
 * peer write-up of the MA system (shared/reference/peers/massachusetts-pfml-system.md).
 */
import type { DeadlinePeriod } from "../../deadlines/business-days";
import { type Money, money } from "../../core/money";
import { type Citation, defineParameter } from "../../core/parameter";
import type { FamilyRelationship } from "../../core/vocabulary";
import { COLORADO_MEMO, parameterTables, seedChart } from "../sources";

const VERIFIED = "2026-11-21";
const PEER = "shared/reference/peers/massachusetts-pfml-system.md";

const M = {
  m1: {
    title: "ShelterPoint: MA PFML rates 2021",
    href: "https://info.shelterpoint.com/Blog/ma-pfml-rates-2021",
    grade: "B",
  },
  m2: {
    title: "New England Biz Law Update: MA updated numbers",
    href: "https://newenglandbizlawupdate.com/2021/10/21/mass-announces-updated-numbers-under-paid-family-and-medical-leave-law",
    grade: "B",
    publishedOn: "2021-10-21",
  },
  m3: {
    title: "CBIZ: 2022 updates MA PFML",
    href: "https://www.cbiz.com/insights/articles/article-details/2022-updates-massachusetts-paid-family-leave-program",
    grade: "B",
  },
  m4: {
    title: "National Law Review: MA PFML next steps",
    href: "https://natlawreview.com/article/reminder-massachusetts-paid-family-and-medical-leave-next-steps",
    grade: "B",
  },
  m5: {
    title: "Buck: MA PFML 2022 rates and benefits",
    href: "https://buck.com/ca/massachusetts-pfml-contribution-rates-drop-and-benefit-amounts-increase-for-2022",
    grade: "B",
  },
  m6: {
    title: "mass.gov: How PFML weekly benefit amounts are calculated",
    href: "https://www.mass.gov/info-details/how-pfml-weekly-benefit-amounts-are-calculated",
    grade: "A",
  },
  m7: {
    title: "mass.gov: Guidance on benefit calculations",
    href: "https://www.mass.gov/info-details/important-guidance-on-benefit-calculations-and-application-ownership",
    grade: "A",
  },
  m8: {
    title: "mass.gov: Your eligibility for PFML (snapshot showing $5,400)",
    href: "https://www.mass.gov/info-details/your-eligibility-for-paid-family-and-medical-leave-pfml",
    grade: "A",
  },
  m9: {
    title: "Foley: MA PFML (2023)",
    href: "https://foley.com/insights/publications/2023/02/massachusetts-paid-family-medical-leave-act",
    grade: "B",
  },
  m10: {
    title: "Risk Strategies: MA PFML updates for 2025",
    href: "https://risk-strategies.com/blog/massachusetts-pfml-updates-for-2025?hs_amp=true",
    grade: "B",
    publishedOn: "2024-10-02",
  },
  m11: {
    title: "AIM: changes to average weekly wage",
    href: "https://aimnet.org/changes-to-average-weekly-wage-affect-benefits/",
    grade: "B",
    publishedOn: "2023-10-17",
  },
  m12: {
    title: "BU HR: calculating your benefit amount",
    href: "https://bu.edu/hr/lifebu/paid-family-and-medical-leave/for-part-time-faculty/calculating-your-benefit-amount",
    grade: "B",
  },
  m13: { title: "AbsenceSoft: MA PFML (2024)", href: "https://absencesoft.com/?p=7203", grade: "B" },
  m14: {
    title: "Mass Legal Services: eligibility and predicting the weekly benefit",
    href: "https://www.masslegalservices.org/content/17-eligibility",
    grade: "B",
  },
  m15: {
    title: "PPI: 2025 MA PFML rate and maximum",
    href: "https://ppibenefits.com/Resource-Library/Compliance-Corner/State-Updates/2025-massachusetts-paid-family-and-medical-leave-premium-rate-and-maximum-weekly-benefit-announced",
    grade: "B",
    publishedOn: "2024-10-09",
  },
  m16: {
    title: "Risk Strategies: MA PFML updates for 2026",
    href: "https://www.risk-strategies.com/blog/massachusetts-pfml-updates-for-2026?hs_amp=true",
    grade: "B",
    publishedOn: "2025-10-21",
  },
  m17: {
    title: "OneDigital: MA PFML update",
    href: "https://www.onedigital.com/blog/ma-pfml-update-intermittent-and-reduced-schedule-leave-requirements/",
    grade: "B",
  },
  m18: {
    title: "NFP: 2026 MA PFML rates and benefits",
    href: "https://www.nfp.com/insights/2026-massachusetts-pfml-rates-and-benefits-released",
    grade: "B",
    publishedOn: "2025-10-07",
  },
  c151a24: {
    title:
      'G.L. c.151A §24(a): at least $2,000 in the base period from 1995, "increased annually proportionately, rounding to the nearest one hundred dollars, to any increases which have occurred during the prior calendar year in the minimum wage"',
    section: "M.G.L. c.151A §24(a)",
    href: "https://print.casetext.com/statute/general-laws-of-massachusetts/part-i-administration-of-the-government/title-xxi-labor-and-industries/chapter-151a-unemployment-insurance/section-151a24-eligibility",
    grade: "A",
  },
  duaFederal: {
    title:
      'mass.gov (DUA): unemployment eligibility — "at least $6,300 from all employment ... during the last 4 completed calendar quarters"',
    href: "https://www.mass.gov/info-details/unemployment-insurance-eligibility-federal-employees",
    grade: "A",
  },
  mlsUiTests: {
    title:
      "Mass Legal Services: the UI minimum earnings is calculated each January 1 from the prior calendar year's minimum wage, rounded to $100",
    href: "https://www.masslegalservices.org/node/28016",
    grade: "B",
  },
  globeMinimumWage: {
    title:
      "Boston Globe: $15 on 2023-01-01 is the final step of the 2018 act; Massachusetts has no cost-of-living indexing, so the minimum wage does not rise further",
    href: "https://www.pressreader.com/usa/boston-sunday-globe/20230101/281878712455554",
    grade: "B",
    publishedOn: "2023-01-01",
  },
  m20: {
    title: "The Standard: Massachusetts PFL",
    href: "https://www.standard.com/employer/pfl/massachusetts",
    grade: "B",
  },
  peerMetrics: {
    title: "MA PFML system: hard-coded state metrics (SAWW, maximum, unemployment minimum by effective date)",
    file: `${PEER}:129-133`,
    grade: "B",
  },
  cmr214: {
    title: "Application for benefits denials and appeals: ten calendar days",
    section: "458 CMR 2.14(3)",
    href: "https://regulations.justia.com/states/massachusetts/458-cmr/title-458-cmr-2-00/section-2-14",
    grade: "A",
  },
  appealsTimeline: {
    title: "mass.gov: PFML appeals timeline",
    href: "https://www.mass.gov/info-details/paid-family-and-medical-leave-pfml-appeals-timeline",
    grade: "A",
  },
  employerRole: {
    title: "mass.gov: Employer role in reviewing PFML applications (10 business days)",
    href: "https://www.mass.gov/info-details/employer-role-in-reviewing-paid-family-and-medical-leave-applications",
    grade: "A",
  },
} as const satisfies Record<string, Citation>;

const ref = parameterTables("§2 Massachusetts");

export const stateAverageWeeklyWage = defineParameter<Money>({
  id: "ma-pfml.state-average-weekly-wage",
  label: "MA state average weekly wage",
  description:
    "Sets the tier breakpoint (half of it) for benefit years starting in the calendar year; DFML publishes it each October for the next year.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    {
      from: "2020-10-01",
      value: money("1431.66"),
      cite: [M.peerMetrics],
      note: "Applies to benefit years starting before 2021 (leave from 2021-01-01 whose benefit year starts on a Sunday in late December 2020).",
    },
    {
      from: "2021-01-01",
      value: money("1487.78"),
      cite: [M.m2, M.m3, M.peerMetrics, ref(100, "B")],
      note: "One broker wrote $1,478.78 (a typo).",
    },
    { from: "2022-01-01", value: money("1694.24"), cite: [M.m2, ref(101, "B"), seedChart("4094", "2022 SAWW")] },
    { from: "2023-01-01", value: money("1765.34"), cite: [M.m6, ref(102, "A"), seedChart("4096", "2023 SAWW")] },
    { from: "2024-01-01", value: money("1796.72"), cite: [M.m11, M.m12, ref(103, "B")] },
    { from: "2025-01-01", value: money("1829.13"), cite: [M.m10, M.m14, ref(104, "B")] },
    { from: "2026-01-01", value: money("1922.48"), cite: [M.m16, M.m17, ref(105, "B")] },
  ],
});

export const maximumWeeklyBenefit = defineParameter<Money>({
  id: "ma-pfml.maximum-weekly-benefit",
  label: "MA maximum weekly benefit",
  description: "Caps the weekly benefit: $850 by statute through 2021, then 64% of the state AWW rounded to the cent.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    { from: "2020-10-01", value: money("850"), cite: [M.peerMetrics, M.m4] },
    {
      from: "2021-01-01",
      value: money("850"),
      cite: [
        M.m4,
        ref(100, "B"),
        { title: "Colorado Legislative Council memo: MA cap $850", file: `${COLORADO_MEMO}:136`, grade: "B" },
      ],
    },
    {
      from: "2022-01-01",
      value: money("1084.31"),
      cite: [M.m2, M.m5, ref(101, "B"), seedChart("4106", "2022 maximum")],
    },
    { from: "2023-01-01", value: money("1129.82"), cite: [M.m6, ref(102, "A"), seedChart("4107", "2023 maximum")] },
    {
      from: "2024-01-01",
      value: money("1149.90"),
      cite: [M.m10, M.m12, ref(103, "B")],
      note: "Seyfarth's $1,144.90 is a typo; 64% × $1,796.72 = $1,149.90.",
    },
    { from: "2025-01-01", value: money("1170.64"), cite: [M.m10, M.m15, ref(104, "B")] },
    { from: "2026-01-01", value: money("1230.39"), cite: [M.m16, M.m18, ref(105, "B")] },
  ],
});

export const lowerTierRate = defineParameter<Money>({
  id: "ma-pfml.lower-tier-rate",
  label: "MA replacement rate up to half the state AWW",
  description: "Replaces the part of the individual AWW up to half the state average weekly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2020-10-01",
      value: money("0.8"),
      cite: [M.m6, ref(109, "A"), seedChart("4100", "80% up to 50% of SAWW")],
    },
  ],
});

export const upperTierRate = defineParameter<Money>({
  id: "ma-pfml.upper-tier-rate",
  label: "MA replacement rate above half the state AWW",
  description: "Replaces the part of the individual AWW above half the state average weekly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2020-10-01",
      value: money("0.5"),
      cite: [M.m6, ref(109, "A"), seedChart("4101", "50% above 50% of SAWW")],
    },
  ],
});

export const tierBreakpointShare = defineParameter<Money>({
  id: "ma-pfml.tier-breakpoint-share",
  label: "MA tier breakpoint as a share of the state AWW",
  description:
    "Places the breakpoint between the two replacement tiers at this share of the state average weekly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2020-10-01", value: money("0.5"), cite: [M.m6, ref(109, "A")] }],
});

export const averageWeeklyWageQuarters = defineParameter<number>({
  id: "ma-pfml.average-weekly-wage-quarters",
  label: "MA quarters averaged for the individual AWW",
  description: "Counts the highest-paid base-period quarters whose wages are divided by 13 weeks each (2 → ÷ 26).",
  unit: "rule",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2020-10-01",
      value: 2,
      cite: [M.m14, ref(111, "B"), seedChart("4092", "1/26 of wages in the highest 2 quarters")],
    },
  ],
});

export type FewQuartersRule = {
  /** When wages fall in at most this many base-period quarters … */
  readonly quartersWithWagesAtMost: number;
  /** … average only this many highest quarters instead. */
  readonly quartersUsed: number;
};

export const fewQuartersRule = defineParameter<FewQuartersRule>({
  id: "ma-pfml.few-quarters-rule",
  label: "MA AWW when wages fall in few quarters",
  description:
    "When the base-period wages fall in no more than two quarters, the individual AWW is the highest quarter ÷ 13.",
  unit: "rule",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2020-10-01",
      value: { quartersWithWagesAtMost: 2, quartersUsed: 1 },
      cite: [M.m14, ref(112, "B"), { title: "MA PFML system: WageCalculator", file: `${PEER}:141-145`, grade: "B" }],
    },
  ],
});

export const minimumBasePeriodEarnings = defineParameter<Money>({
  id: "ma-pfml.minimum-base-period-earnings",
  label: "MA minimum base-period earnings (unemployment minimum)",
  description:
    "Requires at least this much in base-period wages (the unemployment-insurance minimum earnings, adjusted yearly).",
  unit: "USD",
  lastVerifiedOn: "2026-12-03",
  until: "2026-12-31",
  values: [
    { from: "2020-10-01", value: money("5100"), cite: [M.peerMetrics] },
    {
      from: "2021-01-01",
      value: money("5400"),
      cite: [M.m8, M.peerMetrics, ref(100, "A")],
      note: "The mass.gov snapshot is undated; MA's own system dates $5,400 from 2021-01-01. The Feb 2023 chart (seed 003:3986) says $5,700 for 2021 and 2022; the agency's figure is used.",
    },
    { from: "2022-01-01", value: money("5700"), cite: [M.m9, ref(101, "B"), seedChart("3986", "$5,700")] },
    { from: "2023-01-01", value: money("6000"), cite: [M.m9, ref(102, "B"), seedChart("3987", "$6,000 for 2023")] },
    { from: "2024-01-01", value: money("6300"), cite: [M.m13, ref(103, "B")] },
    { from: "2025-01-01", value: money("6300"), cite: [M.m14, ref(104, "B")] },
    {
      from: "2026-01-01",
      value: money("6300"),
      cite: [M.c151a24, M.duaFederal, M.mlsUiTests, M.globeMinimumWage, ref(105, "B")],
      note: "c.151A §24(a) moves the amount only in proportion to minimum-wage increases in the prior calendar year, rounded to the nearest $100. The Massachusetts minimum wage has been $15.00 since 2023-01-01 and is not indexed, so nothing changed in 2025 and the 2025 amount carries into 2026; DUA's eligibility page states $6,300. The rule reproduces the published years: 2023 = $5,700 × 14.25/13.50 → $6,000; 2024 = $6,000 × 15/14.25 → $6,300; 2025 unchanged. (parameters.md had not found a 2026 figure.)",
    },
  ],
});

export const benefitMultiple = defineParameter<Money>({
  id: "ma-pfml.benefit-multiple",
  label: "MA base-period wages as a multiple of the weekly benefit",
  description: 'Requires base-period wages of at least this many times the weekly benefit amount (the "30× rule").',
  unit: "multiplier",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2020-10-01",
      value: money("30"),
      cite: [M.m13, M.m14, ref(117, "B"), seedChart("3984", "30 times the weekly benefit amount")],
      note: "DFML applies 30 × the PFML weekly benefit; Mass Legal Services notes the statute (c.151A §24(a)) says 30 × the UI weekly benefit rate, and litigation is pending. DFML's practice is implemented.",
    },
  ],
});

function weeks(id: string, label: string, description: string, value: number, cite: readonly Citation[]) {
  return defineParameter<number>({
    id,
    label,
    description,
    unit: "weeks",
    lastVerifiedOn: VERIFIED,
    values: [{ from: "2020-10-01", value, cite }],
  });
}

const DURATION_CITES: readonly Citation[] = [
  M.m5,
  ref(119, "B"),
  seedChart("4120-4127", "maximum duration per benefit year"),
];

export const medicalLeaveWeeks = weeks(
  "ma-pfml.medical-leave-weeks",
  "MA weeks of medical leave per benefit year",
  "Caps medical leave in a benefit year.",
  20,
  DURATION_CITES,
);
export const familyLeaveWeeks = weeks(
  "ma-pfml.family-leave-weeks",
  "MA weeks of family leave per benefit year",
  "Caps family leave for bonding, family care and military exigency in a benefit year.",
  12,
  DURATION_CITES,
);
export const servicememberCareWeeks = weeks(
  "ma-pfml.servicemember-care-weeks",
  "MA weeks to care for a covered servicemember",
  "Caps family leave to care for a covered servicemember in a benefit year.",
  26,
  DURATION_CITES,
);
export const combinedLeaveWeeks = weeks(
  "ma-pfml.combined-leave-weeks",
  "MA weeks of leave combined per benefit year",
  "Caps all leave together in a benefit year.",
  26,
  DURATION_CITES,
);

export const waitingPeriodDays = defineParameter<number>({
  id: "ma-pfml.waiting-period-days",
  label: "MA waiting period",
  description:
    "Sets the unpaid waiting period at the start of each leave for a different reason in a benefit year; the days count toward the entitlement.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2020-10-01",
      value: 7,
      cite: [M.m12, M.m20, ref(120, "B"), seedChart("4042-4051", "7 consecutive calendar days")],
    },
  ],
});

export const medicalPremiumRate = defineParameter<Money>({
  id: "ma-pfml.medical-premium-rate",
  label: "MA medical leave contribution rate",
  description: "Sets the medical-leave part of the contribution, as a share of wages up to the Social Security base.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    { from: "2020-01-01", value: money("0.0062"), cite: [M.m1, ref(99, "B")] },
    { from: "2021-01-01", value: money("0.0062"), cite: [M.m1, M.m4, ref(100, "B")] },
    { from: "2022-01-01", value: money("0.0056"), cite: [M.m2, ref(101, "B"), seedChart("4064", "0.56% medical")] },
    { from: "2023-01-01", value: money("0.0052"), cite: [M.m10, ref(102, "B"), seedChart("4072", "0.52% medical")] },
    { from: "2024-01-01", value: money("0.0070"), cite: [M.m10, ref(103, "B")] },
    { from: "2025-01-01", value: money("0.0070"), cite: [M.m10, ref(104, "B")] },
    { from: "2026-01-01", value: money("0.0070"), cite: [M.m17, M.m18, ref(105, "B")] },
  ],
});

export const familyPremiumRate = defineParameter<Money>({
  id: "ma-pfml.family-premium-rate",
  label: "MA family leave contribution rate",
  description: "Sets the family-leave part of the contribution, as a share of wages up to the Social Security base.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    { from: "2020-01-01", value: money("0.0013"), cite: [M.m1, ref(99, "B")] },
    { from: "2021-01-01", value: money("0.0013"), cite: [M.m1, M.m4, ref(100, "B")] },
    { from: "2022-01-01", value: money("0.0012"), cite: [M.m2, ref(101, "B"), seedChart("4066", "0.12% family")] },
    { from: "2023-01-01", value: money("0.0011"), cite: [M.m10, ref(102, "B"), seedChart("4074", "0.11% family")] },
    { from: "2024-01-01", value: money("0.0018"), cite: [M.m10, ref(103, "B")] },
    { from: "2025-01-01", value: money("0.0018"), cite: [M.m10, ref(104, "B")] },
    { from: "2026-01-01", value: money("0.0018"), cite: [M.m17, M.m18, ref(105, "B")] },
  ],
});

export const medicalEmployeeShare = defineParameter<Money>({
  id: "ma-pfml.medical-employee-share",
  label: "MA employee share of the medical contribution",
  description:
    "Sets the most of the medical-leave contribution an employer may collect from the employee (the employer pays at least the rest).",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2020-01-01",
      value: money("0.4"),
      cite: [
        seedChart("4064", "employee pays 40%, employer 60%"),
        { title: "Colorado Legislative Council memo: MA contributions", file: `${COLORADO_MEMO}:122`, grade: "B" },
      ],
    },
  ],
});

export const familyEmployeeShare = defineParameter<Money>({
  id: "ma-pfml.family-employee-share",
  label: "MA employee share of the family contribution",
  description: "Sets the most of the family-leave contribution an employer may collect from the employee.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2020-01-01", value: money("1"), cite: [seedChart("4066", "family leave – employee pays all")] }],
});

export const smallEmployerThreshold = defineParameter<number>({
  id: "ma-pfml.small-employer-threshold",
  label: "MA small-employer size (covered individuals)",
  description:
    "Employers with fewer than this many covered individuals need not pay the employer share of contributions.",
  unit: "employees",
  lastVerifiedOn: VERIFIED,
  values: [
    { from: "2020-01-01", value: 25, cite: [M.m10, ref(121, "B"), seedChart("4065", "employers under 25 employees")] },
  ],
});

export const employerResponsePeriod = defineParameter<DeadlinePeriod>({
  id: "ma-pfml.employer-response-period",
  label: "MA time for an employer to respond to an application",
  description:
    "Gives the employer this long after notice of an application to review and respond; after that DFML decides on the claimant's information.",
  unit: "deadline",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2021-01-01",
      value: { amount: 10, unit: "business-days", calendar: "MA" },
      cite: [
        M.employerRole,
        {
          title: "Peer systems: MA employer response window",
          file: "shared/reference/peers/peer-systems-and-user-asks.md:87",
          grade: "A",
        },
      ],
    },
  ],
});

export const appealPeriod = defineParameter<DeadlinePeriod>({
  id: "ma-pfml.appeal-period",
  label: "MA time to appeal a determination",
  description:
    "Gives a covered individual this long after receipt of notice of the determination to request an appeal.",
  unit: "deadline",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2021-01-01", value: { amount: 10, unit: "calendar-days" }, cite: [M.cmr214, M.appealsTimeline] }],
});

export const familyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "ma-pfml.family-relationships",
  label: "MA family members for family leave",
  description:
    "Lists whose care family leave covers, including parents-in-law and a person who stood in loco parentis to the employee as a minor.",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2021-01-01",
      value: [
        "SPOUSE",
        "DOMESTIC_PARTNER",
        "CHILD",
        "PARENT",
        "PARENT_IN_LAW",
        "IN_LOCO_PARENTIS",
        "GRANDCHILD",
        "GRANDPARENT",
        "SIBLING",
      ],
      cite: [
        seedChart("4010-4019", "family member definition"),
        { title: "Colorado Legislative Council memo: MA family", file: `${COLORADO_MEMO}:138`, grade: "B" },
      ],
    },
  ],
});
