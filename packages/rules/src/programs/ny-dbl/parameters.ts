/**
 * New York Disability Benefits Law (DBL): every figure the rules use, dated and cited. Sources:
 * shared/reference/parameters.md §7b (P14–P19 with grades), the seed chart
 * shared/seeds/003_55eae632d3b6e248.txt (NY DBL, lines 83–207), the Colorado Legislative Council
 * memo (shared/seeds/001_fe959d5805562ed4.txt:176–198) and N.Y. Workers' Compensation Law
 * §204 (the text in force since 1989-05-01). The DBL + PFL combined cap is NY PFL's parameter
 * (ny-pfl.combined-with-disability-weeks), shared so both programs count the same 26 weeks.
 */
import { type Money, money } from "../../core/money";
import { type Citation, defineParameter } from "../../core/parameter";
import type { FamilyRelationship } from "../../core/vocabulary";
import { beforeCompiledFigures, coloradoMemo, parameterTables, seedChart } from "../sources";

const VERIFIED = "2026-11-21";

const S = {
  wcl204: {
    title: "Disability during employment: one-half of the weekly wage, at most $170; an AWW under $20 is paid in full",
    section: "N.Y. Workers' Compensation Law §204(2)",
    href: "https://instalawyer.io/laws/new-york-laws/204-disability-and-family",
    grade: "A",
  },
  wcl204text: {
    title:
      "N.Y. WCL §204 (2012 text): benefits from the eighth consecutive day; successive periods less than three months apart are one period",
    section: "N.Y. Workers' Compensation Law §204(1)",
    href: "http://law.justia.com/codes/new-york/2013/wkc/article-9/204/index.html",
    grade: "A",
  },
  p14: {
    title: "Atlas Insurance: NY disability and PFL (AWW of the last 8 weeks; 0.5% up to $0.60/week)",
    href: "https://www.atlasinsures.com/disability-insurance-benefits/",
    grade: "B",
  },
  p16: {
    title: "GPI: NY statutory DBL (7-day waiting period)",
    href: "https://www.gpihrm.com/ny-statutory-dbl.php",
    grade: "B",
  },
  p17: {
    title: "Unum: New York paid leave laws (4 consecutive weeks)",
    href: "https://www.unum.com/employers/solutions/leave-absence-management/paid-leave-laws/new-york-paid-leave-laws",
    grade: "B",
  },
  p19: {
    title: "ShelterPoint: NY DBL benefit increase not moved forward in 2025",
    href: "https://info.shelterpoint.com/Blog/ny-dbl-benefits-increase-not-moved-forward-2025",
    grade: "B",
  },
} as const satisfies Record<string, Citation>;

const ref = parameterTables("§7b New York DBL");

const BEFORE_1989 = beforeCompiledFigures(
  S.wcl204text,
  "earlier maxima ($95 from 1974, $135 from 1983, $145 from 1984, with a $20 floor before mid-1984) are not modelled",
);

const BEFORE_DATA = beforeCompiledFigures(
  ref(347, "B"),
  "the reference data describes DBL from 2020; earlier rules were not compiled",
);

export const maximumWeeklyBenefit = defineParameter<Money>({
  id: "ny-dbl.maximum-weekly-benefit",
  label: "NY DBL maximum weekly benefit",
  description:
    "Caps the weekly disability benefit for disability commencing on or after the date ($170 since May 1, 1989; proposals to raise it have not passed through 2026).",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    BEFORE_1989,
    {
      from: "1989-05-01",
      value: money("170"),
      cite: [
        S.wcl204,
        seedChart("148-152", "maximum $170/week (unchanged since 5/1/1989)"),
        coloradoMemo(188, "up to $170 per week"),
        S.p19,
        ref(351, "A"),
      ],
      note: "Verified through 2026 (the 2025 increase bill died in committee; 2026 status not found), so later dates answer PARAMETER_NOT_KNOWN.",
    },
  ],
});

export const replacementRate = defineParameter<Money>({
  id: "ny-dbl.replacement-rate",
  label: "NY DBL share of the AWW replaced",
  description: "Pays this share of the average weekly wage, up to the maximum.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_1989,
    {
      from: "1989-05-01",
      value: money("0.5"),
      cite: [S.wcl204, seedChart("150", "50% average weekly wage for last 8 weeks worked"), ref(351, "A")],
    },
  ],
});

export const fullWageBelow = defineParameter<Money>({
  id: "ny-dbl.full-wage-below",
  label: "NY DBL AWW below which the benefit is the AWW",
  description: "An employee whose average weekly wage is less than this receives the full AWW as the weekly benefit.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_1989,
    {
      from: "1989-05-01",
      value: money("20"),
      cite: [
        S.wcl204,
        coloradoMemo(188, "if the AWW is less than $20, the benefit must equal the wage"),
        ref(351, "A"),
      ],
    },
  ],
});

export const averageWeeklyWageWeeks = defineParameter<number>({
  id: "ny-dbl.average-weekly-wage-weeks",
  label: "NY DBL weeks of pay averaged for the AWW",
  description: "The AWW is the average of the wages in the last weeks worked before the disability.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 8,
      cite: [seedChart("150", "average weekly wage for last 8 weeks worked"), S.p14, ref(351, "B")],
    },
  ],
});

export const disabilityWeeks = defineParameter<number>({
  id: "ny-dbl.disability-weeks",
  label: "NY DBL weeks per 52 consecutive weeks",
  description: "Caps disability benefits at this many weeks (the waiting week included) in any 52 consecutive weeks.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 26,
      cite: [
        seedChart("154-156", "26 weeks (including a 7-day waiting period) during 52 consecutive calendar weeks"),
        coloradoMemo(186, "up to 26 weeks during any 52-week period"),
        ref(352, "B"),
      ],
    },
  ],
});

export const waitingPeriodDays = defineParameter<number>({
  id: "ny-dbl.waiting-period-days",
  label: "NY DBL waiting period",
  description:
    "Benefits begin on the eighth consecutive day of disability; the first days of each period of disability are not paid.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 7,
      cite: [
        S.wcl204text,
        seedChart("130-132", "7 days per disabling condition; benefits begin on 8th consecutive day"),
        S.p16,
        ref(353, "B"),
      ],
    },
  ],
});

export const relapseMonths = defineParameter<number>({
  id: "ny-dbl.relapse-months",
  label: "NY DBL gap that still makes one period of disability",
  description:
    "Successive disabilities from the same or a related cause separated by less than this many months are one period (no new waiting period).",
  unit: "months",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 3,
      cite: [S.wcl204text, seedChart("134-137", "separated by less than 3 months; no new waiting period")],
    },
  ],
});

export const fullTimeEmploymentWeeks = defineParameter<number>({
  id: "ny-dbl.full-time-employment-weeks",
  label: "NY DBL consecutive weeks of employment (full-time)",
  description: "An employee qualifies after this many consecutive weeks with a covered employer.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 4,
      cite: [
        seedChart("110", "Full-time employees – 4 consecutive weeks of work"),
        coloradoMemo(184, "four or more consecutive weeks"),
        S.p17,
        ref(355, "B"),
      ],
    },
  ],
});

export const partTimeDaysWorked = defineParameter<number>({
  id: "ny-dbl.part-time-days-worked",
  label: "NY DBL days worked (part-time)",
  description: "An employee on a schedule shorter than the employer's normal week qualifies on this day of employment.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 25,
      cite: [
        seedChart("111", "Part-time employees – 25 days of work"),
        coloradoMemo(184, "on the 25th day of employment"),
      ],
    },
  ],
});

export const familyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "ny-dbl.family-relationships",
  label: "NY DBL family members",
  description: "DBL covers the employee's own off-the-job illness or injury only; family leave is NY PFL.",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "1970-01-01",
      value: [],
      cite: [seedChart("123-128", "off-the-job injury or illness; pregnancy included")],
    },
  ],
});
