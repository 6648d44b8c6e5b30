/**
 * New York Paid Family Leave: every figure the rules use, dated and cited. Figures come from
 * shared/reference/parameters.md §7a (source keys P1–P20 with their grades), the seed chart
 * shared/seeds/003_55eae632d3b6e248.txt (NY PFL section, lines 209–345), the Colorado
 * Legislative Council memo (shared/seeds/001_fe959d5805562ed4.txt:176–200) and the Workers'
 * Compensation Board's PFL site and regulations (12 NYCRR 380).
 */
import type { DeadlinePeriod } from "../../deadlines/business-days";
import { type Money, money } from "../../core/money";
import { type Citation, defineParameter } from "../../core/parameter";
import type { FamilyRelationship } from "../../core/vocabulary";
import { coloradoMemo, parameterTables, seedChart } from "../sources";

const VERIFIED = "2026-11-21";

const P = {
  p1: { title: "KAFL: NY PFL 2020", href: "https://www.kafl.com/5921-2/", grade: "B" },
  p2: { title: "BNL HR: NY PFL", href: "https://www.bnl.gov/hr/Benefits/nypfl.php", grade: "B" },
  p3: { title: "paidfamilyleave.ny.gov: 2021", href: "https://paidfamilyleave.ny.gov/2021", grade: "A" },
  p4: {
    title: "Larkin: NY PFL update (2020-09-04)",
    href: "https://thelarkincompany.com/2020/09/04/new-york-paid-family-leave-pfl-update/",
    grade: "B",
  },
  p5: {
    title: "Island Group: NY PFL rates for 2022",
    href: "https://www.islandgroupplans.com/2021/09/new-york-announces-paid-family-leave-rates-for-2022/",
    grade: "B",
  },
  p6: {
    title: "ADP TotalSource: 2023 NY PFL contribution limits",
    href: "http://adptotalsourceinsightsandsolutions.com/State-Updates-Detail/ArtMID/980/ArticleID/3053/New-York-announces-2023-paid-family-leave-employee-contribution-limits",
    grade: "B",
  },
  p7: {
    title: "Burr Consulting: 2024 NY PFL rates",
    href: "https://burrconsultingllc.com/2023/11/07/2024-new-york-state-paid-family-leave-and-workers-compensation-rates-2023-pfl-reminders",
    grade: "B",
  },
  p8: {
    title: "Finger Lakes Daily News (quoting WCB): PFL 2024",
    href: "https://www.fingerlakesdailynews.com/regional-state-congressional/ny-announces-paid-family-leave-enhancements-for-24",
    grade: "B",
  },
  p9: { title: "paidfamilyleave.ny.gov: 2025", href: "https://paidfamilyleave.ny.gov/2025", grade: "A" },
  p10: {
    title: "Mondaq: 2025 NY PFL contribution rate and maximum",
    href: "https://www.mondaq.com/unitedstates/employee-benefits-compensation/1534264/2025-new-york-paid-family-leave-contribution-rate-maximum-weekly-benefits",
    grade: "B",
  },
  p11: { title: "GTM: NY PFL 2026", href: "https://gtm.com/business/?p=17743", grade: "B", publishedOn: "2025-11-19" },
  p12: {
    title: "Workforce Bulletin: NY PFL adjustments for 2026",
    href: "https://www.workforcebulletin.com/new-york-employers-prepare-for-paid-family-leave-adjustments-for-2026",
    grade: "B",
  },
  p14: {
    title: "Atlas Insurance: NY disability and PFL",
    href: "https://www.atlasinsures.com/disability-insurance-benefits/",
    grade: "B",
  },
  handling: {
    title:
      "paidfamilyleave.ny.gov: handling requests (employer returns PFL-1 Part B with the last 8 weeks of wages and the AWW within three business days)",
    href: "https://paidfamilyleave.ny.gov/handling-requests",
    grade: "A",
  },
  nycrr: {
    title: "Requesting paid family leave: employer returns Part B within three business days",
    section: "12 NYCRR 380-5.1(a)",
    href: "https://casetext.com/regulation/new-york-codes-rules-and-regulations/title-12-department-of-labor/chapter-v-workers-compensation/subchapter-h-disability-benefits/article-2-rules-under-disability-benefits-law/part-380-paid-family-leave/subpart-380-5-payment-and-denials/section-380-51-requesting-paid-family-leave",
    grade: "A",
  },
} as const satisfies Record<string, Citation>;

const ref = parameterTables("§7a New York PFL");

const NOT_IN_REFERENCE = "the reference data starts in 2020; 2018–2019 figures were not compiled";

export const stateAverageWeeklyWage = defineParameter<Money>({
  id: "ny-pfl.state-average-weekly-wage",
  label: "New York State average weekly wage (NYSAWW)",
  description:
    "Caps the benefit (the maximum is the replacement rate × NYSAWW) for leave starting in the calendar year.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    { from: "2018-01-01", unknown: "not-published", cite: [ref(327, "B")], note: NOT_IN_REFERENCE },
    { from: "2020-01-01", value: money("1401.17"), cite: [P.p1, P.p2, ref(329, "B")] },
    { from: "2021-01-01", value: money("1450.17"), cite: [P.p3, ref(330, "A")] },
    { from: "2022-01-01", value: money("1594.57"), cite: [P.p5, ref(331, "B"), seedChart("289", "SAWW $1,594.57")] },
    { from: "2023-01-01", value: money("1688.19"), cite: [P.p6, ref(332, "B"), seedChart("290", "SAWW $1,688.19")] },
    { from: "2024-01-01", value: money("1718.15"), cite: [P.p7, ref(333, "B")] },
    { from: "2025-01-01", value: money("1757.19"), cite: [P.p9, ref(334, "A")] },
    { from: "2026-01-01", value: money("1833.63"), cite: [P.p11, P.p12, ref(335, "B")] },
  ],
});

export const maximumWeeklyBenefit = defineParameter<Money>({
  id: "ny-pfl.maximum-weekly-benefit",
  label: "NY PFL maximum weekly benefit",
  description:
    "Caps the weekly benefit for leave starting in the calendar year. Published figures are used as given: 2023 ($1,131.08) truncates 67% × NYSAWW while 2025 ($1,177.32) rounds it half up.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    { from: "2018-01-01", unknown: "not-published", cite: [ref(327, "B")], note: NOT_IN_REFERENCE },
    {
      from: "2020-01-01",
      value: money("840.70"),
      cite: [P.p1, P.p2, ref(329, "B"), seedChart("375", "PFL max $840.70/wk (2020)")],
    },
    { from: "2021-01-01", value: money("971.61"), cite: [P.p3, ref(330, "A")] },
    {
      from: "2022-01-01",
      value: money("1068.36"),
      cite: [P.p5, ref(331, "B"), seedChart("289", "maximum weekly benefit for 2022 is $1,068.36")],
    },
    {
      from: "2023-01-01",
      value: money("1131.08"),
      cite: [P.p6, ref(332, "B"), seedChart("290", "maximum weekly benefit for 2023 is $1,131.08")],
    },
    { from: "2024-01-01", value: money("1151.16"), cite: [P.p8, ref(333, "B")] },
    { from: "2025-01-01", value: money("1177.32"), cite: [P.p9, ref(334, "A")] },
    { from: "2026-01-01", value: money("1228.53"), cite: [P.p11, P.p12, ref(335, "B")] },
  ],
});

export const replacementRate = defineParameter<Money>({
  id: "ny-pfl.replacement-rate",
  label: "NY PFL share of the AWW replaced",
  description: "Replaces this share of the employee's average weekly wage, up to the maximum.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2018-01-01",
      value: money("0.5"),
      cite: [
        coloradoMemo(188, "50% of AWW in 2018"),
        {
          title: "Expert analysis for a Colorado PFML program: NY 50% (2018)",
          file: "shared/seeds/002_64e32af147dc6fe4.txt:115",
          grade: "B",
        },
      ],
    },
    {
      from: "2019-01-01",
      unknown: "not-published",
      cite: [coloradoMemo(188, "2018 and 2020 rates only")],
      note: "the 2019 rate is not stated in any reference document (rules-from-seeds note 10)",
    },
    { from: "2020-01-01", value: money("0.6"), cite: [coloradoMemo(188, "60% of AWW in 2020"), ref(329, "B")] },
    {
      from: "2021-01-01",
      value: money("0.67"),
      cite: [P.p3, coloradoMemo(188, "67% from 2021"), ref(330, "A"), seedChart("289-290", "67% of AWW")],
    },
  ],
});

export const averageWeeklyWageWeeks = defineParameter<number>({
  id: "ny-pfl.average-weekly-wage-weeks",
  label: "NY PFL weeks of pay averaged for the AWW",
  description:
    "The AWW is the average of the employee's gross wages in the last weeks before leave (the employer reports them on form PFL-1 Part B).",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2018-01-01", value: 8, cite: [P.handling, P.p14] }],
});

export const familyLeaveWeeks = defineParameter<number>({
  id: "ny-pfl.family-leave-weeks",
  label: "NY PFL weeks per 52 weeks",
  description: "Caps paid family leave in any 52-week period: 8 (2018), 10 (2019–2020), 12 (from 2021).",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2018-01-01",
      value: 8,
      cite: [seedChart("295-297", "2018 – 8 weeks"), coloradoMemo(186, "8 weeks in 2018")],
    },
    {
      from: "2019-01-01",
      value: 10,
      cite: [seedChart("297", "2019 and 2020 – 10 weeks"), coloradoMemo(186, "10 weeks in 2019")],
    },
    {
      from: "2021-01-01",
      value: 12,
      cite: [seedChart("295", "2021 and after – 12 weeks"), coloradoMemo(186, "12 weeks from 2021"), ref(330, "A")],
    },
  ],
});

export const combinedWithDisabilityWeeks = defineParameter<number>({
  id: "ny-pfl.combined-with-disability-weeks",
  label: "NY PFL and DBL weeks combined per 52 weeks",
  description: "Caps PFL and disability (DBL) benefits together in any 52 consecutive weeks.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "1970-01-01",
      unknown: "not-published",
      cite: [coloradoMemo(186, "paid family leave began in 2018")],
      note: "PFL and the combined cap began 2018-01-01; NY DBL leave before then is outside the reference data",
    },
    {
      from: "2018-01-01",
      value: 26,
      cite: [
        seedChart("306", "combined PFL and DBL cannot exceed 26 weeks"),
        coloradoMemo(186, "26 weeks combined"),
        P.p14,
      ],
    },
  ],
});

export const fullTimeHoursPerWeek = defineParameter<number>({
  id: "ny-pfl.full-time-hours-per-week",
  label: "NY PFL regular schedule that counts as full-time",
  description:
    "Employees regularly scheduled at least this many hours a week qualify after the full-time employment period; others after the part-time days test.",
  unit: "hours",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2018-01-01", value: 20, cite: [seedChart("250-251", "20 or more hours per week"), P.p12, P.p2] }],
});

export const fullTimeEmploymentWeeks = defineParameter<number>({
  id: "ny-pfl.full-time-employment-weeks",
  label: "NY PFL consecutive weeks of employment (full-time)",
  description: "A full-time employee qualifies after this many consecutive weeks with the covered employer.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2018-01-01",
      value: 26,
      cite: [seedChart("250", "26 consecutive weeks"), coloradoMemo(184, "26 or more consecutive weeks"), P.p12],
    },
  ],
});

export const partTimeDaysWorked = defineParameter<number>({
  id: "ny-pfl.part-time-days-worked",
  label: "NY PFL days worked (part-time)",
  description: "A part-time employee qualifies after working this many days (not necessarily consecutive).",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2018-01-01",
      value: 175,
      cite: [seedChart("251", "175 days"), coloradoMemo(184, "175th day of employment"), P.p12],
    },
  ],
});

export const bondingWindowMonths = defineParameter<number>({
  id: "ny-pfl.bonding-window-months",
  label: "NY PFL bonding window",
  description: "Bonding leave is taken during the first 12 months after the birth, adoption or foster placement.",
  unit: "months",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2018-01-01", value: 12, cite: [seedChart("257", "bonding during the first 12 months")] }],
});

export const waitingPeriodDays = defineParameter<number>({
  id: "ny-pfl.waiting-period-days",
  label: "NY PFL waiting period",
  description: "PFL has no waiting period.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2018-01-01", value: 0, cite: [seedChart("271-273", "no waiting period"), ref(344, "B")] }],
});

export const contributionRate = defineParameter<Money>({
  id: "ny-pfl.contribution-rate",
  label: "NY PFL employee contribution rate",
  description:
    "Sets the employee's PFL payroll contribution as a share of gross wages, up to the yearly maximum contribution.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    { from: "2018-01-01", unknown: "not-published", cite: [ref(327, "B")], note: NOT_IN_REFERENCE },
    { from: "2020-01-01", value: money("0.0027"), cite: [coloradoMemo(182, "0.270%"), ref(329, "B")] },
    {
      from: "2021-01-01",
      value: money("0.00511"),
      cite: [P.p4, ref(330, "B")],
      note: "0.506% plus 0.005% for COVID-19",
    },
    { from: "2022-01-01", value: money("0.00511"), cite: [seedChart("282", "0.511% for 2022"), ref(331, "B")] },
    { from: "2023-01-01", value: money("0.00455"), cite: [seedChart("284", "0.455% for 2023"), ref(332, "B")] },
    { from: "2024-01-01", value: money("0.00373"), cite: [P.p7, ref(333, "B")] },
    { from: "2025-01-01", value: money("0.00388"), cite: [P.p10, ref(334, "B")] },
    { from: "2026-01-01", value: money("0.00432"), cite: [P.p11, P.p12, ref(335, "B")] },
  ],
});

export const maximumYearlyContribution = defineParameter<Money>({
  id: "ny-pfl.maximum-yearly-contribution",
  label: "NY PFL maximum yearly employee contribution",
  description: "Caps the employee's PFL contributions in a calendar year (the rate × NYSAWW × 52).",
  unit: "USD/year",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    { from: "2018-01-01", unknown: "not-published", cite: [ref(327, "B")], note: NOT_IN_REFERENCE },
    {
      from: "2020-01-01",
      value: money("196.72"),
      cite: [coloradoMemo(182, "maximum of $196.72 per year"), ref(329, "B")],
    },
    { from: "2021-01-01", value: money("385.34"), cite: [P.p4, ref(330, "B")] },
    { from: "2022-01-01", value: money("423.71"), cite: [seedChart("282", "capped at $423.71/year"), ref(331, "B")] },
    { from: "2023-01-01", value: money("399.43"), cite: [seedChart("284", "capped at $399.43/year"), ref(332, "B")] },
    { from: "2024-01-01", value: money("333.25"), cite: [P.p7, ref(333, "B")] },
    { from: "2025-01-01", value: money("354.53"), cite: [P.p10, ref(334, "B")] },
    { from: "2026-01-01", value: money("411.91"), cite: [P.p11, P.p12, ref(335, "B")] },
  ],
});

export const employerResponsePeriod = defineParameter<DeadlinePeriod>({
  id: "ny-pfl.employer-response-period",
  label: "NY PFL time for the employer to complete Part B",
  description:
    "The employer completes Part B of the request (form PFL-1) and returns it to the employee within this time.",
  unit: "deadline",
  lastVerifiedOn: VERIFIED,
  values: [
    { from: "2018-01-01", value: { amount: 3, unit: "business-days", calendar: "NY" }, cite: [P.nycrr, P.handling] },
  ],
});

export const appealPeriod = defineParameter<DeadlinePeriod>({
  id: "ny-pfl.appeal-period",
  label: "NY PFL time to appeal a denial",
  description: "A rejection of PFL benefits must be appealed (arbitration) within this time of the written notice.",
  unit: "deadline",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2018-01-01",
      value: { amount: 26, unit: "weeks" },
      cite: [
        seedChart("343-345", "appealed within 26 weeks of written notice"),
        {
          title: "Peer systems: NY arbitration request within 26 weeks",
          file: "shared/reference/peers/peer-systems-and-user-asks.md:118",
          grade: "B",
        },
      ],
    },
  ],
});

const FAMILY_2018: readonly FamilyRelationship[] = [
  "SPOUSE",
  "DOMESTIC_PARTNER",
  "CHILD",
  "PARENT",
  "PARENT_IN_LAW",
  "GRANDPARENT",
  "GRANDCHILD",
];

export const familyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "ny-pfl.family-relationships",
  label: "NY PFL family members",
  description:
    "Lists whose care PFL covers: spouse or domestic partner; child, stepchild or anyone in the employee's legal custody; parent, stepparent or parent-in-law; grandparent; grandchild; and siblings for leave starting from 2023.",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    { from: "2018-01-01", value: FAMILY_2018, cite: [seedChart("262-268", "covered family members")] },
    {
      from: "2023-01-01",
      value: [...FAMILY_2018, "SIBLING"],
      cite: [seedChart("269", "sibling for leaves starting on or after 01/01/2023")],
    },
  ],
});
