/**
 * Delaware Paid Leave (Healthy Delaware Families Act, 19 Del. C. ch. 37; 19 Del. Admin. Code
 * 1401): every figure the rules use, dated and cited. Figures come from
 * shared/reference/parameters.md §11 (source keys E1–E8 with their grades), the seed chart
 * shared/seeds/003_55eae632d3b6e248.txt (DE section, lines 1566–1775) and the Division of Paid
 * Leave's regulation.
 */
import type { DeadlinePeriod } from "../../deadlines/business-days";
import { type Money, money } from "../../core/money";
import { type Citation, defineParameter } from "../../core/parameter";
import type { FamilyRelationship } from "../../core/vocabulary";
import { parameterTables, seedChart } from "../sources";

const VERIFIED = "2026-11-21";

/** Sources, keyed as in parameters.md §11. */
export const E = {
  e1: {
    title: "Hiring to Firing: Delaware passes paid family leave law",
    href: "https://www.hiringtofiring.law/2022/05/31/delaware-passes-paid-family-leave-law/",
    grade: "B",
    publishedOn: "2022-05-31",
  },
  e2: {
    title: "Unum: Delaware paid leave laws",
    href: "https://unum.com/employers/resources/compliance-resources/paid-leave-laws/delaware-paid-leave-laws",
    grade: "B",
  },
  e3: {
    title: "American Fidelity: Delaware payments and benefits (Social Security wage base)",
    href: "https://info.americanfidelity.com/de-leave-support/payments-and-benefits",
    grade: "B",
  },
  e4: {
    title: "JD Supra: paid family leave is coming to Delaware",
    href: "http://Jdsupra.com/legalnews/paid-family-leave-is-coming-to-delaware-1527163/",
    grade: "B",
  },
  e5: { title: "ProtectedLeave: Delaware", href: "https://protectedleave.com/states/de", grade: "B" },
  e6: {
    title: "My Benefit Advisor: Delaware enacts paid family and medical leave",
    href: "https://mybenefitadvisor.com/articles/compliance/2022/q2/delaware-enacts-new-paid-family-and-medical-leave-requirement",
    grade: "B",
  },
  e7: {
    title: "Amount of benefits (weekly wage over the 52 weeks before the application × 0.8; maximum indexed from 2028)",
    section: "19 Del. Admin. Code 1401-5.0",
    href: "https://print.casetext.com/regulation/delaware-administrative-code/title-19-labor/department-of-labor/division-of-paid-leave/rules-defining-and-regulating-the-healthy-delaware-families-act-family-and-medical-leave-insurance-program-and-the-division-of-paid-leave/section-1401-50-amount-of-benefits",
    grade: "A",
  },
  e8: {
    title: "CBIZ: paid family leave comes to Delaware",
    href: "https://www.cbiz.com/insights/articles/article-details/paid-family-leave-comes-to-delaware",
    grade: "B",
  },
  definitions: {
    title:
      "Definitions: application year (FMLA 12-month period), average weekly wage (prior 52 weeks ÷ 52), child, covered individual (12 months, 1,250 hours)",
    section: "19 Del. Admin. Code 1401-1.0",
    href: "https://casetext.com/regulation/delaware-administrative-code/title-19-labor/department-of-labor/division-of-paid-leave/rules-defining-and-regulating-the-healthy-delaware-families-act-family-and-medical-leave-insurance-program-and-the-division-of-paid-leave/section-1401-10-definitions",
    grade: "A",
  },
  statute: {
    title: "Family and medical leave insurance program: definitions",
    section: "19 Del. C. §3701",
    href: "https://casetext.com/statute/delaware-code/title-19-labor/part-v-family-and-medical-leave-insurance-program/chapter-37-family-and-medical-leave-insurance-program/section-3701-definitions",
    grade: "A",
  },
  dwt: {
    title: "Davis Wright Tremaine: Delaware paid family and medical leave (family member: parent, child or spouse)",
    href: "https://www.dwt.com/blogs/employment-labor-and-benefits/2022/05/delaware-paid-family-medical-leave",
    grade: "B",
    publishedOn: "2022-05",
  },
  payroll: {
    title: "Payroll People: Delaware issues regulations and guidance (family member: child, spouse or parent)",
    href: "https://www.payrollpeople.com/blog/delaware-issues-regulations-guidance-on-paid-family-leave-program/",
    grade: "B",
  },
} as const satisfies Record<string, Citation>;

const ref = parameterTables("§11 Delaware");

export const maximumWeeklyBenefit = defineParameter<Money>({
  id: "de-pfml.maximum-weekly-benefit",
  label: "DE maximum weekly benefit",
  description:
    "Caps the weekly benefit ($900 for 2026 and 2027; indexed to inflation from 2028, published before December of the year before).",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2027-12-31",
  values: [
    {
      from: "2026-01-01",
      value: money("900"),
      cite: [E.e4, E.e5, E.e7, ref(538, "B"), seedChart("1672", "maximum $900/week 2026 and 2027")],
    },
  ],
});

export const minimumWeeklyBenefit = defineParameter<Money>({
  id: "de-pfml.minimum-weekly-benefit",
  label: "DE minimum weekly benefit",
  description: "Sets the least weekly benefit, or the employee's full AWW when that is lower.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2026-01-01",
      value: money("100"),
      cite: [E.e6, ref(538, "B"), seedChart("1671", "minimum $100/week or the actual AWW if lower")],
    },
  ],
});

export const replacementRate = defineParameter<Money>({
  id: "de-pfml.replacement-rate",
  label: "DE benefit percentage",
  description:
    "Replaces this share of the average weekly wage (the Secretary may lower it to keep the fund solvent, on 90 days' notice).",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2026-01-01", value: money("0.8"), cite: [E.e7, ref(538, "A"), seedChart("1670", "80% of AWW")] }],
});

export const averageWeeklyWageWeeks = defineParameter<number>({
  id: "de-pfml.average-weekly-wage-weeks",
  label: "DE weeks of pay averaged for the AWW",
  description: "The AWW is the gross wages of the weeks before the claim application divided by this many weeks.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2026-01-01", value: 52, cite: [E.definitions, E.e7, ref(538, "A")] }],
});

export const monthsWithEmployer = defineParameter<number>({
  id: "de-pfml.months-with-employer",
  label: "DE months employed by the employer",
  description:
    "A covered individual has worked for the employer for at least this many months (need not be consecutive).",
  unit: "months",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2026-01-01",
      value: 12,
      cite: [E.statute, E.definitions, E.e4, E.e8, ref(538, "B"), seedChart("1615", "12 months of service")],
    },
  ],
});

export const hoursLast12Months = defineParameter<number>({
  id: "de-pfml.hours-last-12-months",
  label: "DE hours of service in the 12 months before leave",
  description:
    "A covered individual worked at least this many hours for the employer in Delaware in the previous 12 months.",
  unit: "hours",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2026-01-01",
      value: 1250,
      cite: [
        E.statute,
        E.definitions,
        E.e4,
        E.e8,
        ref(538, "B"),
        seedChart("1616", "1,250 hours in the 12 months before leave"),
      ],
    },
  ],
});

export const parentalOnlyEmployerSize = defineParameter<number>({
  id: "de-pfml.parental-only-employer-size",
  label: "DE employer size covered for parental leave",
  description:
    "Employers with at least this many employees (in the previous 12 months) must provide parental leave; smaller employers may opt in.",
  unit: "employees",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2025-01-01",
      value: 10,
      cite: [
        E.statute,
        E.e8,
        ref(543, "B"),
        seedChart("1602-1607", "10–24 employees: parental leave only; 9 or fewer may opt in"),
      ],
    },
  ],
});

export const allLeaveEmployerSize = defineParameter<number>({
  id: "de-pfml.all-leave-employer-size",
  label: "DE employer size covered for all leave types",
  description:
    "Employers with at least this many employees must provide medical, family caregiving and exigency leave as well as parental leave.",
  unit: "employees",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2025-01-01",
      value: 25,
      cite: [E.statute, E.e8, ref(543, "B"), seedChart("1604", "25 or more employees: all leave types")],
    },
  ],
});

export const parentalWeeks = defineParameter<number>({
  id: "de-pfml.parental-weeks",
  label: "DE weeks of parental leave per application year",
  description: "Caps parental (bonding) leave in an application year.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2026-01-01",
      value: 12,
      cite: [E.e8, ref(544, "B"), seedChart("1681", "parental leave: 12 weeks in an application year")],
    },
  ],
});

export const medicalWeeks = defineParameter<number>({
  id: "de-pfml.medical-weeks",
  label: "DE weeks of medical leave per application year",
  description: "Caps medical leave (the employee's own serious health condition) in an application year.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2026-01-01", value: 6, cite: [E.e8, ref(544, "B")] }],
});

export const caregivingWeeks = defineParameter<number>({
  id: "de-pfml.caregiving-weeks",
  label: "DE weeks of family caregiving leave per application year",
  description: "Caps family caregiving leave (care of a family member, qualifying exigency) in an application year.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2026-01-01", value: 6, cite: [E.e8, ref(544, "B")] }],
});

export const applicationYearWeeks = defineParameter<number>({
  id: "de-pfml.application-year-weeks",
  label: "DE weeks of leave per application year (all types)",
  description: "Caps all paid leave together in an application year.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    { from: "2026-01-01", value: 12, cite: [E.e8, ref(544, "B"), seedChart("1679", "12 weeks per application year")] },
  ],
});

export const medicalAndCaregivingWeeks = defineParameter<number>({
  id: "de-pfml.medical-and-caregiving-weeks",
  label: "DE weeks of medical and caregiving leave in the look-back period",
  description: "Caps medical and family caregiving leave (including exigency) together in any 24-month period.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2026-01-01",
      value: 6,
      cite: [
        E.e8,
        ref(544, "B"),
        seedChart("1682", "medical and family caregiving: 6 weeks combined in any 24-month period"),
      ],
    },
  ],
});

export const medicalAndCaregivingLookbackMonths = defineParameter<number>({
  id: "de-pfml.medical-and-caregiving-lookback-months",
  label: "DE look-back period for medical and caregiving leave",
  description:
    "The period, counted back from the first day of leave, over which medical and caregiving leave share their cap.",
  unit: "months",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2026-01-01", value: 24, cite: [E.e8, ref(544, "B"), seedChart("1682", "in any 24-month period")] }],
});

export const waitingPeriodDays = defineParameter<number>({
  id: "de-pfml.waiting-period-days",
  label: "DE waiting period",
  description: "The Act specifies no waiting period.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2026-01-01",
      value: 0,
      cite: [seedChart("1645-1647", "waiting period: none specified")],
      note: "The statute specifies none (parameters.md §11 says none was stated); no waiting period is applied.",
    },
  ],
});

export const bondingWindowMonths = defineParameter<number>({
  id: "de-pfml.bonding-window-months",
  label: "DE parental leave window",
  description:
    "Parental leave is for caring for a child during the first year after the birth, adoption or foster placement.",
  unit: "months",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2026-01-01", value: 12, cite: [E.dwt, E.payroll] }],
});

export const medicalContributionRate = defineParameter<Money>({
  id: "de-pfml.medical-contribution-rate",
  label: "DE medical leave contribution rate",
  description: "Sets the medical-leave contribution as a share of wages (paid by employers with 25 or more employees).",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    {
      from: "2025-01-01",
      value: money("0.004"),
      cite: [E.e1, E.e2, ref(537, "B"), seedChart("1653", "medical leave 0.4%")],
    },
    { from: "2026-01-01", value: money("0.004"), cite: [E.e2, ref(538, "B"), seedChart("1651", "for 2025-2026")] },
  ],
});

export const parentalContributionRate = defineParameter<Money>({
  id: "de-pfml.parental-contribution-rate",
  label: "DE parental leave contribution rate",
  description:
    "Sets the parental-leave contribution as a share of wages (paid by employers with 10 or more employees).",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    {
      from: "2025-01-01",
      value: money("0.0032"),
      cite: [E.e1, E.e2, ref(537, "B"), seedChart("1655", "parental leave 0.32%")],
    },
    { from: "2026-01-01", value: money("0.0032"), cite: [E.e2, ref(538, "B"), seedChart("1651", "for 2025-2026")] },
  ],
});

export const caregivingContributionRate = defineParameter<Money>({
  id: "de-pfml.caregiving-contribution-rate",
  label: "DE family caregiving leave contribution rate",
  description:
    "Sets the caregiving-leave contribution as a share of wages (paid by employers with 25 or more employees).",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    {
      from: "2025-01-01",
      value: money("0.0008"),
      cite: [E.e1, E.e2, ref(537, "B"), seedChart("1654", "family caregiving leave 0.08%")],
    },
    { from: "2026-01-01", value: money("0.0008"), cite: [E.e2, ref(538, "B"), seedChart("1651", "for 2025-2026")] },
  ],
});

export const employeeContributionShare = defineParameter<Money>({
  id: "de-pfml.employee-contribution-share",
  label: "DE most the employee may be charged",
  description: "Sets the share of each contribution an employer may require the employee to pay.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2025-01-01",
      value: money("0.5"),
      cite: [ref(537, "B"), seedChart("1659", "employee up to 50% of total contribution")],
    },
  ],
});

export const appealPeriod = defineParameter<DeadlinePeriod>({
  id: "de-pfml.appeal-period",
  label: "DE time to request the initial appeal",
  description:
    "Gives a claimant this long after an initial denial to request the initial appeal (a later appeal to the Appeal Board has 30 days).",
  unit: "deadline",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2026-01-01",
      value: { amount: 60, unit: "calendar-days" },
      cite: [seedChart("1756-1764", "initial appeal within 60 days of the initial denial; 19 Del. C. §3711(a)")],
    },
  ],
});

export const familyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "de-pfml.family-relationships",
  label: "DE family members",
  description:
    "Family caregiving and exigency leave cover a parent, child (FMLA 'son or daughter', including in loco parentis) or spouse.",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2026-01-01",
      value: ["SPOUSE", "CHILD", "PARENT", "IN_LOCO_PARENTIS"],
      cite: [E.dwt, E.payroll, E.definitions],
      note: "The seed documents do not list DE family members (rules-from-seeds §17); two law-firm and payroll summaries of the Act give parent, child or spouse.",
    },
  ],
});
