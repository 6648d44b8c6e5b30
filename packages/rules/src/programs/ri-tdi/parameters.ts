/**
 * Rhode Island Temporary Disability Insurance (TDI): every figure the rules use, dated and cited.
 * RI TCI (src/programs/ri-tci) shares the benefit, eligibility, benefit-year, combined-cap and
 * contribution figures, defined here once. Sources: shared/reference/parameters.md §9 (R1–R23 with
 * grades), the seed chart shared/seeds/003_55eae632d3b6e248.txt (RI, lines 2765–3060) and the
 * Colorado Legislative Council memo (shared/seeds/001_fe959d5805562ed4.txt:233–259).
 *
 * Dates: maxima apply to benefit years starting on or after July 1; the minimum, the eligibility
 * amounts and the TCI weeks by the calendar year the benefit year starts in. The eligibility
 * amounts are set by statute as multiples of the minimum hourly wage (R.I. Gen. Laws §28-41-11:
 * 200 × in one quarter, 400 × in the base period, or 3 × that in total), and the minimum weekly
 * benefit follows from them (4.62% of the smallest qualifying quarter, raised to the dollar):
 * with the published minimum wage of a year they are that year's figures (DLT's published
 * minimums of 2021, 2024 and 2025 and the chart's 2022–2023 amounts agree with this arithmetic).
 * Where the minimum wage changed inside a year (October 2020) or the published figures disagree
 * (2022), the value is recorded as disputed or weak and answers PARAMETER_NOT_KNOWN.
 */
import { type Money, money } from "../../core/money";
import { type Citation, defineParameter } from "../../core/parameter";
import type { FamilyRelationship } from "../../core/vocabulary";
import { beforeCompiledFigures, coloradoMemo, parameterTables, seedChart } from "../sources";

const VERIFIED = "2026-11-21";

export const R = {
  r1: {
    title: "Weekly benefit rate: 4.62% of the highest base-period quarter, rounded up to the next dollar",
    section: "R.I. Gen. Laws §28-41-5",
    href: "https://instalawyer.io/laws/rhode-island-general-laws/section-28-41-5-weekly-benefit",
    grade: "A",
  },
  r2: {
    title: "RI DLT news release (2019-06-21): TDI maximum",
    href: "http://www.dlt.ri.gov/News/2019/NR062119.htm",
    grade: "A",
    publishedOn: "2019-06-21",
  },
  r3: {
    title: "RI.gov press release (2020): TDI maximum $887",
    href: "http://www.ri.gov/press/view/38695",
    grade: "A",
  },
  r4: {
    title: "Scraped DLT text (weak)",
    href: "https://aboutinscotland.com/hi-tdi-max-weekly-benefit-2021/32638191",
    grade: "C",
  },
  r5: {
    title: "Wolters Kluwer: RI 2020 UI/TDI taxable wage bases and rates",
    href: "https://lrus.wolterskluwer.com/news/payroll-and-entitlements/rhode-island-releases-its-ui-tdi-taxable-wage-bases-contribution-rates/102905/",
    grade: "B",
    publishedOn: "2020-01-10",
  },
  r7: {
    title: "PBN: RI unemployment and temporary disability benefits rising (2021)",
    href: "https://pbn.com/r-i-unemployment-temporary-disability-benefits-rising/",
    grade: "B",
    publishedOn: "2021-06-25",
  },
  r8: {
    title: "GoLocalProv: RI increases temporary caregiver benefits",
    href: "https://www.golocalprov.com/business/ri-increases-temporary-caregiver-benefits-sam-slade",
    grade: "B",
    publishedOn: "2021-07-26",
  },
  r9: {
    title: "Scientific-know-how: RI unemployment (weak)",
    href: "https://scientific-know-how.com/article/how-does-unemployment-insurance-work-in-rhode-island",
    grade: "C",
  },
  r10: {
    title: "Larkin: 2022 law changes, Rhode Island",
    href: "https://thelarkincompany.com/2022-law-changes/rhode-island/",
    grade: "B",
  },
  r11: {
    title: "Larkin: law changes, Rhode Island (02/21/2023)",
    href: "https://thelarkincompany.com/law-changes/rhode-island/",
    grade: "B",
  },
  r12: {
    title: "PBN: DLT weekly UI and TDI payments going up (2023)",
    href: "https://pbn.com/dlt-weekly-unemployment-temporary-disability-insurance-payments-going-up/",
    grade: "B",
  },
  r13: {
    title: "RI DLT press release: maximum weekly benefit amounts (2024-06-20)",
    href: "https://dlt.ri.gov./press-releases/maximum-weekly-benefit-amounts-unemployment-and-temporary-disability-insurance-1",
    grade: "A",
    publishedOn: "2024-06-20",
  },
  r14: {
    title: "Symetra: Rhode Island statutory disability (11/07/2023)",
    href: "https://media.symetra.com/learn/articles-for-employers/statutory-disability-income-and-state-paid-family-and-medical-leave/rhode-island/",
    grade: "B",
  },
  r15: {
    title: "RI DLT: 2025 UI and TDI tax rates (2024-12-20)",
    href: "https://dlt.ri.gov/press-releases/2025-tax-rates-unemployment-insurance-and-temporary-disability-insurance",
    grade: "A",
    publishedOn: "2024-12-20",
  },
  r16: {
    title: "Leave Manager: Rhode Island temporary caregiver leave to increase (H7171)",
    href: "https://www.leavemanager.com/resources/articles/2024/Rhode-Island-temporary-caregiver-leave-to-increase",
    grade: "B",
  },
  r17: {
    title: "PBN: DLT weekly UI and TDI payments rising again (2025-06-18)",
    href: "https://pbn.com/dlt-weekly-unemployment-insurance-temporary-disability-insurance-payments-rising-again/",
    grade: "B",
    publishedOn: "2025-06-18",
  },
  r18: {
    title: "Equitable: Rhode Island TDI and TCI",
    href: "https://equitable.com/employee-benefits/paid-family-medical-leave/rhode-island-temporary-disability-insurance-and-temporary-caregiver-insurance",
    grade: "B",
  },
  r19: {
    title: "Accounting Insights: RI unemployment (weak)",
    href: "https://accountinginsights.org/how-much-is-unemployment-in-rhode-island",
    grade: "C",
  },
  r20: {
    title: "Ocean State Observer (DLT release 2025-12-18): 2026 UI and TDI tax rates",
    href: "https://oceanstateobserver.com/article/876547389-2026-tax-rates-for-unemployment-insurance-and-temporary-disability-insurance",
    grade: "A",
    publishedOn: "2025-12-18",
  },
  r21: {
    title: "P.L. 2025 ch. 237 (H 6066 Sub A): TDI taxable wage base",
    href: "http://webserver.rilegislature.gov/PublicLaws/law25/law25237.htm",
    grade: "A",
  },
  r22: {
    title: "RI DLT labor market quick reference (2019; also 2006/2010/2013/2014)",
    href: "http://www.dlt.ri.gov/lmi/news/quickref2019b.htm",
    grade: "A",
  },
  eligibilityLaw: {
    title:
      "Eligibility: one base-period quarter of at least 200 × the minimum hourly wage, base-period wages of at least 1½ × the highest quarter and 400 × the minimum wage; or base-period wages of 3 × that total minimum",
    section: "R.I. Gen. Laws §28-41-11(b)",
    href: "https://legalfix.com/statutes/state-codes/rhode-island/title-28/chapter-28-41/section-28-41-11",
    grade: "A",
  },
  wage2021: {
    title:
      "Jackson Lewis (JD Supra): RI minimum wage $11.50 in 2021, then $12.25 (2022), $13.00 (2023), +$1 each January to $15.00 (2025)",
    href: "http://www.jdsupra.com/legalnews/rhode-island-joins-list-of-states-3936834/",
    grade: "B",
  },
  wageSchedule2021: {
    title: "GovDocs: RI minimum wage $11.50 since 2020-10-01; $12.25 2022, $13 2023, $14 2024, $15 2025",
    href: "https://www.govdocs.com/rhode-island-moving-toward-15-minimum-wage/",
    grade: "B",
    publishedOn: "2021-07-08",
  },
  wage2024: {
    title: "PBN: the RI minimum wage rises to $14 on 2024-01-01 and to $15 in 2025",
    href: "https://pbn.com/do-you-support-the-hourly-minimum-wage-hike-in-rhode-island-to-14-beginning-jan-1-and-to-15-in-2025/",
    grade: "B",
    publishedOn: "2023-12-29",
  },
  wage2026: {
    title: "Governor's office (via Brightgram): RI minimum wage $16 from 2026-01-01, $17 from 2027-01-01",
    href: "https://brightgram.com/feature/9243311/ri-minimum-wage-raised-to-16-per-hour-50000-workers-impacted",
    grade: "B",
  },
} as const satisfies Record<string, Citation>;

export const ref = parameterTables("§9 Rhode Island TDI/TCI");

/** Citations for an eligibility amount set by statute from the year's minimum wage. */
function fromMinimumWage(wage: readonly Citation[], line: number): readonly Citation[] {
  return [R.eligibilityLaw, ...wage, ref(line, "A")];
}
const WAGE_2021 = [R.wage2021, R.wageSchedule2021];
const WAGE_2024 = [R.wage2024, R.wageSchedule2021];
const WAGE_2025 = [R.wage2024, R.wageSchedule2021, R.wage2021];
const WAGE_2026 = [R.wage2026, R.r20];

export const BEFORE_DATA = beforeCompiledFigures(
  ref(440, "B"),
  "the reference data starts in 2020; earlier Rhode Island figures were not compiled",
);

export const benefitRate = defineParameter<Money>({
  id: "ri-tdi.benefit-rate",
  label: "RI weekly benefit rate as a share of the highest quarter",
  description:
    "The weekly benefit rate is this share of the wages in the highest-paid quarter of the base period, rounded up to the next dollar.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("0.0462"),
      cite: [
        R.r1,
        ref(442, "A"),
        seedChart("2829-2843", "4.62% of the wages earned during the highest quarter"),
        coloradoMemo("251", "4.62 percent of the employee's quarterly wages"),
      ],
    },
  ],
});

export const maximumWeeklyBenefit = defineParameter<Money>({
  id: "ri-tdi.maximum-weekly-benefit",
  label: "RI TDI/TCI maximum weekly benefit (without dependents)",
  description:
    "Caps the weekly benefit rate for benefit years starting on or after the date (85% of the prior year's covered AWW, rounded up; reset every July 1).",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-06-30",
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("867"),
      cite: [R.r2, ref(448, "A")],
      note: "January–June 2020 (the July 2019 maximum)",
    },
    {
      from: "2020-07-01",
      value: money("887"),
      cite: [R.r3, ref(448, "A"), seedChart("3056", "maximum weekly benefit of $887 (2020)")],
    },
    {
      from: "2021-07-01",
      value: money("978"),
      cite: [R.r7, ref(449, "B"), seedChart("2831-2835", "prior to July 1, 2022: maximum $978")],
      note: "claims effective 7/4/2021 or later (the first benefit-year Sunday)",
    },
    {
      from: "2022-07-01",
      value: money("1007"),
      cite: [R.r10, ref(450, "B"), seedChart("2838-2842", "after July 1, 2022: maximum $1,007")],
    },
    { from: "2023-07-01", value: money("1043"), cite: [R.r12, ref(451, "B")] },
    { from: "2024-07-01", value: money("1070"), cite: [R.r13, ref(452, "A")] },
    {
      from: "2025-07-01",
      value: money("1103"),
      cite: [R.r17, R.r18, ref(453, "B")],
      note: "applies until the July 2026 reset",
    },
  ],
});

export const minimumWeeklyBenefit = defineParameter<Money>({
  id: "ri-tdi.minimum-weekly-benefit",
  label: "RI TDI/TCI minimum weekly benefit",
  description:
    "The least weekly benefit rate, for benefit years starting in the calendar year (4.62% of 200 × the minimum wage, rounded up).",
  unit: "USD/week",
  lastVerifiedOn: "2026-12-03",
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      unknown: "unverified",
      value: money("98"),
      cite: [R.r4, ref(448, "D")],
      note: "$98 is the 2019 figure, derived from the formula and a weak snippet",
    },
    {
      from: "2021-01-01",
      value: money("107"),
      cite: [R.r8, ref(449, "B"), seedChart("2831-2834", "prior to July 1, 2022: minimum $107")],
    },
    {
      from: "2022-01-01",
      unknown: "disputed",
      cite: [ref(450, "D"), seedChart("2838-2841", "after July 1, 2022: minimum $121"), R.r4],
      note: 'the formula gives $114 for 2022 (D) while the chart gives $121 "after July 1, 2022", which is the formula\'s 2023 figure; neither is a dated official figure',
    },
    {
      from: "2023-01-01",
      value: money("121"),
      cite: [
        seedChart("2838-2841", "after July 1, 2022: minimum $121"),
        seedChart("2802", "at least $2,600 in 2023"),
        R.r1,
      ],
      note: "The chart's $121 is 4.62% of the 2023 qualifying quarter ($2,600 = 200 × $13.00), raised to the dollar ($120.12 → $121).",
    },
    { from: "2024-01-01", value: money("130"), cite: [R.r14, ref(452, "B")] },
    { from: "2025-01-01", value: money("139"), cite: [R.r18, ref(453, "B")] },
    {
      from: "2026-01-01",
      value: money("148"),
      cite: [R.r1, ...fromMinimumWage(WAGE_2026, 454)],
      note: "No benefit rate can be lower: the smallest qualifying quarter is 200 × the $16.00 minimum wage = $3,200 (§28-41-11), and 4.62% of it is $147.84, raised to $148 (§28-41-5). The same arithmetic gives DLT's published $107 (2021), $130 (2024) and $139 (2025).",
    },
  ],
});

export const highQuarterMinimum = defineParameter<Money>({
  id: "ri-tdi.high-quarter-minimum",
  label: "RI eligibility: wages in one base-period quarter",
  description: "Under the first test, one base-period quarter must have at least these wages (200 × the minimum wage).",
  unit: "USD",
  lastVerifiedOn: "2026-12-03",
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    { from: "2020-01-01", value: money("2100"), cite: [coloradoMemo("247", "at least $2,100 in one quarter"), R.r22] },
    {
      from: "2021-01-01",
      value: money("2300"),
      cite: [...fromMinimumWage(WAGE_2021, 449), R.r8],
      note: "200 × $11.50; DLT's published 2021 minimum benefit ($107 = 4.62% of $2,300, raised) agrees.",
    },
    { from: "2022-01-01", value: money("2450"), cite: [seedChart("2802", "was $2,450 in 2022")] },
    { from: "2023-01-01", value: money("2600"), cite: [seedChart("2802", "at least $2,600 in 2023")] },
    {
      from: "2024-01-01",
      value: money("2800"),
      cite: [...fromMinimumWage(WAGE_2024, 452), R.r14],
      note: "200 × $14.00; the published 2024 minimum benefit ($130 = 4.62% of $2,800, raised) agrees.",
    },
    {
      from: "2025-01-01",
      value: money("3000"),
      cite: [...fromMinimumWage(WAGE_2025, 453), R.r18],
      note: "200 × $15.00; the published 2025 minimum benefit ($139 = 4.62% of $3,000, raised) agrees.",
    },
    {
      from: "2026-01-01",
      value: money("3200"),
      cite: fromMinimumWage(WAGE_2026, 454),
      note: "200 × $16.00 (the minimum wage from 2026-01-01).",
    },
  ],
});

export const totalWagesMinimum = defineParameter<Money>({
  id: "ri-tdi.total-wages-minimum",
  label: "RI eligibility: base-period wages (first test)",
  description:
    "Under the first test, base-period wages must be at least this (400 × the minimum wage) and at least the high-quarter multiple.",
  unit: "USD",
  lastVerifiedOn: "2026-12-03",
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    { from: "2020-01-01", value: money("4200"), cite: [coloradoMemo("247", "taxable wages at least $4,200"), R.r22] },
    { from: "2021-01-01", value: money("4600"), cite: fromMinimumWage(WAGE_2021, 449), note: "400 × $11.50" },
    { from: "2022-01-01", value: money("4900"), cite: [seedChart("2804", "was $4,900 in 2022")] },
    { from: "2023-01-01", value: money("5200"), cite: [seedChart("2804", "at least $5,200 in 2023")] },
    { from: "2024-01-01", value: money("5600"), cite: fromMinimumWage(WAGE_2024, 452), note: "400 × $14.00" },
    { from: "2025-01-01", value: money("6000"), cite: fromMinimumWage(WAGE_2025, 453), note: "400 × $15.00" },
    { from: "2026-01-01", value: money("6400"), cite: fromMinimumWage(WAGE_2026, 454), note: "400 × $16.00" },
  ],
});

export const alternativeTotalWages = defineParameter<Money>({
  id: "ri-tdi.alternative-total-wages",
  label: "RI eligibility: base-period wages (second test)",
  description:
    "A claimant with at least these base-period wages (1,200 × the minimum wage) qualifies without the first test.",
  unit: "USD",
  lastVerifiedOn: "2026-12-03",
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("12600"),
      cite: [coloradoMemo("247", "at least $12,600 in the past year"), R.r22],
    },
    { from: "2021-01-01", value: money("13800"), cite: fromMinimumWage(WAGE_2021, 449), note: "3 × 400 × $11.50" },
    { from: "2022-01-01", value: money("14700"), cite: [seedChart("2808", "was $14,700 in 2022")] },
    { from: "2023-01-01", value: money("15600"), cite: [seedChart("2808", "earn $15,600 in 2023")] },
    { from: "2024-01-01", value: money("16800"), cite: fromMinimumWage(WAGE_2024, 452), note: "3 × 400 × $14.00" },
    {
      from: "2025-01-01",
      value: money("18000"),
      cite: [...fromMinimumWage(WAGE_2025, 453), R.r19],
      note: "3 × 400 × $15.00 (a weak source also gives $18,000)",
    },
    { from: "2026-01-01", value: money("19200"), cite: fromMinimumWage(WAGE_2026, 454), note: "3 × 400 × $16.00" },
  ],
});

export const highQuarterMultiple = defineParameter<Money>({
  id: "ri-tdi.high-quarter-multiple",
  label: "RI eligibility: base-period wages as a multiple of the highest quarter",
  description: "Under the first test, base-period wages must be at least this multiple of the highest quarter's wages.",
  unit: "multiplier",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("1.5"),
      cite: [
        coloradoMemo("245", "one and one-half times the wages ... in the highest quarter"),
        seedChart("2803", "at least 1.5 times the highest quarter earnings"),
      ],
    },
  ],
});

export const disabilityWeeks = defineParameter<number>({
  id: "ri-tdi.disability-weeks",
  label: "RI TDI weeks per benefit year",
  description: "Caps TDI benefits in a benefit year.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 30,
      cite: [seedChart("2845-2848", "30 weeks per benefit year"), coloradoMemo("249", "up to 30 weeks"), ref(469, "B")],
    },
  ],
});

export const combinedWeeks = defineParameter<number>({
  id: "ri-tdi.combined-weeks",
  label: "RI TDI and TCI weeks combined per benefit year",
  description: "Caps TDI and TCI benefits together in a benefit year.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 30,
      cite: [
        seedChart("2848", "combined total of TDI and TCI cannot exceed 30 weeks per benefit year"),
        coloradoMemo("249", "30 weeks combined per year"),
        ref(469, "B"),
      ],
    },
  ],
});

export const totalBenefitWageShare = defineParameter<Money>({
  id: "ri-tdi.total-benefit-wage-share",
  label: "RI total benefits in a benefit year as a share of base-period wages",
  description:
    "Caps the total benefits payable in a benefit year at the lesser of the weeks cap × the weekly rate or this share of base-period wages.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("0.36"),
      cite: [
        coloradoMemo("251", "total benefits during a benefit year equal to 36 percent of the employee's total wages"),
      ],
    },
  ],
});

export const waitingPeriodDays = defineParameter<number>({
  id: "ri-tdi.waiting-period-days",
  label: "RI TDI/TCI unpaid waiting period",
  description:
    "No unpaid waiting period since July 1, 2012: the claimant must be out of work at least 7 days, and benefits are then paid from the first day out.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "1970-01-01",
      unknown: "not-published",
      cite: [R.r22],
      note: "before July 2012 the first week was paid only if the claimant was out 28 days or more; not modelled",
    },
    {
      from: "2012-07-01",
      value: 0,
      cite: [
        R.r22,
        seedChart("2815-2817", "must be out of work for 7 days, but benefit is payable since first day out"),
        R.r18,
        ref("473-475", "A"),
      ],
      note: 'Contradiction resolved: older DLT text (first week paid only after 28 days out) is superseded by DLT\'s quick references from 2012 ("no waiting period as of 7/1/12, must be out at least 7 days"), which the 2023 chart and a 2025 carrier ("payable from day one") agree with.',
    },
  ],
});

export const minimumDaysOut = defineParameter<number>({
  id: "ri-tdi.minimum-days-out",
  label: "RI TDI/TCI days out of work needed to qualify",
  description:
    "The claimant must be out of work at least this many days; benefits are then paid from the first day out.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    { from: "2020-01-01", value: 7, cite: [seedChart("2815-2817", "must be out of work for 7 days"), R.r22] },
  ],
});

export const contributionRate = defineParameter<Money>({
  id: "ri-tdi.contribution-rate",
  label: "RI TDI employee contribution rate (funds TDI and TCI)",
  description:
    "Sets the employee-only TDI deduction (which funds TDI and TCI) as a share of wages up to the taxable wage base, for wages paid in the calendar year.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("0.013"),
      cite: [R.r5, ref(448, "B"), coloradoMemo("243", "1.3 percent of an employee's first $72,300")],
    },
    {
      from: "2021-01-01",
      unknown: "unverified",
      value: money("0.013"),
      cite: [R.r9, ref(449, "C")],
      note: "only a weak source gives the 2021 rate",
    },
    {
      from: "2022-01-01",
      value: money("0.011"),
      cite: [R.r11, ref(450, "B"), seedChart("2825", "2022: 1.1% of first $81,500")],
    },
    {
      from: "2023-01-01",
      value: money("0.011"),
      cite: [R.r11, ref(451, "B"), seedChart("2827", "2023: 1.1% of first $84,000")],
    },
    { from: "2024-01-01", value: money("0.012"), cite: [R.r15, ref(452, "A")] },
    { from: "2025-01-01", value: money("0.013"), cite: [R.r15, ref(453, "A")] },
    { from: "2026-01-01", value: money("0.011"), cite: [R.r20, ref(454, "A")] },
  ],
});

export const taxableWageBase = defineParameter<Money>({
  id: "ri-tdi.taxable-wage-base",
  label: "RI TDI taxable wage base",
  description: "Caps the wages paid in a calendar year on which the TDI deduction is due.",
  unit: "USD/year",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    { from: "2020-01-01", value: money("72300"), cite: [R.r5, ref(448, "B")] },
    {
      from: "2021-01-01",
      unknown: "unverified",
      value: money("74000"),
      cite: [R.r9, ref(449, "C")],
      note: "only a weak source gives the 2021 wage base",
    },
    { from: "2022-01-01", value: money("81500"), cite: [R.r11, ref(450, "B")] },
    { from: "2023-01-01", value: money("84000"), cite: [R.r11, ref(451, "B")] },
    { from: "2024-01-01", value: money("87000"), cite: [R.r15, R.r14, ref(452, "A")] },
    { from: "2025-01-01", value: money("89200"), cite: [R.r15, ref(453, "A")] },
    {
      from: "2026-01-01",
      value: money("100000"),
      cite: [R.r20, R.r21, ref(454, "A")],
      note: "the statutory floor from P.L. 2025 ch. 237",
    },
  ],
});

export const noFamilyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "ri-tdi.family-relationships",
  label: "RI TDI family members",
  description: "TDI covers the employee's own illness or injury only; caring for a family member is RI TCI.",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "1970-01-01",
      value: [],
      cite: [seedChart("2811-2813", "own illness or injury unrelated to work, including pregnancy")],
    },
  ],
});
