/**
 * Maryland Family and Medical Leave Insurance (FAMLI), Md. Code, Labor & Employment Title 8.3:
 * every figure the rules use, dated and cited. Figures come from shared/reference/parameters.md
 * §10 (source keys D1–D9 with their grades) and the seed chart
 * shared/seeds/003_55eae632d3b6e248.txt (MD section, lines 4581–4813, the 2023 statute).
 *
 * HB 102 (2025) delayed the program: contributions from 2027-01-01, benefits from 2028-01-03.
 * The figures the benefit needs are not published: the state average weekly wage (the
 * workers' compensation figure under §9-603), the employee AWW rule as amended by HB 102 (the
 * "anchor date"), the 2027 contribution rate (due by 2026-05-01, not found) and the 2027–2028
 * Social Security wage base. The $50 / $1,000 minimum and maximum hold through 2028.
 */
import { type Money, money } from "../../core/money";
import { type Citation, defineParameter } from "../../core/parameter";
import type { FamilyRelationship } from "../../core/vocabulary";
import { parameterTables, seedChart } from "../sources";

const VERIFIED = "2026-11-21";

/** Sources, keyed as in parameters.md §10. */
export const D = {
  d1: {
    title: "Littler: Maryland again delays paid family and medical leave program",
    href: "https://littler.co/news-analysis/asap/maryland-again-delays-paid-family-and-medical-leave-program",
    grade: "B",
  },
  d2: {
    title: "Mondaq: Maryland delays FAMLI again (min $50 / max $1,000 through 2028)",
    href: "https://www.mondaq.com/unitedstates/employee-benefits-compensation/1622292/maryland-delays-paid-family-and-medical-leave-insurance-program-again-clarifies-parental-leave-law",
    grade: "B",
  },
  d3: {
    title: "Maryland Department of Labor: FAMLI for employees",
    href: "https://paidleave.maryland.gov/employees",
    grade: "A",
  },
  d4: {
    title: "Mondaq: new dates announced for Maryland's delayed FAMLI program",
    href: "https://www.mondaq.com/unitedstates/employee-rights-labour-relations/1610918/new-dates-announced-for-marylands-delayed-famli-program",
    grade: "B",
    publishedOn: "2025-04-16",
  },
  d5: {
    title: "Lerch Early: Maryland family leave contributions",
    href: "https://www.lerchearly.com/news/maryland-family-leave-contributions-start-this-year-what-you-need-to-know/",
    grade: "B",
  },
  d6: {
    title: "Carr Maloney: Maryland adopts FAMLI requirements",
    href: "https://carrmaloney.com/insights/maryland-adopts-family-and-medical-leave-insurance-requirements",
    grade: "B",
  },
  d7: {
    title: "Larkin: law changes, Maryland",
    href: "https://thelarkincompany.com/law-changes/maryland/",
    grade: "B",
    publishedOn: "2025-04-15",
  },
  d8: {
    title: "Maryland Department of Labor: FAMLI for employers",
    href: "https://paidleave.maryland.gov:443/employers/Pages/home.aspx",
    grade: "A",
  },
  d9: {
    title: "Colonial Life: Maryland paid leave",
    href: "https://coloniallife.com/paid-leave-laws/maryland",
    grade: "B",
  },
  ppi: {
    title: "PPI Benefit Solutions: benefits available January 3, 2028; the year begins the day the employee applies",
    href: "https://www.ppibenefits.com/Resource-Library/Compliance-Corner/State-Updates/maryland-delays-implementation-of-famli-program",
    grade: "B",
    publishedOn: "2025-06-17",
  },
  gfr: {
    title: "Gordon Feinblatt: FAMLI implementation delayed (benefits January 3, 2028)",
    href: "https://www.gfrlaw.com/what-we-do/insights/maryland-paid-family-and-medical-leave-insurance-famli-implementation-delayed",
    grade: "B",
  },
} as const satisfies Record<string, Citation>;

const ref = parameterTables("§10 Maryland");

const UNTIL = "2028-12-31";

export const stateAverageWeeklyWage = defineParameter<Money>({
  id: "md-famli.state-average-weekly-wage",
  label: "MD state average weekly wage",
  description:
    "Sets the tier breakpoint (65% of it): the state average weekly wage under Labor & Employment §9-603 (workers' compensation).",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: UNTIL,
  values: [
    {
      from: "2028-01-03",
      unknown: "not-published",
      cite: [seedChart("4683-4713", "SAWW = the wage under §9-603 (no value in the documents)"), ref(513, "B")],
      note: "No source gives the state average weekly wage the program will use (rules-from-seeds note 26).",
    },
  ],
});

export const maximumWeeklyBenefit = defineParameter<Money>({
  id: "md-famli.maximum-weekly-benefit",
  label: "MD maximum weekly benefit",
  description: "Caps the weekly benefit ($1,000 through calendar year 2028; indexed from 2029).",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: UNTIL,
  values: [
    {
      from: "2028-01-03",
      value: money("1000"),
      cite: [D.d2, ref(514, "B"), seedChart("4687-4691", "maximum $1,000/week (2025 text)")],
    },
  ],
});

export const minimumWeeklyBenefit = defineParameter<Money>({
  id: "md-famli.minimum-weekly-benefit",
  label: "MD minimum weekly benefit",
  description: "Sets the least weekly benefit ($50 through calendar year 2028).",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: UNTIL,
  values: [
    { from: "2028-01-03", value: money("50"), cite: [D.d2, ref(514, "B"), seedChart("4685", "minimum $50/week")] },
  ],
});

export const lowerTierRate = defineParameter<Money>({
  id: "md-famli.lower-tier-rate",
  label: "MD replacement rate up to 65% of the state AWW",
  description: "Replaces the part of the AWW up to 65% of the state average weekly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2028-01-03",
      value: money("0.9"),
      cite: [D.d7, ref(513, "B"), seedChart("4683-4713", "90% of AWW up to 65% SAWW")],
    },
  ],
});

export const upperTierRate = defineParameter<Money>({
  id: "md-famli.upper-tier-rate",
  label: "MD replacement rate above 65% of the state AWW",
  description: "Replaces the part of the AWW above 65% of the state average weekly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2028-01-03",
      value: money("0.5"),
      cite: [D.d7, ref(513, "B"), seedChart("4683-4713", "50% above 65% SAWW")],
    },
  ],
});

export const tierBreakpointShare = defineParameter<Money>({
  id: "md-famli.tier-breakpoint-share",
  label: "MD tier breakpoint as a share of the state AWW",
  description:
    "Places the breakpoint between the two replacement tiers at this share of the state average weekly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2028-01-03", value: money("0.65"), cite: [D.d7, ref(513, "B")] }],
});

/** The employee's AWW measure: the highest `quarters` quarters ÷ 13 weeks each. */
export type AverageWeeklyWageMethod = { readonly quarters: number };

export const averageWeeklyWageMethod = defineParameter<AverageWeeklyWageMethod>({
  id: "md-famli.average-weekly-wage-method",
  label: "MD measure of the employee's average weekly wage",
  description: "Turns the employee's wages into the average weekly wage for the benefit formula.",
  unit: "rule",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2028-01-03",
      unknown: "not-published",
      cite: [D.d1, seedChart("4683-4713", "2023 text: wages for the last 680 hours ÷ weeks worked")],
      note: 'HB 102 (2025) redefined the AWW around an "anchor date"; its text and regulations are not in the sources. The 2023 rule (the last 680 hours\' wages ÷ weeks worked) needs hours per week the request does not carry.',
    },
  ],
});

export const hoursLast12Months = defineParameter<number>({
  id: "md-famli.hours-last-12-months",
  label: "MD hours worked in the 12 months before leave",
  description: "A covered employee worked at least this many hours in the 12 months immediately before the leave.",
  unit: "hours",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2028-01-03",
      value: 680,
      cite: [D.d3, D.d8, ref(515, "A"), seedChart("4614-4622", "at least 680 hours in the 12 months before leave")],
    },
  ],
});

export const leaveWeeks = defineParameter<number>({
  id: "md-famli.leave-weeks",
  label: "MD weeks per application year",
  description: "Caps paid leave for all reasons together in an application year.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2028-01-03",
      value: 12,
      cite: [D.d7, ref(516, "B"), seedChart("4719-4727", "12 weeks per application year")],
    },
  ],
});

export const bondingAndMedicalExtraWeeks = defineParameter<number>({
  id: "md-famli.bonding-and-medical-extra-weeks",
  label: "MD extra weeks when bonding and own-health leave fall in one application year",
  description:
    "Adds weeks when, in the same application year, the employee receives benefits for bonding and for their own serious health condition (24 in all).",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2028-01-03",
      value: 12,
      cite: [D.d7, D.ppi, ref(516, "B"), seedChart("4719-4727", "an additional 12 weeks")],
    },
  ],
});

export const waitingPeriodDays = defineParameter<number>({
  id: "md-famli.waiting-period-days",
  label: "MD waiting period",
  description: "FAMLI has no waiting period.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2028-01-03",
      value: 0,
      cite: [D.d9, ref(517, "B"), seedChart("4661-4663", "waiting period: none specified")],
    },
  ],
});

export const bondingWindowMonths = defineParameter<number>({
  id: "md-famli.bonding-window-months",
  label: "MD bonding window",
  description: "Bonding leave is for caring for a new child during the first year after birth or placement.",
  unit: "months",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2028-01-03",
      value: 12,
      cite: [D.d1, seedChart("4625-4634", "bonding within 1 year of birth or placement")],
    },
  ],
});

export const contributionRate = defineParameter<Money>({
  id: "md-famli.contribution-rate",
  label: "MD total contribution rate",
  description:
    "Sets the contribution as a share of wages up to the Social Security base (at most 1.2%), for wages paid in the year.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: UNTIL,
  values: [
    {
      from: "2027-01-01",
      unknown: "not-published",
      cite: [D.d2, D.d5, ref(511, "B")],
      note: "The 2027 rate was due by 2026-05-01 and was not found (the 0.90% announced in 2023 was for the earlier start).",
    },
    {
      from: "2028-01-01",
      unknown: "not-published",
      cite: [D.d2, ref(511, "B")],
      note: "The 2028 rate is announced by November 1 of 2027; not in the sources.",
    },
  ],
});

export const contributionWageCap = defineParameter<Money>({
  id: "md-famli.contribution-wage-cap",
  label: "MD yearly wage cap for contributions (the Social Security base)",
  description: "Caps the wages subject to contributions each calendar year at the Social Security wage base.",
  unit: "USD/year",
  lastVerifiedOn: VERIFIED,
  until: UNTIL,
  values: [
    {
      from: "2027-01-01",
      unknown: "not-published",
      cite: [D.d5, ref(512, "B")],
      note: "The Social Security wage bases for 2027 and 2028 are not in the sources.",
    },
  ],
});

export const employeeContributionShare = defineParameter<Money>({
  id: "md-famli.employee-contribution-share",
  label: "MD most the employee may be charged",
  description:
    "Sets the share of the contribution an employer may deduct from the employee (the employer pays at least half).",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2027-01-01", value: money("0.5"), cite: [D.d5, D.d6, ref(512, "B")] }],
});

export const smallEmployerThreshold = defineParameter<number>({
  id: "md-famli.small-employer-threshold",
  label: "MD small-employer size",
  description:
    "Employers with fewer than this many employees do not pay the employer share (their employees still contribute).",
  unit: "employees",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2027-01-01",
      value: 15,
      cite: [D.d5, D.d6, ref(512, "B"), seedChart("4665-4681", "employers with 15 or more employees contribute")],
    },
  ],
});

export const familyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "md-famli.family-relationships",
  label: "MD family members",
  description:
    "Lists whose care family leave covers: child (incl. foster, step, ward, in loco parentis), parent (incl. of a spouse, legal guardian, in loco parentis), spouse, grandparent, grandchild and sibling.",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2028-01-03",
      value: ["CHILD", "PARENT", "PARENT_IN_LAW", "IN_LOCO_PARENTIS", "SPOUSE", "GRANDPARENT", "GRANDCHILD", "SIBLING"],
      cite: [seedChart("4636-4648", "family member definition")],
    },
  ],
});
