/**
 * Colorado Family and Medical Leave Insurance (FAMLI): every figure the rules use, dated and
 * cited. Figures come from shared/reference/parameters.md §3 (source keys C1–C13 with their
 * grades), the seed chart shared/seeds/003_55eae632d3b6e248.txt (CO section, lines 1036–1352),
 * and the statute/rule text (C.R.S. 8-13.3-503, -506; 7 CCR 1107-3).
 */
import type { DeadlinePeriod } from "../../deadlines/business-days";
import { type Money, money } from "../../core/money";
import { type Citation, defineParameter } from "../../core/parameter";
import type { FamilyRelationship } from "../../core/vocabulary";
import { parameterTables, seedChart, unreviewedCompilation } from "../sources";

const VERIFIED = "2026-11-21";

const C = {
  c1: {
    title: "FAMLI premium and benefits calculator (2023 snapshot)",
    href: "https://famli.colorado.gov/individuals-and-families/premium-and-benefits-calculator",
    grade: "A",
  },
  c2: {
    title: "FAMLI premium and benefits calculator (2023–24 snapshot)",
    href: "https://famli.colorado.gov/individuals-and-families/premium-and-benefits-calculator?utm_medium=govdelivery&utm_source=email",
    grade: "A",
  },
  c3: {
    title: "Yahoo Finance: Colorado's paid family leave",
    href: "https://finance.yahoo.com/news/want-know-colorados-paid-family-183305720.html",
    grade: "B",
    publishedOn: "2023-08-28",
  },
  c4: {
    title: "ShelterPoint: CO FAMLI SAWW July 2024 / January 2025",
    href: "https://info.shelterpoint.com/Blog/co-famli-saww-july-2024",
    grade: "B",
    publishedOn: "2024-06-14",
  },
  c5: { title: "FAMLI rules and guidance", href: "https://famli.colorado.gov/rules-guidance", grade: "A" },
  c6: {
    title: "Amount of benefits — portability",
    section: "C.R.S. 8-13.3-506",
    href: "https://casetext.com/statute/colorado-revised-statutes/title-8-labor-and-industry/labor-i-department-of-labor-and-employment/labor-conditions/article-133-family-and-medical-leave/part-5-paid-family-and-medical-leave-insurance/section-8-133-506-amount-of-benefits-portability",
    grade: "A",
  },
  c7: {
    title: "Colonial Life: Colorado paid leave",
    href: "https://coloniallife.com/paid-leave-laws/colorado",
    grade: "B",
  },
  c8: { title: "Larkin: Colorado (2024-08-28)", href: "https://thelarkincompany.com/?p=131283", grade: "B" },
  c9: {
    title: "FAMLI premium and benefits calculator (2025–26 snapshot)",
    href: "https://famli.colorado.gov/individuals-and-families/premium-and-benefits-calculator",
    grade: "A",
  },
  c10: {
    title: "FAMLI adopted rules page: SAWW $1,534.94 and maximum $1,381.45 from July 1, 2025",
    href: "https://famli.colorado.gov/proposed/adopted-rules",
    grade: "A",
  },
  c11: {
    title: "CDLE newsletter: 0.88% premium from 2026",
    href: "https://content.govdelivery.com/accounts/CODLE/bulletins/3e67e68",
    grade: "A",
    publishedOn: "2025-06-24",
  },
  c12: {
    title: "Larkin: law changes, Colorado (2025-06-24)",
    href: "https://thelarkincompany.com/law-changes/colorado",
    grade: "B",
  },
  definitions: {
    title: "Definitions: average weekly wage; covered individual",
    section: "C.R.S. 8-13.3-503(2), (3)",
    href: "https://casetext.com/statute/colorado-revised-statutes/title-8-labor-and-industry/labor-i-department-of-labor-and-employment/labor-conditions/article-133-family-and-medical-leave/part-5-paid-family-and-medical-leave-insurance/section-8-133-503-definitions",
    grade: "A",
  },
} as const satisfies Record<string, Citation>;

const ref = parameterTables("§3 Colorado");

export const stateAverageWeeklyWage = defineParameter<Money>({
  id: "co-famli.state-average-weekly-wage",
  label: "CO state average weekly wage",
  description:
    "Sets the tier breakpoint (half of it); it resets every July 1 and applies at once to new and in-progress claims.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2027-06-30",
  values: [
    {
      from: "2022-07-01",
      value: money("1350.55"),
      cite: [C.c1, ref(154, "A")],
      note: "premium year only; benefits began 2024-01-01",
    },
    { from: "2023-07-01", value: money("1421.16"), cite: [C.c2, C.c3, ref(155, "A")] },
    { from: "2024-07-01", value: money("1471.34"), cite: [C.c5, C.c4, ref(156, "A")] },
    { from: "2025-07-01", value: money("1534.94"), cite: [C.c9, C.c10, ref(158, "A")] },
    {
      from: "2026-07-01",
      unknown: "unverified",
      value: money("1608.91"),
      cite: [unreviewedCompilation("CO SAWW $1,608.91 and maximum $1,448.02 from 2026-07-01")],
      note: "FAMLI's July 2026 figure was not found in the agency pages, rule filings or secondary sources searched on 2026-12-03; $1,608.91 appears only in an unreviewed compilation (grade C). A deployment can publish FAMLI's figure for these dates.",
    },
  ],
});

export const maximumWeeklyBenefit = defineParameter<Money>({
  id: "co-famli.maximum-weekly-benefit",
  label: "CO maximum weekly benefit",
  description:
    "Caps the weekly benefit by the date the leave begins: $1,100 for leave beginning before 2025, then 90% of the state AWW.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-06-30",
  values: [
    {
      from: "2024-01-01",
      value: money("1100"),
      cite: [C.c6, ref(155, "A"), seedChart("1204-1205", "benefits beginning before 1/1/2025 capped at $1,100")],
    },
    {
      from: "2025-01-01",
      value: money("1324.21"),
      cite: [C.c5, C.c4, ref(157, "A")],
      note: "Colonial Life's $1,324.31 is a typo; 90% × $1,471.34 = $1,324.21.",
    },
    { from: "2025-07-01", value: money("1381.45"), cite: [C.c10, ref(158, "A")] },
  ],
});

export const lowerTierRate = defineParameter<Money>({
  id: "co-famli.lower-tier-rate",
  label: "CO replacement rate up to half the state AWW",
  description: "Replaces the part of the AWW equal to or less than half the state average weekly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2024-01-01",
      value: money("0.9"),
      cite: [C.c6, ref(162, "A"), seedChart("1199", "90% up to 50% of SAWW")],
    },
  ],
});

export const upperTierRate = defineParameter<Money>({
  id: "co-famli.upper-tier-rate",
  label: "CO replacement rate above half the state AWW",
  description: "Replaces the part of the AWW above half the state average weekly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2024-01-01",
      value: money("0.5"),
      cite: [C.c6, ref(162, "A"), seedChart("1202", "50% above 50% of SAWW")],
    },
  ],
});

export const tierBreakpointShare = defineParameter<Money>({
  id: "co-famli.tier-breakpoint-share",
  label: "CO tier breakpoint as a share of the state AWW",
  description:
    "Places the breakpoint between the two replacement tiers at this share of the state average weekly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2024-01-01", value: money("0.5"), cite: [C.c6, C.c10] }],
});

export const averageWeeklyWageQuarters = defineParameter<number>({
  id: "co-famli.average-weekly-wage-quarters",
  label: "CO quarters averaged for the AWW",
  description: "The AWW is one-thirteenth of the wages in the base-period quarter with the highest wages.",
  unit: "rule",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2024-01-01", value: 1, cite: [C.definitions] }],
});

export const minimumBasePeriodWages = defineParameter<Money>({
  id: "co-famli.minimum-base-period-wages",
  label: "CO wages needed in the base period",
  description:
    "A covered individual earned at least this much in wages subject to premiums in the base period (or the alternative base period).",
  unit: "USD",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2024-01-01",
      value: money("2500"),
      cite: [C.definitions, C.c7, C.c8, ref(155, "B"), seedChart("1090", "at least $2,500 in wages")],
    },
  ],
});

export const leaveWeeks = defineParameter<number>({
  id: "co-famli.leave-weeks",
  label: "CO weeks of leave per application year",
  description: "Caps paid leave for all reasons together in an application year.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    { from: "2024-01-01", value: 12, cite: [ref(167, "B"), seedChart("1216", "12 weeks in an application year")] },
  ],
});

export const pregnancyExtensionWeeks = defineParameter<number>({
  id: "co-famli.pregnancy-extension-weeks",
  label: "CO extra weeks for pregnancy or childbirth complications",
  description:
    "Adds weeks for a serious health condition related to pregnancy or childbirth complications (16 in all).",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2024-01-01", value: 4, cite: [C.c12, ref(167, "B"), seedChart("1217", "additional 4 weeks")] }],
});

export const waitingPeriodDays = defineParameter<number>({
  id: "co-famli.waiting-period-days",
  label: "CO waiting period",
  description: "FAMLI has no waiting period.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    { from: "2024-01-01", value: 0, cite: [C.c7, ref(168, "B"), seedChart("1169-1171", "waiting period: none")] },
  ],
});

export const bondingWindowMonths = defineParameter<number>({
  id: "co-famli.bonding-window-months",
  label: "CO bonding window",
  description: "Bonding leave is for caring for a new child during the first year after birth, adoption or placement.",
  unit: "months",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2024-01-01",
      value: 12,
      cite: [seedChart("1114", "during the first year after birth, adoption, or placement")],
    },
  ],
});

export const premiumRate = defineParameter<Money>({
  id: "co-famli.premium-rate",
  label: "CO total premium rate",
  description:
    "Sets the premium as a share of wages up to the Social Security base, for wages paid in the calendar year.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    { from: "2023-01-01", value: money("0.009"), cite: [C.c1, ref(154, "A"), seedChart("1177", "0.9% in 2023–2024")] },
    { from: "2026-01-01", value: money("0.0088"), cite: [C.c9, C.c11, ref(158, "A")] },
  ],
});

export const employeePremiumShare = defineParameter<Money>({
  id: "co-famli.employee-premium-share",
  label: "CO employee share of the premium",
  description: "Sets the most of the premium an employer may deduct from the employee.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2023-01-01",
      value: money("0.5"),
      cite: [ref(155, "A"), seedChart("1181", "employees contribute up to ½ of the premium")],
    },
  ],
});

export const smallEmployerThreshold = defineParameter<number>({
  id: "co-famli.small-employer-threshold",
  label: "CO small-employer size",
  description:
    "Employers with fewer than this many employees do not pay the employer share (they remit the employee share).",
  unit: "employees",
  lastVerifiedOn: VERIFIED,
  values: [
    { from: "2023-01-01", value: 10, cite: [C.c9, C.c12, ref(165, "A"), seedChart("1182", "fewer than 10 employees")] },
  ],
});

export const appealPeriod = defineParameter<DeadlinePeriod>({
  id: "co-famli.appeal-period",
  label: "CO time to appeal a determination",
  description:
    "Gives a claimant this long after the initial benefits determination to appeal (60 days with good cause).",
  unit: "deadline",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2024-01-01",
      value: { amount: 45, unit: "calendar-days" },
      cite: [seedChart("1326-1338", "appeal within 45 days; C.R.S. 8-13.3-512")],
    },
  ],
});

export const familyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "co-famli.family-relationships",
  label: "CO family members for family leave",
  description:
    'Lists whose care family leave covers: child (any age), parent, spouse, domestic partner, grandparent, grandchild, sibling — including the same relationships to a spouse or partner — and anyone "like a family member".',
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2024-01-01",
      value: [
        "SPOUSE",
        "DOMESTIC_PARTNER",
        "CHILD",
        "PARENT",
        "PARENT_IN_LAW",
        "GRANDPARENT",
        "GRANDCHILD",
        "SIBLING",
        "CHOSEN_FAMILY",
      ],
      cite: [seedChart("1118-1129", "covered family relationships")],
    },
  ],
});
