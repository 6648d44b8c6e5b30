/**
 * Washington Paid Family and Medical Leave: every figure the rules use, dated and cited.
 * Figures come from shared/reference/parameters.md §1 (source keys W1–W21 with their grades)
 * and the seed chart shared/seeds/003_55eae632d3b6e248.txt (WA section, lines 3073–3444).
 */
import type { DeadlinePeriod } from "../../deadlines/business-days";
import { type Money, money } from "../../core/money";
import { type Citation, defineParameter } from "../../core/parameter";
import type { FamilyRelationship } from "../../core/vocabulary";
import { COLORADO_MEMO, parameterTables, seedChart } from "../sources";

const VERIFIED = "2026-11-21";

/** Sources, keyed as in parameters.md §1. */
const W = {
  wac610051: {
    title: "WAC 192-610-051 How is the weekly benefit calculated?",
    section: "WAC 192-610-051",
    href: "https://app.leg.wa.gov/WAC/default.aspx?cite=192-610-051",
    grade: "A",
  },
  rcw15020: {
    title: "Benefit—Amount and duration",
    section: "RCW 50A.15.020",
    href: "https://app.leg.wa.gov/RCW/default.aspx?cite=50A.15&full=true",
    grade: "A",
  },
  rcw15010: {
    title: "Employee eligibility (820 hours)",
    section: "RCW 50A.15.010",
    href: "https://app.leg.wa.gov/RCW/default.aspx?cite=50A.15&full=true",
    grade: "A",
  },
  rcw15050: {
    title: "Timing of benefit payments—Employer contest of application",
    section: "RCW 50A.15.050(1)",
    href: "https://instalawyer.io/laws/revised-code-of-washington/50a15050-timing-of-benefit",
    grade: "A",
  },
  rcw50010: {
    title: "Appeals—Generally",
    section: "RCW 50A.50.010(1)",
    href: "https://app.leg.wa.gov/RCW/default.aspx?cite=50A.50&full=true",
    grade: "A",
  },
  wac800040: {
    title: "Timeliness requirements for an appeal",
    section: "WAC 192-800-040(2)",
    href: "https://lawfilesext.leg.wa.gov/Law/WACArchive/2021/htm/WAC%20192%20%20TITLE/WAC%20192%20-800%20%20CHAPTER/WAC%20192%20-800%20-040.htm",
    grade: "A",
  },
  w3: {
    title: "KHQ (quoting ESD): CY2018 average wage",
    href: "https://www.khq.com/news/average-wage-in-washington-surpasses-in/article_a038e83e-8d37-11e9-ad01-4f85b243dd87.html",
    grade: "A",
    publishedOn: "2019-06-12",
  },
  w4: {
    title: "Research Council: WA average wage 2019",
    href: "https://researchcouncil.org/washingtons-average-wage-was-up-6-7-percent-in-2019-this-will-affect-several-state-programs/",
    grade: "B",
    publishedOn: "2020-06-16",
  },
  w6: {
    title: "ESD: 2021 average annual wage",
    href: "https://esd.wa.gov/newsroom/2021-average-annual-wage",
    grade: "A",
    publishedOn: "2022-06-16",
  },
  w7: {
    title: "ESD news release (2023)",
    href: "https://esd.wa.gov/Contents/Item/Display/36270",
    grade: "A",
    publishedOn: "2023-06-28",
  },
  w8: { title: "ESD news release (2024)", href: "https://esd.wa.gov/node/568", grade: "A" },
  w9: {
    title: "ESD: Washington's average wage increased in 2024",
    href: "https://esd.wa.gov/about-us/news-release/2025/washingtons-average-wage-increased-95160-2024",
    grade: "A",
  },
  w10: {
    title: "Larkin: 2022 law changes, Washington",
    href: "https://thelarkincompany.com/2022-law-changes/washington/",
    grade: "B",
  },
  w11: {
    title: "HR Works: WA increases PFML rates for 2022",
    href: "https://hrworks-inc.com/industry-update/washington-increases-pfml-rates-and-weekly-benefit-for-2022/",
    grade: "B",
  },
  w12: {
    title: "L&I: Paid family and medical leave",
    href: "https://lni.wa.gov/workers-rights/leave/paid-family-and-medical-leave",
    grade: "A",
  },
  w13: {
    title: "Larkin: law changes, Washington (2022-12-02)",
    href: "https://thelarkincompany.com/law-changes/washington/",
    grade: "B",
  },
  w14: {
    title: "Paid Leave WA: premiums",
    href: "https://paidleave.wa.gov/help-center/employers/premiums/",
    grade: "A",
  },
  w15: {
    title: "ESD: Paid leave premiums to increase in 2025",
    href: "https://esd.wa.gov/newsroom/paid-leave-premiums-to-increase-in-2025",
    grade: "A",
    publishedOn: "2024-10-23",
  },
  w16: { title: "Paid Leave WA: updates", href: "https://paidleave.wa.gov/updates", grade: "A" },
  w17: {
    title: "Mutual of Omaha: Washington PFML",
    href: "https://mutualofomaha.com/employer-based-plans/paid-family-medical-leave/washington",
    grade: "B",
  },
  w18: { title: "The Standard: Washington PFL", href: "https://www.standard.com/employer/pfl/washington", grade: "B" },
  w20: {
    title: "AP via Kitsap Sun: premiums start",
    href: "https://www.kitsapsun.com/story/news/2018/12/28/premiums-washingtons-new-paid-family-program-start-next-week/2435798002/",
    grade: "B",
    publishedOn: "2018-12-28",
  },
} as const satisfies Record<string, Citation>;

const ref = parameterTables("§1 Washington");

export const stateAverageWeeklyWage = defineParameter<Money>({
  id: "wa-pfml.state-average-weekly-wage",
  label: "WA state average weekly wage",
  description:
    "Sets the tier breakpoint (half of it) for claims filed in a calendar year; ESD publishes the average weekly wage of year Y−2 each June for claims from January 1 of year Y.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    { from: "2020-01-01", value: money("1255"), cite: [W.w3, ref(39, "A")], note: "CY2018 average weekly wage" },
    { from: "2021-01-01", value: money("1340"), cite: [W.w4, ref(40, "B")], note: "CY2019 average weekly wage" },
    {
      from: "2022-01-01",
      value: money("1475"),
      cite: [W.w6, ref(41, "A"), seedChart("3253", "2022 state AWW")],
      note: "CY2020; PolicyEngine's $1,474 is wrong (parameters.md note 1)",
    },
    {
      from: "2023-01-01",
      value: money("1586"),
      cite: [W.w6, ref(42, "A"), seedChart("3257", "2023 state AWW")],
      note: "CY2021",
    },
    { from: "2024-01-01", value: money("1618"), cite: [W.w7, W.w18, ref(43, "A")], note: "CY2022" },
    { from: "2025-01-01", value: money("1714"), cite: [W.w8, ref(44, "A")], note: "CY2023" },
    { from: "2026-01-01", value: money("1830"), cite: [W.w9, ref(45, "A")], note: "CY2024" },
  ],
});

export const maximumWeeklyBenefit = defineParameter<Money>({
  id: "wa-pfml.maximum-weekly-benefit",
  label: "WA maximum weekly benefit",
  description:
    "Caps the weekly benefit for claims filed in the year: $1,000 by statute in 2020, then 90% of the state average weekly wage rounded down to the dollar. A 2025–26 bill to freeze the 2027 maximum [W21, grade C] was not confirmed enacted.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    {
      from: "2020-01-01",
      value: money("1000"),
      cite: [W.w20, W.w12, ref(39, "A")],
      note: "statutory maximum for 2020",
    },
    { from: "2021-01-01", value: money("1206"), cite: [W.w4, W.w11, ref(40, "B")] },
    { from: "2022-01-01", value: money("1327"), cite: [W.w6, W.w11, ref(41, "A"), seedChart("3254", "2022 maximum")] },
    { from: "2023-01-01", value: money("1427"), cite: [W.w13, ref(42, "B"), seedChart("3258", "2023 maximum")] },
    { from: "2024-01-01", value: money("1456"), cite: [W.w18, ref(43, "B")] },
    { from: "2025-01-01", value: money("1542"), cite: [W.w8, ref(44, "A")] },
    { from: "2026-01-01", value: money("1647"), cite: [W.w9, ref(45, "A")] },
  ],
});

export const minimumWeeklyBenefit = defineParameter<Money>({
  id: "wa-pfml.minimum-weekly-benefit",
  label: "WA minimum weekly benefit",
  description: "Floors the weekly benefit; when the employee's AWW is below it, the benefit is the full AWW instead.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    {
      from: "2020-01-01",
      value: money("100"),
      cite: [W.w12, W.w7, W.w8, W.w9, ref(39, "A"), seedChart("3255", "minimum $100 or actual wages if less")],
      note: "ESD: the minimum remains $100 in 2026",
    },
  ],
});

export const lowerTierRate = defineParameter<Money>({
  id: "wa-pfml.lower-tier-rate",
  label: "WA replacement rate up to half the state AWW",
  description: "Replaces the part of the employee's AWW up to half the state average weekly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2020-01-01",
      value: money("0.9"),
      cite: [W.wac610051, W.rcw15020, seedChart("3247", "90% of AWW up to 50% of SAWW")],
    },
  ],
});

export const upperTierRate = defineParameter<Money>({
  id: "wa-pfml.upper-tier-rate",
  label: "WA replacement rate above half the state AWW",
  description: "Replaces the part of the employee's AWW above half the state average weekly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2020-01-01",
      value: money("0.5"),
      cite: [W.wac610051, W.rcw15020, seedChart("3248-3250", "50% above half the SAWW")],
    },
  ],
});

export const tierBreakpointShare = defineParameter<Money>({
  id: "wa-pfml.tier-breakpoint-share",
  label: "WA tier breakpoint as a share of the state AWW",
  description:
    "Places the breakpoint between the two replacement tiers at this share of the state average weekly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2020-01-01", value: money("0.5"), cite: [W.wac610051, seedChart("3247", "50% of the state AWW")] }],
});

export const averageWeeklyWageQuarters = defineParameter<number>({
  id: "wa-pfml.average-weekly-wage-quarters",
  label: "WA quarters averaged for the AWW",
  description:
    "Counts the highest-paid quarters of the qualifying period whose wages are divided by 13 weeks each (2 → ÷ 26).",
  unit: "rule",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2020-01-01", value: 2, cite: [W.wac610051] }],
});

export const qualifyingHours = defineParameter<number>({
  id: "wa-pfml.qualifying-hours",
  label: "WA hours needed in the qualifying period",
  description: "Requires this many hours worked in WA employment (any employers) during the qualifying period.",
  unit: "hours",
  lastVerifiedOn: VERIFIED,
  values: [
    { from: "2020-01-01", value: 820, cite: [W.rcw15010, W.w14, ref(43, "A"), seedChart("3120-3123", "820 hours")] },
  ],
});

export const medicalLeaveWeeks = defineParameter<number>({
  id: "wa-pfml.medical-leave-weeks",
  label: "WA weeks of medical leave per claim year",
  description: "Caps paid medical leave (own serious health condition) in a claim year.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2020-01-01", value: 12, cite: [W.rcw15020, W.w17, seedChart("3273", "medical leave 12 weeks")] }],
});

export const familyLeaveWeeks = defineParameter<number>({
  id: "wa-pfml.family-leave-weeks",
  label: "WA weeks of family leave per claim year",
  description: "Caps paid family leave (bonding, family care, military exigency) in a claim year.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2020-01-01", value: 12, cite: [W.rcw15020, W.w17, seedChart("3275", "family leave 12 weeks")] }],
});

export const combinedLeaveWeeks = defineParameter<number>({
  id: "wa-pfml.combined-leave-weeks",
  label: "WA weeks of family and medical leave combined per claim year",
  description: "Caps all paid leave together in a claim year.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2020-01-01", value: 16, cite: [W.rcw15020, W.w17, W.w20, seedChart("3276", "combined 16 weeks")] }],
});

export const pregnancyExtensionWeeks = defineParameter<number>({
  id: "wa-pfml.pregnancy-extension-weeks",
  label: "WA extra weeks for incapacity with a pregnancy",
  description:
    "Adds weeks to medical leave and to the combined cap for a serious health condition with a pregnancy that results in incapacity (14 medical, 18 combined).",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    { from: "2020-01-01", value: 2, cite: [W.rcw15020, W.w17, seedChart("3274-3277", "additional 2 weeks, total 18")] },
  ],
});

export const waitingPeriodDays = defineParameter<number>({
  id: "wa-pfml.waiting-period-days",
  label: "WA waiting period",
  description:
    "Sets the unpaid waiting period (once per claim year) before benefits are payable; it does not reduce the leave balance.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2020-01-01",
      value: 7,
      cite: [W.rcw15020, W.w17, seedChart("3195-3208", "7 consecutive calendar days, once per claim year")],
    },
  ],
});

export const birthMedicalLeaveWaitingWaived = defineParameter<boolean>({
  id: "wa-pfml.birth-medical-leave-waiting-waived",
  label: "WA: no waiting period for medical leave upon the birth of a child",
  description: "Waives the waiting period for the birthing parent's medical leave taken upon the birth of a child.",
  unit: "rule",
  lastVerifiedOn: VERIFIED,
  values: [
    { from: "2020-01-01", value: false, cite: [W.rcw15020, W.w10] },
    {
      from: "2022-06-09",
      value: true,
      cite: [W.w10, W.w17, ref(61, "B"), seedChart("3203", "no waiting period for medical leave upon birth")],
    },
  ],
});

export const premiumRate = defineParameter<Money>({
  id: "wa-pfml.premium-rate",
  label: "WA total premium rate",
  description: "Sets the total premium as a share of wages up to the wage cap, for wages paid in the calendar year.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    {
      from: "2019-01-01",
      value: money("0.004"),
      cite: [
        W.w20,
        { title: "Colorado Legislative Council memo: WA contributions", file: `${COLORADO_MEMO}:267`, grade: "B" },
      ],
    },
    { from: "2021-01-01", value: money("0.004"), cite: [W.w10, ref(40, "B")] },
    {
      from: "2022-01-01",
      value: money("0.006"),
      cite: [W.w11, W.w12, ref(41, "A"), seedChart("3218", "0.6% for 2022")],
    },
    { from: "2023-01-01", value: money("0.008"), cite: [W.w13, ref(42, "B"), seedChart("3227", "0.8% for 2023")] },
    { from: "2024-01-01", value: money("0.0074"), cite: [W.w14, ref(43, "A")] },
    { from: "2025-01-01", value: money("0.0092"), cite: [W.w15, ref(44, "A")] },
    { from: "2026-01-01", value: money("0.0113"), cite: [W.w16, ref(45, "A")] },
  ],
});

export const employeePremiumShare = defineParameter<Money>({
  id: "wa-pfml.employee-premium-share",
  label: "WA employee share of the total premium",
  description:
    "Sets the share of the total premium the employer may collect from the employee; the employer pays the rest.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    {
      from: "2019-01-01",
      value: money("0.6333"),
      cite: [
        W.w10,
        {
          title: "Colorado Legislative Council memo: family 1/3 (employee all), medical 2/3 (employee 45%)",
          file: `${COLORADO_MEMO}:267`,
          grade: "B",
        },
      ],
    },
    {
      from: "2022-01-01",
      value: money("0.7322"),
      cite: [W.w12, W.w11, ref(41, "A"), seedChart("3222", "employee 73.22%")],
      note: "The chart's 1/2–1/2 split would give 72.5%; the published share is used (rules-from-seeds note 3).",
    },
    {
      from: "2023-01-01",
      value: money("0.7276"),
      cite: [W.w13, ref(42, "B"), seedChart("3231", "employee 72.76%")],
      note: "The chart's 1/3–2/3 split would give 63.33%; the published share is used.",
    },
    { from: "2024-01-01", value: money("0.7143"), cite: [W.w14, ref(43, "A")] },
    { from: "2025-01-01", value: money("0.7152"), cite: [W.w15, ref(44, "A")] },
    { from: "2026-01-01", value: money("0.7143"), cite: [W.w16, ref(45, "A")] },
  ],
});

export const smallEmployerThreshold = defineParameter<number>({
  id: "wa-pfml.small-employer-threshold",
  label: "WA small-employer size",
  description:
    "Employers with fewer than this many employees in WA need not pay the employer share (they still remit the employee share).",
  unit: "employees",
  lastVerifiedOn: VERIFIED,
  values: [
    { from: "2019-01-01", value: 50, cite: [W.w16, W.w12, ref(56, "A"), seedChart("3223", "fewer than 50 employees")] },
  ],
});

export const employerResponseDays = defineParameter<DeadlinePeriod>({
  id: "wa-pfml.employer-response-period",
  label: "WA time for an employer to contest an application",
  description:
    "Gives the employer this long from receipt of the department's notice to contest an initial application; a late contest is waived.",
  unit: "deadline",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2020-01-01", value: { amount: 18, unit: "calendar-days" }, cite: [W.rcw15050] }],
});

export const appealPeriod = defineParameter<DeadlinePeriod>({
  id: "wa-pfml.appeal-period",
  label: "WA time to appeal a determination",
  description:
    "Gives an aggrieved party this long after the date of notification or mailing (whichever is earlier) to appeal.",
  unit: "deadline",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2020-01-01", value: { amount: 30, unit: "calendar-days" }, cite: [W.rcw50010, W.wac800040] }],
});

export const minimumClaimHours = defineParameter<number>({
  id: "wa-pfml.minimum-claim-hours",
  label: "WA minimum claim duration",
  description: "A week is payable only when at least this many consecutive hours of leave are taken in it.",
  unit: "hours",
  lastVerifiedOn: VERIFIED,
  values: [
    { from: "2020-01-01", value: 8, cite: [W.rcw15020, seedChart("3287-3289", "8 consecutive hours in a week")] },
  ],
});

const BASE_FAMILY: readonly FamilyRelationship[] = [
  "SPOUSE",
  "DOMESTIC_PARTNER",
  "CHILD",
  "CHILD_SPOUSE",
  "PARENT",
  "PARENT_IN_LAW",
  "GRANDPARENT",
  "GRANDCHILD",
  "SIBLING",
];

export const familyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "wa-pfml.family-relationships",
  label: "WA family members for family leave",
  description:
    "Lists whose care family leave covers; child and parent include biological, adoptive, de facto, foster, step, in-law, guardianship and in loco parentis relationships.",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2020-01-01",
      value: BASE_FAMILY,
      cite: [
        seedChart("3174-3185", "family member definition"),
        { title: "Colorado Legislative Council memo: WA family", file: `${COLORADO_MEMO}:284`, grade: "B" },
      ],
    },
    {
      from: "2021-07-24",
      value: [...BASE_FAMILY, "HOUSEHOLD_MEMBER", "DEPENDENT_EXPECTING_CARE"],
      cite: [seedChart("3182-3186", "household members and dependents expecting care, effective 2021-07-24")],
    },
  ],
});

const LNI_MINIMUM_WAGE_HISTORY: Citation = {
  title: "L&I: History of Washington State's minimum wage",
  href: "https://lni.wa.gov/workers-rights/wages/minimum-wage/history-of-washington-states-minimum-wage",
  grade: "A",
};

/** Self-employed hours are presumed from earnings ÷ this wage (paidleave.wa.gov, elective coverage). */
export const stateMinimumWage = defineParameter<Money>({
  id: "wa-pfml.state-minimum-wage",
  label: "WA state minimum wage (per hour)",
  description:
    "Presumes the hours of a self-employed worker who elected coverage: ESD divides the earnings reported for a quarter by the state minimum wage in force that quarter.",
  unit: "USD",
  lastVerifiedOn: "2026-12-04",
  until: "2026-12-31",
  values: [
    { from: "2020-01-01", value: money("13.50"), cite: [LNI_MINIMUM_WAGE_HISTORY] },
    { from: "2021-01-01", value: money("13.69"), cite: [LNI_MINIMUM_WAGE_HISTORY] },
    { from: "2022-01-01", value: money("14.49"), cite: [LNI_MINIMUM_WAGE_HISTORY] },
    { from: "2023-01-01", value: money("15.74"), cite: [LNI_MINIMUM_WAGE_HISTORY] },
    { from: "2024-01-01", value: money("16.28"), cite: [LNI_MINIMUM_WAGE_HISTORY] },
    { from: "2025-01-01", value: money("16.66"), cite: [LNI_MINIMUM_WAGE_HISTORY] },
    {
      from: "2026-01-01",
      value: money("17.13"),
      cite: [
        {
          title: "tricitiesbusinessnews.com: State announces higher minimum wage for 2026 (L&I, 2025-09-30: $17.13)",
          href: "https://www.tricitiesbusinessnews.com/articles/state-announces-higher-minimum-wage-for-2026",
          grade: "B",
        },
      ],
    },
  ],
});
