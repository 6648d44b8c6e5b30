/**
 * Paid Leave Oregon: every figure the rules use, dated and cited. Figures come from
 * shared/reference/parameters.md §4 (source keys O1–O10 with their grades), the seed chart
 * shared/seeds/003_55eae632d3b6e248.txt (OR section, lines 3509–3815), ORS 657B and
 * OAR 471-070.
 *
 * The state AWW, maximum and minimum are set for each fiscal year (July–June) and apply to
 * benefit years starting from the first full week after July 1 (OAR 471-070-1000(3)), i.e. the
 * first Sunday of July: 2023-07-02, 2024-07-07, 2025-07-06. A benefit year keeps the figures
 * in force when it began. The July 2026 figures and the 2026 contribution rate and wage cap
 * were not found.
 */
import { type Money, money } from "../../core/money";
import { type Citation, defineParameter } from "../../core/parameter";
import type { FamilyRelationship } from "../../core/vocabulary";
import { parameterTables, seedChart, unreviewedCompilation } from "../sources";

const VERIFIED = "2026-11-21";

/** Sources, keyed as in parameters.md §4. */
export const O = {
  o1: {
    title: "ORS 657B.050 Amount of benefits",
    section: "ORS 657B.050",
    href: "https://instalawyer.io/laws/2021-oregon-revised-statutes/section-657b050-amount-of",
    grade: "A",
  },
  o2: {
    title: "Democrat-Herald (quoting OED): Oregon sets benefits for unemployment, paid leave",
    href: "https://democratherald.com/news/state-and-regional/govt-and-politics/oregon-sets-benefits-for-unemployment-paid-leave/article_fdcdd1ee-0551-11ee-8663-17e4d271db50.html",
    grade: "B",
    publishedOn: "2023-06-07",
  },
  o3: {
    title: "KOBI-TV: Paid Leave Oregon to begin over Labor Day weekend",
    href: "https://kobi5.com/news/paid-leave-oregon-to-begin-over-labor-day-weekend-214239/",
    grade: "B",
  },
  o4: {
    title: "Paid Leave Oregon: What are Paid Leave Oregon contributions and when do they begin?",
    href: "https://paidleavecontact.oregon.gov/hc/en-us/articles/7385816752279-What-are-Paid-Leave-Oregon-contributions-and-when-do-they-begin-",
    grade: "A",
  },
  o5: {
    title: "Paid Leave Oregon bulletin, May 2022",
    href: "https://paidleave.oregon.gov/bulletins/2022-05-26/may-2022-bulletin/",
    grade: "A",
  },
  o6: {
    title: "Time Equipment: Oregon Paid Leave benefits start September 3rd",
    href: "https://www.timeequipment.com/oregon-paid-leave-benefits-start-september-3rd/",
    grade: "B",
  },
  o7: {
    title: "HR Answers: upcoming changes (Paid Leave Oregon 2024 and 2025 figures)",
    href: "https://hranswers.com/category/upcoming-changes-and-reminders/",
    grade: "B",
  },
  o8: {
    title: "Cascade Employers Association: 2024 contribution rate announced",
    href: "https://www.cascadeemployers.com/news/2023/12/27/news-alerts/paid-leave-oregon-2024-contribution-rate-announced/",
    grade: "B",
    publishedOn: "2023-12-27",
  },
  o9: {
    title: "ADP: Oregon releases 2025 paid leave premium rates",
    href: "http://adpinsightsandsolutionsbulletin.com/resource/Compliance-Corner/State-Compliance-Updates/Oregon/ArtMID/1754/ArticleID/6571/Oregon-releases-2025-paid-leave-premium-rates",
    grade: "B",
  },
  o10: {
    title: "OPB: Paid Leave Oregon website updated (14 weeks with pregnancy)",
    href: "https://opb.org/article/2023/02/08/paid-leave-oregon-website-updated-multiple-languages-functions/?outputType=amp",
    grade: "B",
    publishedOn: "2023-02-08",
  },
  oar1000: {
    title:
      "Benefits: definitions (state average weekly wage set per fiscal year, applied from the first full week after July 1, kept for the whole benefit year; benefit year)",
    section: "OAR 471-070-1000(3)-(4)",
    href: "https://regulations.justia.com/states/oregon/chapter-471/division-70/section-471-070-1000",
    grade: "A",
  },
} as const satisfies Record<string, Citation>;

const ref = parameterTables("§4 Oregon");

export const stateAverageWeeklyWage = defineParameter<Money>({
  id: "or-pfml.state-average-weekly-wage",
  label: "OR state average weekly wage",
  description:
    "Sets the tier breakpoint (65% of it) for benefit years starting from the first full week after July 1 of the fiscal year; a benefit year keeps the figure in force when it began.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2027-07-03",
  values: [
    {
      from: "2023-07-02",
      value: money("1269.69"),
      cite: [O.o2, O.oar1000, ref(195, "B")],
      note: "fiscal year 2023-24 (benefits began 2023-09-03)",
    },
    {
      from: "2024-07-07",
      value: money("1307.17"),
      cite: [O.o7, O.oar1000, ref(196, "B")],
      note: "fiscal year 2024-25",
    },
    {
      from: "2025-07-06",
      value: money("1363.80"),
      cite: [O.o7, O.oar1000, ref(197, "B")],
      note: "fiscal year 2025-26; the July 2026 figure was not found (parameters.md §4 2026 row)",
    },
    {
      from: "2026-07-05",
      unknown: "unverified",
      value: money("1410.13"),
      cite: [
        unreviewedCompilation("OR SAWW $1,410.13, maximum $1,692.16, minimum $70.51 for benefit years from 2026-06-28"),
      ],
      note: "OED's fiscal-year 2026-27 figure was not found in the sources searched on 2026-12-03; $1,410.13 appears only in an unreviewed compilation (grade C), which also dates it from 2026-06-28 rather than the first full week after July 1.",
    },
  ],
});

export const maximumWeeklyBenefit = defineParameter<Money>({
  id: "or-pfml.maximum-weekly-benefit",
  label: "OR maximum weekly benefit",
  description:
    "Caps the weekly benefit at 120% of the state average weekly wage, as published by OED for the benefit years of each fiscal year.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-07-04",
  values: [
    {
      from: "2023-07-02",
      value: money("1523.63"),
      cite: [O.o2, O.o3, ref(195, "B")],
      note: "120% × $1,269.69 = $1,523.628 → $1,523.63; a secondary estimate of $1,469 was wrong (parameters.md note 14)",
    },
    {
      from: "2024-07-07",
      value: money("1568.60"),
      cite: [O.o7, ref(196, "B")],
      note: "120% × $1,307.17 = $1,568.604 → $1,568.60",
    },
    { from: "2025-07-06", value: money("1636.56"), cite: [O.o7, ref(197, "B")] },
  ],
});

export const minimumWeeklyBenefit = defineParameter<Money>({
  id: "or-pfml.minimum-weekly-benefit",
  label: "OR minimum weekly benefit",
  description:
    "Sets the least weekly benefit at 5% of the state average weekly wage, as published by OED for the benefit years of each fiscal year.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-07-04",
  values: [
    {
      from: "2023-07-02",
      value: money("63.48"),
      cite: [O.o2, ref(195, "B")],
      note: "5% × $1,269.69 = $63.4845 → $63.48; a secondary estimate of $61.24 was wrong (parameters.md note 14)",
    },
    {
      from: "2024-07-07",
      value: money("65.36"),
      cite: [O.o7, ref(196, "B")],
      note: "5% × $1,307.17 = $65.3585 → $65.36",
    },
    { from: "2025-07-06", value: money("68.19"), cite: [O.o7, ref(197, "B")] },
  ],
});

export const lowerTierRate = defineParameter<Money>({
  id: "or-pfml.lower-tier-rate",
  label: "OR replacement rate up to 65% of the state AWW",
  description: "Replaces the part of the employee's AWW equal to or less than 65% of the state average weekly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2023-09-03",
      value: money("1"),
      cite: [O.o1, ref(203, "A"), seedChart("3643", "paid 100% up to 65% of state AWW")],
    },
  ],
});

export const upperTierRate = defineParameter<Money>({
  id: "or-pfml.upper-tier-rate",
  label: "OR replacement rate above 65% of the state AWW",
  description: "Replaces the part of the employee's AWW above 65% of the state average weekly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2023-09-03",
      value: money("0.5"),
      cite: [O.o1, ref(204, "A"), seedChart("3645", "50% of AWW over 65% of state AWW")],
    },
  ],
});

export const tierBreakpointShare = defineParameter<Money>({
  id: "or-pfml.tier-breakpoint-share",
  label: "OR tier breakpoint as a share of the state AWW",
  description:
    "Places the breakpoint between the two replacement tiers at this share of the state average weekly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2023-09-03", value: money("0.65"), cite: [O.o1, ref(203, "A")] }],
});

/** The employee's AWW measure: the highest `quarters` base-year quarters ÷ 13 weeks each (4: the
 * whole base year ÷ 52). */
export type AverageWeeklyWageMethod = { readonly quarters: number };

const AWW_SOURCES: readonly Citation[] = [
  {
    title:
      "American Fidelity (OR equivalent-plan administrator): weekly earnings = annual earnings ÷ 52; $52,000 → $1,000 → $924.83 with the 2024-25 state AWW $1,307.17",
    href: "https://americanfidelity.com/or-leave-support/payments-and-benefits",
    grade: "B",
  },
  {
    title:
      "North Clackamas School District HR: Paid Leave Oregon examples by annual earnings ($52,000 → $1,000 a week → $912.65 with the 2023-24 state AWW)",
    href: "https://www.nclack.k12.or.us/departments/human-resources/paid-leave-oregon",
    grade: "B",
  },
  {
    title:
      'Portland Public Schools (with The Standard), "method from PLO": add the gross wages of the four base-year quarters and divide by 52 (copy of the PPS page)',
    href: "http://shahnfts.com/Page/12973",
    grade: "C",
  },
];

export const averageWeeklyWageMethod = defineParameter<AverageWeeklyWageMethod>({
  id: "or-pfml.average-weekly-wage-method",
  label: "OR measure of the employee's average weekly wage",
  description: "Turns base-year wages into the employee's average weekly wage for the benefit formula.",
  unit: "rule",
  lastVerifiedOn: "2026-12-03",
  values: [
    {
      from: "2023-09-03",
      value: { quarters: 4 },
      cite: AWW_SOURCES,
      note: "Base-year wages ÷ 52. No OAR text defining the employee's AWW was found (rules-from-seeds note 26); an insurer that administers Oregon equivalent plans and a public employer compute it this way in worked examples that reproduce OED's formula to the cent, and Portland Public Schools states it as PLO's method. The AWW is kept to the cent (halves up).",
    },
  ],
});

export const minimumBaseYearWages = defineParameter<Money>({
  id: "or-pfml.minimum-base-year-wages",
  label: "OR wages needed in the base year",
  description: "An eligible employee earned at least this much in wages in the base year (or the alternate base year).",
  unit: "USD",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2023-09-03",
      value: money("1000"),
      cite: [O.o6, ref(195, "B"), seedChart("3554", "at least $1,000 in the base year or alternate base year")],
    },
  ],
});

export const leaveWeeks = defineParameter<number>({
  id: "or-pfml.leave-weeks",
  label: "OR paid weeks per benefit year",
  description: "Caps paid leave for all reasons together in a benefit year.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2023-09-03",
      value: 12,
      cite: [O.o10, ref(206, "B"), seedChart("3656", "12 paid weeks for all reasons in a benefit year")],
    },
  ],
});

export const pregnancyExtensionWeeks = defineParameter<number>({
  id: "or-pfml.pregnancy-extension-weeks",
  label: "OR extra weeks for pregnancy-related limitations",
  description:
    "Adds paid weeks for limitations related to pregnancy, childbirth or a related medical condition, including lactation (14 in all).",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2023-09-03",
      value: 2,
      cite: [O.o10, ref(206, "B"), seedChart("3657", "2 additional paid weeks for pregnancy-related limitations")],
    },
  ],
});

export const waitingPeriodDays = defineParameter<number>({
  id: "or-pfml.waiting-period-days",
  label: "OR waiting period",
  description: "Paid Leave Oregon has no waiting period.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2023-09-03", value: 0, cite: [seedChart("3615-3617", "waiting period: none")] }],
});

export const bondingWindowMonths = defineParameter<number>({
  id: "or-pfml.bonding-window-months",
  label: "OR bonding window",
  description:
    "Bonding leave is for caring for and bonding with a child during the first year after birth, adoption or foster placement.",
  unit: "months",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2023-09-03",
      value: 12,
      cite: [seedChart("3598-3599", "bond with a child during the first year after birth or placement")],
    },
  ],
});

export const contributionRate = defineParameter<Money>({
  id: "or-pfml.contribution-rate",
  label: "OR total contribution rate",
  description:
    "Sets the contribution as a share of wages up to the year's wage cap, for wages paid in the calendar year (at most 1%).",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    { from: "2023-01-01", value: money("0.01"), cite: [O.o4, O.o5, ref(195, "A"), seedChart("3624", "total rate 1%")] },
    { from: "2024-01-01", value: money("0.01"), cite: [O.o8, ref(196, "B")] },
    { from: "2025-01-01", value: money("0.01"), cite: [O.o9, ref(197, "B")] },
    {
      from: "2026-01-01",
      unknown: "not-published",
      cite: [ref(198, "B")],
      note: "The 2026 contribution rate was not found (parameters.md §4 2026 row).",
    },
  ],
});

export const employeeContributionShare = defineParameter<Money>({
  id: "or-pfml.employee-contribution-share",
  label: "OR employee share of the contribution",
  description: "Sets the share of the total contribution paid by the employee (the employer pays the rest).",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    {
      from: "2023-01-01",
      value: money("0.6"),
      cite: [O.o4, ref(195, "A"), seedChart("3628", "employer 40%, employee 60%")],
    },
    {
      from: "2026-01-01",
      unknown: "not-published",
      cite: [ref(198, "B")],
      note: "The 2026 split was not found (parameters.md §4 2026 row).",
    },
  ],
});

export const contributionWageCap = defineParameter<Money>({
  id: "or-pfml.contribution-wage-cap",
  label: "OR yearly wage cap for contributions",
  description:
    "Caps the wages subject to contributions each calendar year ($132,900 in 2023, then indexed and announced by November 15).",
  unit: "USD/year",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    { from: "2023-01-01", value: money("132900"), cite: [O.o4, ref(195, "A"), seedChart("3625", "2023: $132,900")] },
    { from: "2024-01-01", value: money("168600"), cite: [O.o8, ref(196, "B")] },
    { from: "2025-01-01", value: money("176100"), cite: [O.o9, ref(197, "B")] },
    {
      from: "2026-01-01",
      unknown: "not-published",
      cite: [ref(198, "B")],
      note: "The 2026 wage cap was not found (parameters.md §4 2026 row).",
    },
  ],
});

export const smallEmployerThreshold = defineParameter<number>({
  id: "or-pfml.small-employer-threshold",
  label: "OR small-employer size",
  description:
    "Employers with fewer than this many employees do not pay the employer contribution (they still remit the employee share).",
  unit: "employees",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2023-01-01",
      value: 25,
      cite: [O.o4, ref(205, "A"), seedChart("3629", "fewer than 25 employees exempt from employer contribution")],
    },
  ],
});

export const minimumClaimWorkdays = defineParameter<number>({
  id: "or-pfml.minimum-claim-workdays",
  label: "OR smallest payable increment",
  description: "Benefits are payable for leave taken in increments of at least one workday.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2023-09-03", value: 1, cite: [seedChart("3670-3672", "increments of 1 work day or 1 work week")] }],
});

export const familyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "or-pfml.family-relationships",
  label: "OR family members for family leave",
  description:
    "Lists whose care family leave covers: spouse, domestic partner, child (any age) and the child's spouse or partner, parent and parent-in-law, sibling, grandparent, grandchild (each with their spouse or partner), and anyone related by blood or affinity whose close association is the equivalent of a family relationship.",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2023-09-03",
      value: [
        "SPOUSE",
        "DOMESTIC_PARTNER",
        "CHILD",
        "CHILD_SPOUSE",
        "PARENT",
        "PARENT_IN_LAW",
        "IN_LOCO_PARENTIS",
        "SIBLING",
        "GRANDPARENT",
        "GRANDCHILD",
        "CHOSEN_FAMILY",
      ],
      cite: [
        seedChart("3575-3584", "family member definition"),
        {
          title: "University of Denver analysis: Oregon family definition",
          file: "shared/seeds/002_64e32af147dc6fe4.txt:371",
          grade: "B",
        },
        {
          title: '"Affinity": a significant personal bond like a family relationship',
          section: "OAR 471-070-1000(1)",
          href: "https://regulations.justia.com/states/oregon/chapter-471/division-70/section-471-070-1000",
          grade: "A",
        },
      ],
    },
  ],
});
