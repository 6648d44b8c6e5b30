/**
 * District of Columbia Paid Family Leave (Universal Paid Leave, D.C. Code §32-541.01 et seq.;
 * 7 DCMR chapter 35): every figure the rules use, dated and cited. Figures come from
 * shared/reference/parameters.md §13 (source keys G1–G14 with their grades), the seed chart
 * shared/seeds/003_55eae632d3b6e248.txt (DC section, lines 1356–1520), the statute and the
 * regulation. Figures are selected by the date the claim is filed (the application date).
 *
 * The bend point is 150% × 40 × the District minimum wage, which changes each July 1 (D.C. Code
 * §32-1003; the Mayor and DOES publish each year's wage). The figures DOES published pair the
 * wage with the October maximum ($16.10 from 2022-10-01, $17.00 from 2023-10-01), so whether a
 * claim filed from July 1 to September 30 already uses the new July wage is not stated: those
 * three months are recorded as disputed, and from October 1 to June 30 both readings give the
 * July wage. The launch bend of $840 ($14) conflicts with the District minimum wage of $15.00
 * in force from 2020-07-01 and is recorded as disputed. The July 2026 wage was not found.
 */
import type { DeadlinePeriod } from "../../deadlines/business-days";
import { type Money, money } from "../../core/money";
import { type Citation, defineParameter } from "../../core/parameter";
import type { FamilyRelationship, LeaveReason } from "../../core/vocabulary";
import { parameterTables, seedChart, unreviewedCompilation } from "../sources";

const VERIFIED = "2026-11-21";

/** Sources, keyed as in parameters.md §13. */
export const G = {
  g1: {
    title: "PPI Benefit Solutions: DC PFL maximum weekly benefit increased (2024)",
    href: "https://ppibenefits.com/Resource-Library/Compliance-Corner/State-Updates/dc-pfl-maximum-weekly-benefit-amount-increased",
    grade: "B",
    publishedOn: "2024-11-19",
  },
  g2: {
    title: "PPI Benefit Solutions: DC PFL maximum weekly benefit increases (2025)",
    href: "https://www.ppibenefits.com/Resource-Library/Compliance-Corner/State-Updates/dc-pfl-maximum-weekly-benefit-amount-increases",
    grade: "B",
    publishedOn: "2025-11-04",
  },
  g3: {
    title: "The Standard: Washington, D.C. paid family leave",
    href: "https://standard.com/businesses-organizations/workplace-solutions/paid-family-medical-leave/states-paid-family-medical/washington-dc",
    grade: "B",
  },
  g4: {
    title: "Principal: Washington DC paid family leave",
    href: "https://www.principal.com/businesses/protect-my-employees/group-benefits/paid-family-medical-leave-state-disability-insurance/washington-dc-paid-family-leave",
    grade: "B",
  },
  g5: {
    title: "DC Paid Family Leave: information for workers",
    href: "https://dcpaidfamilyleave.dc.gov/workers/",
    grade: "A",
  },
  g6: {
    title: "DC Paid Family Leave: family leave claim form PFL-3",
    href: "https://dcpaidfamilyleave.dc.gov/dc_resources/form-pfl-family-leave-claim-pfl-3/",
    grade: "A",
  },
  g7: {
    title: "MD/DC Credit Union Association: paid leave program expanded in DC",
    href: "https://mddccua.org/index.php/news-advocacy/2732-paid-leave-program-expanded-in-dc",
    grade: "B",
  },
  g8: {
    title: "Duration and amount of benefits (waiting week and its waivers)",
    section: "D.C. Code §32-541.04(b)",
    href: "https://code.dccouncil.us/us/dc/council/code/sections/32-541.04",
    grade: "A",
  },
  g9: {
    title: "Larkin: law changes, District of Columbia",
    href: "https://thelarkincompany.com/law-changes/district-of-columbia/",
    grade: "B",
    publishedOn: "2023-02-01",
  },
  g10: {
    title: "DC Paid Family Leave benefits calculator (2022–23): minimum wage $16.10, maximum $1,049",
    href: "https://dcpaidfamilyleave.dc.gov/benefits-calculator/",
    grade: "A",
  },
  g11: {
    title: "ADP TotalSource: Washington DC expands Paid Family Leave program",
    href: "http://adptotalsourceinsightsandsolutions.com/State-Updates-Detail/ArtMID/980/ArticleID/3073/Washington-DC-expands-Paid-Family-Leave-Program",
    grade: "B",
    publishedOn: "2022-11-01",
  },
  g12: {
    title: "Mutual of Omaha: District of Columbia paid family leave",
    href: "https://mutualofomaha.com/employer-based-plans/paid-family-medical-leave/district-of-columbia",
    grade: "B",
  },
  g13: {
    title:
      "Calculation of weekly benefit amount (five completed quarters, lowest dropped; ten quarters for claims filed 2021-10-01 to 2022-07-25)",
    section: "7 DCMR 3503.1(b)",
    href: "https://casetext.com/regulation/district-of-columbia-administrative-code/title-7-employment-benefits/chapter-7-35-paid-leave-benefits/rule-7-3503-calculation-of-weekly-benefit-amount",
    grade: "A",
  },
  g14: {
    title: "Lincoln Financial: Washington DC paid family leave (more than 50% of work time in DC)",
    href: "https://www.lfg.com/public/industryprofessional/employeebenefits/benefitsolutions/paidfamilyleave/washingtondc",
    grade: "B",
  },
  proskauer: {
    title: "Proskauer, Law and the Workplace: the four highest of five quarters are divided by 52",
    href: "https://www.lawandtheworkplace.com/2020/06/dcs-paid-family-leave-benefits-available-july-1-2020-what-employers-need-to-know/",
    grade: "B",
    publishedOn: "2020-06",
  },
  wage2022: {
    title: "WJLA: Mayor Bowser announces the District minimum wage rises from $15.20 to $16.10 on July 1, 2022",
    href: "https://wjla.com/news/local/inflation-mayor-bowser-dc-minimum-wage-salary-washington-16-district-federal-workers-wage-economy-recession-biden-gas-tax-muriel-democrat-republican",
    grade: "B",
  },
  wage2022law: {
    title: "IB Law Firm: D.C. minimum wage raise alert (from $15.20 to $16.10 on July 1, 2022)",
    href: "https://iblawfirm.com/tpost/2ftss550x1-dc-minimum-wage-raise-alert",
    grade: "B",
  },
  wage2023: {
    title: "Mayor's Office: minimum wage increase effective July 1, 2023 (from $16.10 to $17.00)",
    href: "https://mocrs.dc.gov/release/mayor-bowser-announces-minimum-wage-increase-effective-july-1-2023",
    grade: "A",
    publishedOn: "2023-06-29",
  },
  wage2024: {
    title: "Mayor Bowser and DOES: minimum wage increase effective July 1, 2024 (from $17.00 to $17.50)",
    href: "https://www.einpresswire.com/article/723799039/mayor-bowser-announces-minimum-wage-increase-effective-july-1-2024",
    grade: "A",
    publishedOn: "2024-06-28",
  },
  wage2024news: {
    title: "GW Hatchet: District minimum wage increased July 1, 2024 from $17.00 to $17.50",
    href: "https://gwhatchet.com/2024/07/06/district-minimum-wage-increases-in-accordance-with-city-initiative",
    grade: "B",
    publishedOn: "2024-07-06",
  },
  wage2025: {
    title: "Littler (Mondaq): mid-year PFML update — DC minimum wage $17.95 (from $17.50) on July 1, 2025",
    href: "https://www.mondaq.com/unitedstates/employee-rights-labour-relations/1650126/mid-year-paid-family-medical-leave-update",
    grade: "B",
    publishedOn: "2025-07-14",
  },
  wage2025poster: {
    title: "LaborLawCenter: DC non-tipped minimum wage $17.95 from July 1, 2025",
    href: "https://www.laborlawcenter.com/education-center/labor-law-poster-alert-district-of-columbia-updates-wage-posters",
    grade: "B",
  },
  wage2025payroll: {
    title: "Checkwriters: D.C. minimum wage now $17.95 effective July 1, 2025",
    href: "https://www.checkwriters.com/d-c-minimum-wage-now-17-95-effective-july-1-2025-tipped-wage-hike-could-slip-to-october/",
    grade: "B",
  },
  minimumWageLaw: {
    title: "District minimum wage: $15.00 from July 1, 2020, then CPI-adjusted each July 1",
    section: "D.C. Code §32-1003(a)",
    href: "https://code.dccouncil.us/us/dc/council/code/sections/32-1003",
    grade: "A",
  },
} as const satisfies Record<string, Citation>;

const ref = parameterTables("§13 District of Columbia");

export const maximumWeeklyBenefit = defineParameter<Money>({
  id: "dc-pfl.maximum-weekly-benefit",
  label: "DC maximum weekly benefit",
  description: "Caps the weekly benefit for claims filed on or after the date; CPI-adjusted each October 1.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-09-30",
  values: [
    { from: "2020-07-01", value: money("1000"), cite: [G.g4, ref(592, "B")] },
    { from: "2021-09-26", value: money("1009"), cite: [G.g6, ref(593, "A")], note: "first CPI adjustment" },
    { from: "2022-10-01", value: money("1049"), cite: [G.g9, G.g10, ref(594, "A")] },
    { from: "2023-10-01", value: money("1118"), cite: [G.g3, G.g12, ref(595, "B")] },
    { from: "2024-10-01", value: money("1153"), cite: [G.g1, ref(596, "B")] },
    {
      from: "2025-10-01",
      value: money("1190"),
      cite: [G.g2, ref(597, "B")],
      note: "the October 2026 adjustment was not found",
    },
  ],
});

export const bendPointMinimumWage = defineParameter<Money>({
  id: "dc-pfl.bend-point-minimum-wage",
  label: "DC minimum wage used for the bend point (per hour)",
  description:
    "The District minimum wage DOES uses for the bend point (150% × 40 × this wage) for claims filed on or after the date.",
  unit: "USD",
  lastVerifiedOn: "2026-12-03",
  until: "2027-06-30",
  values: [
    {
      from: "2020-07-01",
      unknown: "disputed",
      value: money("14.00"),
      cite: [G.g4, ref(592, "B"), G.minimumWageLaw],
      note: "Principal gives a launch bend point of $840 (40 × $14 × 150%), but the District minimum wage was $15.00 from 2020-07-01 (D.C. Code §32-1003), which would give $900.",
    },
    {
      from: "2021-07-01",
      unknown: "disputed",
      value: money("15.20"),
      cite: [G.minimumWageLaw, G.wage2022, G.wage2022law, ref(593, "B")],
      note: "The District minimum wage rose from $15.00 to $15.20 on 2021-07-01; whether claims filed July–September use the new wage before the October figures is not stated.",
    },
    {
      from: "2021-10-01",
      value: money("15.20"),
      cite: [G.wage2022, G.wage2022law, G.minimumWageLaw],
      note: "The District minimum wage in force from 2021-07-01 (both press reports of the July 2022 raise give it as the wage being replaced); by October both readings use it.",
    },
    {
      from: "2022-07-01",
      unknown: "disputed",
      value: money("16.10"),
      cite: [G.wage2022, G.wage2022law, G.g10],
      note: "The minimum wage rose to $16.10 on 2022-07-01; DOES published it with the October maximum, so July–September claims may still use $15.20.",
    },
    {
      from: "2022-10-01",
      value: money("16.10"),
      cite: [G.g10, ref(594, "A"), G.wage2022],
      note: 'DOES calculator: "based off of a minimum wage of $16.10" with the $1,049 maximum',
    },
    {
      from: "2023-07-01",
      unknown: "disputed",
      value: money("17.00"),
      cite: [G.wage2023, G.minimumWageLaw, ref(595, "B")],
      note: "The District minimum wage rose to $17.00 on 2023-07-01; the sources give $17.00 with the October 2023 figures, so July–September claims may still use $16.10.",
    },
    {
      from: "2023-10-01",
      value: money("17.00"),
      cite: [G.g3, G.wage2023, ref(595, "B")],
      note: "The Standard: state minimum hourly wage $17 with the $1,118 maximum; the Mayor's release sets $17.00 from 2023-07-01",
    },
    {
      from: "2024-07-01",
      unknown: "disputed",
      value: money("17.50"),
      cite: [G.wage2024, G.wage2024news],
      note: "The District minimum wage rose to $17.50 on 2024-07-01 (DOES); July–September claims may still use $17.00 (the wage is paired with the October maximum).",
    },
    {
      from: "2024-10-01",
      value: money("17.50"),
      cite: [G.wage2024, G.wage2024news, ref(596, "D")],
      note: "The District minimum wage from 2024-07-01, published by the Mayor and DOES; parameters.md had derived the $1,050 bend point from it (grade D), the wage itself is published.",
    },
    {
      from: "2025-07-01",
      unknown: "disputed",
      value: money("17.95"),
      cite: [G.wage2025, G.wage2025poster, G.wage2025payroll],
      note: "The District minimum wage rose to $17.95 on 2025-07-01; July–September claims may still use $17.50 (Littler ties the October 2025 maximum to the July wage).",
    },
    {
      from: "2025-10-01",
      value: money("17.95"),
      cite: [G.wage2025, G.wage2025poster, G.wage2025payroll, ref(597, "D")],
      note: "The District minimum wage from 2025-07-01 (Littler, LaborLawCenter, Checkwriters alike).",
    },
    {
      from: "2026-07-01",
      unknown: "unverified",
      value: money("18.40"),
      cite: [unreviewedCompilation("DC minimum wage $17.95 → $18.40 on 2026-07-01")],
      note: "The District's July 2026 minimum wage was not found in Mayor/DOES releases or payroll and law-firm alerts searched on 2026-12-03; $18.40 appears only in an unreviewed compilation (grade C). A deployment can publish DOES's figure for these dates.",
    },
  ],
});

export const bendPointHours = defineParameter<Money>({
  id: "dc-pfl.bend-point-hours",
  label: "DC bend point: hours of minimum wage",
  description: "The bend point is this many hours of the District minimum wage, times the bend-point share.",
  unit: "multiplier",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2020-07-01",
      value: money("40"),
      cite: [G.g3, G.g4, ref(588, "B"), seedChart("1428", "150% of 40 times DC's minimum wage")],
    },
  ],
});

export const bendPointShare = defineParameter<Money>({
  id: "dc-pfl.bend-point-share",
  label: "DC bend point: share of 40 hours of minimum wage",
  description: "The bend point is this share of 40 hours of the District minimum wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2020-07-01",
      value: money("1.5"),
      cite: [G.g3, G.g4, ref(588, "B"), seedChart("1428", "150% of 40 times DC's minimum wage")],
    },
  ],
});

export const lowerTierRate = defineParameter<Money>({
  id: "dc-pfl.lower-tier-rate",
  label: "DC replacement rate up to the bend point",
  description: "Replaces the part of the AWW up to the bend point.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    { from: "2020-07-01", value: money("0.9"), cite: [G.g3, G.g4, ref(588, "B"), seedChart("1428", "90% of the AWW")] },
  ],
});

export const upperTierRate = defineParameter<Money>({
  id: "dc-pfl.upper-tier-rate",
  label: "DC replacement rate above the bend point",
  description: "Replaces the part of the AWW above the bend point.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2020-07-01",
      value: money("0.5"),
      cite: [G.g3, G.g4, ref(588, "B"), seedChart("1429", "plus 50% of the amount above the bend point")],
    },
  ],
});

/** The AWW rule: of the `quartersConsidered` completed quarters before the event, the highest
 * `quartersUsed` are added and divided by 13 weeks each (4 quarters → ÷ 52). */
export type AverageWeeklyWageRule = { readonly quartersConsidered: number; readonly quartersUsed: number };

export const averageWeeklyWageRule = defineParameter<AverageWeeklyWageRule>({
  id: "dc-pfl.average-weekly-wage-rule",
  label: "DC quarters used for the average weekly wage",
  description:
    "Takes the completed quarters before the qualifying event, drops the lowest, and divides the rest by 52 weeks, for claims filed on or after the date.",
  unit: "rule",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2020-07-01",
      value: { quartersConsidered: 5, quartersUsed: 4 },
      cite: [G.g13, G.proskauer, ref(601, "A"), seedChart("1430", "4 highest of the 5 most recent completed quarters")],
    },
    {
      from: "2021-10-01",
      unknown: "not-published",
      cite: [G.g13],
      note: "Claims filed from 2021-10-01 through 2022-07-25 use ten completed quarters (7 DCMR 3503.1(b)(1)); how they are reduced was not captured.",
    },
    {
      from: "2022-07-26",
      value: { quartersConsidered: 5, quartersUsed: 4 },
      cite: [G.g13, G.proskauer, ref(601, "A")],
      note: '"claims submitted after July 25, 2022"',
    },
  ],
});

export const coveredReasons = defineParameter<readonly LeaveReason[]>({
  id: "dc-pfl.covered-reasons",
  label: "DC leave reasons in force",
  description: "Lists the qualifying events on a date: prenatal leave was added on 2021-10-01.",
  unit: "rule",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2020-07-01",
      value: ["OWN_HEALTH", "PREGNANCY", "BONDING", "FAMILY_CARE"],
      cite: [G.g5, seedChart("1393-1405", "family, parental and medical leave")],
    },
    {
      from: "2021-10-01",
      value: ["OWN_HEALTH", "PREGNANCY", "BONDING", "FAMILY_CARE", "PRENATAL"],
      cite: [G.g7, seedChart("1406", "pre-natal leave"), seedChart("1446-1447", "pre-natal leave as of 10/01/2021")],
    },
  ],
});

export const parentalWeeks = defineParameter<number>({
  id: "dc-pfl.parental-weeks",
  label: "DC workweeks of parental leave in 52 weeks",
  description: "Caps parental (bonding) leave in a 52-calendar-week period.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  until: "2026-09-30",
  values: [
    {
      from: "2020-07-01",
      value: 8,
      cite: [G.g5, ref(592, "A"), seedChart("1444", "parental 8 workweeks before 2022-10-01")],
    },
    {
      from: "2022-10-01",
      value: 12,
      cite: [G.g9, G.g11, ref(594, "B"), seedChart("1452", "parental 12 workweeks on or after 2022-10-01")],
    },
  ],
});

export const familyWeeks = defineParameter<number>({
  id: "dc-pfl.family-weeks",
  label: "DC workweeks of family leave in 52 weeks",
  description: "Caps family leave (care of a family member) in a 52-calendar-week period.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  until: "2026-09-30",
  values: [
    {
      from: "2020-07-01",
      value: 6,
      cite: [G.g5, ref(592, "A"), seedChart("1443", "family 6 workweeks before 2022-10-01")],
    },
    {
      from: "2022-10-01",
      value: 12,
      cite: [G.g9, G.g11, ref(594, "B"), seedChart("1451", "family 12 workweeks on or after 2022-10-01")],
    },
  ],
});

export const medicalWeeks = defineParameter<number>({
  id: "dc-pfl.medical-weeks",
  label: "DC workweeks of medical leave in 52 weeks",
  description: "Caps medical leave (the employee's own serious health condition) in a 52-calendar-week period.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  until: "2026-09-30",
  values: [
    { from: "2020-07-01", value: 2, cite: [G.g5, ref(592, "A")] },
    {
      from: "2021-10-01",
      value: 6,
      cite: [G.g7, ref(593, "B"), seedChart("1445", "medical 6 workweeks before 2022-10-01")],
      note: "parameters.md puts this in its 9/26/2021 row; the seed chart dates the expansion 10/01/2021",
    },
    {
      from: "2022-10-01",
      value: 12,
      cite: [G.g9, G.g11, ref(594, "B"), seedChart("1453", "medical 12 workweeks on or after 2022-10-01")],
    },
  ],
});

export const prenatalWeeks = defineParameter<number>({
  id: "dc-pfl.prenatal-weeks",
  label: "DC workweeks of prenatal leave in 52 weeks",
  description: "Caps prenatal leave in a 52-calendar-week period (none before 2021-10-01).",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  until: "2026-09-30",
  values: [
    { from: "2020-07-01", value: 0, cite: [G.g5, ref(592, "A")], note: "no prenatal leave at launch" },
    { from: "2021-10-01", value: 2, cite: [G.g7, ref(593, "B"), seedChart("1446", "pre-natal 2 workweeks")] },
    {
      from: "2022-10-01",
      value: 2,
      cite: [G.g9, ref(594, "B"), seedChart("1454", "pre-natal 2 workweeks on or after 2022-10-01")],
    },
  ],
});

export const combinedWeeks = defineParameter<number>({
  id: "dc-pfl.combined-weeks",
  label: "DC workweeks of leave for all reasons in 52 weeks",
  description:
    "Caps all paid leave together in a 52-calendar-week period (except parental leave combined with prenatal leave).",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  until: "2026-09-30",
  values: [
    {
      from: "2020-07-01",
      value: 8,
      cite: [G.g5, ref(592, "A"), seedChart("1447", "no more than 8 workweeks combined")],
    },
    {
      from: "2022-10-01",
      value: 12,
      cite: [G.g9, G.g11, ref(594, "B"), seedChart("1455", "no more than 12 workweeks combined")],
    },
  ],
});

export const combinedWithPrenatalWeeks = defineParameter<number>({
  id: "dc-pfl.combined-with-prenatal-weeks",
  label: "DC workweeks of parental and prenatal leave combined",
  description: "Caps leave in the 52 weeks when parental leave is combined with prenatal leave.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  until: "2026-09-30",
  values: [
    {
      from: "2020-07-01",
      value: 8,
      cite: [G.g5, ref(592, "A")],
      note: "no prenatal leave at launch: the combined cap applies",
    },
    {
      from: "2021-10-01",
      value: 10,
      cite: [seedChart("1447", "parental and pre-natal leave totaling 10 weeks as of 10/01/2021")],
    },
    {
      from: "2022-10-01",
      value: 14,
      cite: [G.g9, G.g11, ref(594, "B"), seedChart("1455", "totaling 14 weeks as of 10/01/2022")],
    },
  ],
});

export const waitingPeriodDays = defineParameter<number>({
  id: "dc-pfl.waiting-period-days",
  label: "DC waiting period",
  description:
    "Makes the first week after the qualifying event unpaid, once in a 52-week period, for claims filed on or after the date.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    { from: "2020-07-01", value: 7, cite: [G.g8, ref(592, "A")] },
    {
      from: "2021-10-02",
      value: 0,
      cite: [G.g8, ref(593, "A"), seedChart("1410", "no waiting period for claims filed after October 1, 2021")],
      note: "§32-541.04(b)(2): claims filed after 2021-10-01 and before the 365th day after the public health emergency",
    },
    {
      from: "2022-07-25",
      value: 0,
      cite: [G.g8, ref(594, "A")],
      note: "§32-541.04(b)(3): eliminated for claims filed on or after 2022-07-25",
    },
  ],
});

export const bondingWindowMonths = defineParameter<number>({
  id: "dc-pfl.bonding-window-months",
  label: "DC parental leave window",
  description: "Parental leave must be taken within one year of the birth or placement.",
  unit: "months",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2020-07-01",
      value: 12,
      cite: [seedChart("1404", "parental leave must be completed within one year of the birth or placement")],
    },
  ],
});

export const workTimeInDistrictPercent = defineParameter<number>({
  id: "dc-pfl.work-time-in-district-percent",
  label: "DC share of work time in the District",
  description: "A covered employee spends more than this percent of work time for the employer in the District.",
  unit: "rule",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2020-07-01",
      value: 50,
      cite: [G.g14, ref(602, "B"), seedChart("1386", "more than 50% of work time in DC")],
    },
  ],
});

export const employerContributionRate = defineParameter<Money>({
  id: "dc-pfl.employer-contribution-rate",
  label: "DC employer contribution rate",
  description:
    "Sets the employer-only tax as a share of covered wages (no wage cap), for wages paid on or after the date.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: "2026-06-30",
  values: [
    {
      from: "2019-07-01",
      value: money("0.0062"),
      cite: [ref(592, "B"), seedChart("1419-1420", "0.62% before July 1, 2022")],
    },
    {
      from: "2022-07-01",
      value: money("0.0026"),
      cite: [G.g9, G.g11, ref(594, "B"), seedChart("1421-1422", "0.26% after July 1, 2022")],
    },
    { from: "2024-07-01", value: money("0.0075"), cite: [G.g1, G.g2, ref(596, "B")] },
  ],
});

export const employeeContributionShare = defineParameter<Money>({
  id: "dc-pfl.employee-contribution-share",
  label: "DC employee share of the contribution",
  description: "The tax is employer-only: nothing may be deducted from the employee.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2019-07-01",
      value: money("0"),
      cite: [G.g1, G.g2, ref(587, "B"), seedChart("1418", "employers cover the full cost")],
    },
  ],
});

export const minimumClaimDays = defineParameter<number>({
  id: "dc-pfl.minimum-claim-days",
  label: "DC smallest payable increment",
  description: "Intermittent leave is taken in full-day increments.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2020-07-01", value: 1, cite: [seedChart("1457-1460", "intermittent in full day increments")] }],
});

export const appealPeriod = defineParameter<DeadlinePeriod>({
  id: "dc-pfl.appeal-period",
  label: "DC time to appeal a determination",
  description:
    "Gives a claimant this long after notice of an adverse determination to appeal to the Office of Administrative Hearings.",
  unit: "deadline",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2020-07-01",
      value: { amount: 60, unit: "calendar-days" },
      cite: [seedChart("1510-1516", "within 60 days after notice of an adverse determination")],
    },
  ],
});

export const familyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "dc-pfl.family-relationships",
  label: "DC family members",
  description:
    "Lists whose care family leave covers: child (incl. a domestic partner's child), parent (incl. in-law, step, guardian, in loco parentis), spouse, domestic partner, grandparent and sibling.",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2020-07-01",
      value: [
        "CHILD",
        "PARENT",
        "PARENT_IN_LAW",
        "IN_LOCO_PARENTIS",
        "SPOUSE",
        "DOMESTIC_PARTNER",
        "GRANDPARENT",
        "SIBLING",
      ],
      cite: [
        seedChart("1395-1402", "family member definition"),
        {
          title: "University of Denver analysis: District of Columbia family definition",
          file: "shared/seeds/002_64e32af147dc6fe4.txt:364",
          grade: "B",
        },
      ],
    },
  ],
});
