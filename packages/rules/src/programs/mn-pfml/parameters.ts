/**
 * Minnesota Paid Leave (DEED), Minn. Stat. chapter 268B: every figure the rules use, dated and
 * cited. Figures come from shared/reference/parameters.md §12 (source keys F1–F8 with their
 * grades) and DEED's pages; the seed documents contain no Minnesota paid leave rules
 * (rules-from-seeds §18).
 *
 * 2026 is the first year. The state average weekly wage (which is also the maximum benefit) is
 * disputed ($1,423 vs $1,372, contradictions note 7), the eligibility dollar amount was not
 * found, the employee's AWW definition is not in the sources, and the premium wage base is
 * disputed ($184,500 vs $185,000): every evaluation and premium answers PARAMETER_NOT_KNOWN
 * until DEED's figures are confirmed. The rules below are ready for them.
 */
import { type Money, money } from "../../core/money";
import { type Citation, defineParameter } from "../../core/parameter";
import type { FamilyRelationship } from "../../core/vocabulary";
import { parameterTables } from "../sources";

const VERIFIED = "2026-11-21";

/** Sources, keyed as in parameters.md §12. */
export const F = {
  f1: {
    title: "The Standard: Minnesota paid family and medical leave",
    href: "https://www.standard.com/businesses-organizations/workplace-benefits/paid-family-medical-leave/states-paid-family-medical/minnesota",
    grade: "B",
  },
  f2: {
    title: "OGS Law: Minnesota Paid Leave — how big are the benefits?",
    href: "https://ogs.law/minnesota/minnesota-paid-leave-how-big-are-the-benefits/?mo=12&yr=2025",
    grade: "B",
  },
  f3: {
    title: "Minnesota Paid Leave: premiums (2026 contribution rates table)",
    href: "https://info.paidleave.mn.gov/employers/premiums/index.jsp",
    grade: "A",
  },
  f4: {
    title: "Henson Efron: small-employer premium rate (150% of the state AWW = $2,058)",
    href: "https://hennsnoxlaw.com/blog",
    grade: "B",
    publishedOn: "2025-03-24",
  },
  f5: {
    title: "DEED press release: Paid Leave confirms 0.88% premium rate",
    href: "https://mn.gov/deed/newscenter/press-releases/?id=1045-670064",
    grade: "A",
    publishedOn: "2025-02-21",
  },
  f6: {
    title: "OTC CPAs: Minnesota's new paid leave program",
    href: "https://otcpas.com/minnesotas-new-paid-leave-program",
    grade: "B",
  },
  f7: {
    title: "Minnesota Paid Leave: time off, payments and job protection",
    href: "https://mn.gov/deed/paidleave/employees/leave-time",
    grade: "A",
  },
  f8: {
    title: "League of Minnesota Cities FAQ (City of Ramsey): family members, seven-day qualifying event",
    href: "https://weblink.cityoframsey.com/WebLink/0/doc/715884/Page8.aspx",
    grade: "B",
  },
  toolkit: {
    title: "DEED Paid Leave employer toolkit: premiums due only on wages up to the OASDI limit",
    href: "http://online.flipbuilder.com/ttuv/fgdj/files/basic-html/page15.html",
    grade: "A",
  },
  payrollOrg: {
    title: "PayrollOrg: Minnesota's new paid leave program takes effect (taxable wage base $185,000)",
    href: "https://blogs.payroll.org/pay-news-now/minnesotas-new-paid-leave-program-takes-effect?hs_amp=true",
    grade: "B",
    publishedOn: "2026-01-23",
  },
} as const satisfies Record<string, Citation>;

const ref = parameterTables("§12 Minnesota");

export const stateAverageWeeklyWage = defineParameter<Money>({
  id: "mn-pfml.state-average-weekly-wage",
  label: "MN state average weekly wage",
  description:
    "Sets the tier breakpoints (50% and 100% of it) and the maximum weekly benefit for benefit years starting in the year.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    {
      from: "2026-01-01",
      unknown: "disputed",
      value: money("1423"),
      cite: [F.f1, F.f2, F.f3, F.f4, ref(564, "A")],
      note: '$1,423 (The Standard, OGS Law) vs $1,372 (DEED\'s premium calculator: "Max. Weekly Benefit $1,372", matching the $2,058 small-employer threshold); needs DEED confirmation (parameters.md contradictions note 7).',
    },
  ],
});

export const maximumShareOfStateAverage = defineParameter<Money>({
  id: "mn-pfml.maximum-share-of-state-average",
  label: "MN maximum weekly benefit as a share of the state AWW",
  description: "Caps the weekly benefit at this share of the state average weekly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2026-01-01", value: money("1"), cite: [F.f1, F.f2, ref(564, "B")] }],
});

export const firstBreakpointShare = defineParameter<Money>({
  id: "mn-pfml.first-breakpoint-share",
  label: "MN first tier breakpoint as a share of the state AWW",
  description: "Ends the 90% tier at this share of the state average weekly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2026-01-01", value: money("0.5"), cite: [F.f1, F.f2, ref(564, "B")] }],
});

export const secondBreakpointShare = defineParameter<Money>({
  id: "mn-pfml.second-breakpoint-share",
  label: "MN second tier breakpoint as a share of the state AWW",
  description: "Ends the 66% tier at this share of the state average weekly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2026-01-01", value: money("1"), cite: [F.f1, F.f2, ref(564, "B")] }],
});

export const firstTierRate = defineParameter<Money>({
  id: "mn-pfml.first-tier-rate",
  label: "MN replacement rate up to 50% of the state AWW",
  description: "Replaces the part of the AWW up to half the state average weekly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2026-01-01", value: money("0.9"), cite: [F.f1, F.f2, ref(564, "B")] }],
});

export const secondTierRate = defineParameter<Money>({
  id: "mn-pfml.second-tier-rate",
  label: "MN replacement rate from 50% to 100% of the state AWW",
  description: "Replaces the part of the AWW between half of and the full state average weekly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2026-01-01", value: money("0.66"), cite: [F.f1, F.f2, ref(564, "B")] }],
});

export const thirdTierRate = defineParameter<Money>({
  id: "mn-pfml.third-tier-rate",
  label: "MN replacement rate above the state AWW",
  description: "Replaces the part of the AWW above the state average weekly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2026-01-01", value: money("0.55"), cite: [F.f1, F.f2, ref(564, "B")] }],
});

/** The employee's AWW measure: the highest `quarters` base-period quarters ÷ 13 weeks each. */
export type AverageWeeklyWageMethod = { readonly quarters: number };

export const averageWeeklyWageMethod = defineParameter<AverageWeeklyWageMethod>({
  id: "mn-pfml.average-weekly-wage-method",
  label: "MN measure of the employee's average weekly wage",
  description: "Turns base-period wages into the employee's average weekly wage for the benefit formula.",
  unit: "rule",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2026-01-01",
      unknown: "not-published",
      cite: [
        {
          title: "Rules from seeds §18: the documents contain no Minnesota paid leave rules",
          file: "shared/reference/rules-from-seeds.md:439",
          grade: "B",
        },
        ref(564, "B"),
      ],
      note: "No source in the reference set defines the employee's AWW (Minn. Stat. 268B.01 to be added). Give averageWeeklyWage until it is.",
    },
  ],
});

export const minimumBasePeriodWages = defineParameter<Money>({
  id: "mn-pfml.minimum-base-period-wages",
  label: "MN wages needed in the base period",
  description:
    "Requires base-period wages of at least 5.3% of the state average annual wage, rounded down to the next $100.",
  unit: "USD",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    {
      from: "2026-01-01",
      unknown: "not-published",
      cite: [F.f1, F.f6, ref(564, "B")],
      note: "The 2026 dollar amount was not found (about $3,500–$3,600 is cited for earlier years, OTC CPAs).",
    },
  ],
});

export const medicalWeeks = defineParameter<number>({
  id: "mn-pfml.medical-weeks",
  label: "MN weeks of medical leave per benefit year",
  description: "Caps medical leave (the employee's own serious health condition, incl. pregnancy) in a benefit year.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2026-01-01", value: 12, cite: [F.f5, F.f7, ref(568, "A")] }],
});

export const familyWeeks = defineParameter<number>({
  id: "mn-pfml.family-weeks",
  label: "MN weeks of family leave per benefit year",
  description: "Caps family leave (bonding, family care, qualifying exigency, safety leave) in a benefit year.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2026-01-01", value: 12, cite: [F.f5, F.f7, ref(568, "A")] }],
});

export const combinedWeeks = defineParameter<number>({
  id: "mn-pfml.combined-weeks",
  label: "MN weeks of leave per benefit year (both types)",
  description: "Caps medical and family leave together in a benefit year.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2026-01-01", value: 20, cite: [F.f5, F.f7, ref(568, "A")] }],
});

export const qualifyingEventDays = defineParameter<number>({
  id: "mn-pfml.qualifying-event-days",
  label: "MN minimum length of a qualifying event",
  description:
    "Except for bonding, a single qualifying event must last at least this many days; the first week is then paid retroactively (it is not an unpaid waiting period).",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2026-01-01", value: 7, cite: [F.f8, F.f1, ref(569, "B")] }],
});

export const medicalPremiumRate = defineParameter<Money>({
  id: "mn-pfml.medical-premium-rate",
  label: "MN medical leave premium rate",
  description: "Sets the medical-leave part of the premium as a share of wages up to the wage base.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [{ from: "2026-01-01", value: money("0.0061"), cite: [F.f3, F.f5, ref(564, "A")] }],
});

export const familyPremiumRate = defineParameter<Money>({
  id: "mn-pfml.family-premium-rate",
  label: "MN family leave premium rate",
  description: "Sets the family-leave part of the premium as a share of wages up to the wage base.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [{ from: "2026-01-01", value: money("0.0027"), cite: [F.f3, F.f5, ref(564, "A")] }],
});

export const employeePremiumShare = defineParameter<Money>({
  id: "mn-pfml.employee-premium-share",
  label: "MN most the employee may be charged",
  description:
    "Sets the share of the standard premium the employer may deduct from the employee (the employer pays at least half).",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2026-01-01", value: money("0.5"), cite: [F.f3, ref(564, "A")], note: "0.44% of 0.88%" }],
});

export const premiumWageBase = defineParameter<Money>({
  id: "mn-pfml.premium-wage-base",
  label: "MN yearly wage base for premiums",
  description: "Caps the wages subject to premiums each calendar year.",
  unit: "USD/year",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    {
      from: "2026-01-01",
      unknown: "disputed",
      value: money("185000"),
      cite: [F.payrollOrg, F.toolkit],
      note: "PayrollOrg: $185,000 (the Social Security base $184,500 rounded to the nearest thousand, confirmed by DEED by email) vs DEED's toolkit: the OASDI limit itself.",
    },
  ],
});

export const smallEmployerMaximumSize = defineParameter<number>({
  id: "mn-pfml.small-employer-maximum-size",
  label: "MN small-employer size",
  description:
    "Employers with at most this many employees (and a low average wage) may pay the reduced small-employer rate.",
  unit: "employees",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2026-01-01", value: 30, cite: [F.f4, F.payrollOrg, ref(564, "B")] }],
});

export const smallEmployerRate = defineParameter<Money>({
  id: "mn-pfml.small-employer-rate",
  label: "MN small-employer total premium rate",
  description:
    "Sets the reduced total premium rate for a qualifying small employer (the employee may still be charged 0.44%).",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [{ from: "2026-01-01", value: money("0.0066"), cite: [F.f4, F.payrollOrg, ref(564, "B")] }],
});

export const smallEmployerAverageWageLimit = defineParameter<Money>({
  id: "mn-pfml.small-employer-average-wage-limit",
  label: "MN small-employer average weekly wage limit",
  description:
    "A small employer qualifies for the reduced rate only if its average wage is below 150% of the state average weekly wage.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    {
      from: "2026-01-01",
      unknown: "disputed",
      value: money("2058"),
      cite: [F.f4, ref(564, "B")],
      note: "$2,058 = 150% × $1,372 (Henson Efron); 150% × $1,423 would be $2,134.50. Follows the state AWW dispute.",
    },
  ],
});

export const familyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "mn-pfml.family-relationships",
  label: "MN family members",
  description:
    "Lists whose care family leave covers: spouse or domestic partner, child (incl. step, foster, a partner's child, in loco parentis), parent or legal guardian, sibling, grandchild, grandparent (incl. a spouse's), son- or daughter-in-law, and someone whose relationship creates an expectation of uncompensated care.",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2026-01-01",
      value: [
        "SPOUSE",
        "DOMESTIC_PARTNER",
        "CHILD",
        "PARENT",
        "SIBLING",
        "GRANDCHILD",
        "GRANDPARENT",
        "CHILD_SPOUSE",
        "DEPENDENT_EXPECTING_CARE",
      ],
      cite: [F.f8],
    },
  ],
});
