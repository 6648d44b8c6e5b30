/**
 * California State Disability Insurance (SDI: Disability Insurance, DI): every figure the rules
 * use, dated and cited. CA PFL (src/programs/ca-pfl) shares the benefit schedule, eligibility and
 * contribution figures, defined here once. Sources: shared/reference/parameters.md §8 (S1–S18 with
 * grades), the seed chart shared/seeds/003_55eae632d3b6e248.txt (CA, lines 430–702), the Colorado
 * Legislative Council memo (shared/seeds/001_fe959d5805562ed4.txt:38–64) and the Unemployment
 * Insurance Code. Figures apply to claims beginning on or after their date.
 */
import { type Money, money } from "../../core/money";
import { type Citation, defineParameter } from "../../core/parameter";
import type { FamilyRelationship } from "../../core/vocabulary";
import { beforeCompiledFigures, coloradoMemo, parameterTables, seedChart } from "../sources";

const VERIFIED = "2026-11-21";
const VERIFIED_2026 = "2026-12-03";

export const S = {
  s1: {
    title: "Search-result text quoting EDD: 2020 weekly benefits $50 to $1,300 (weak)",
    href: "https://pl.search.yahoo.com/mobile/s?p=edd+disability+benefits+amount",
    grade: "C",
  },
  s2: { title: "Squareroot NOLA: California SDI maximums", href: "https://squarerootnola.com/?p=192087", grade: "B" },
  s3: {
    title: "NFP: California AB 908 (2018)",
    href: "https://www.nfp.com/about-nfp/insights/insights-detail/894",
    grade: "B",
  },
  s4: {
    title: "SDI rate table",
    href: "http://chaos.owiki.org/wiki/California_State_Disability_Insurance",
    grade: "B",
  },
  s5: {
    title: "California Workplace Law Blog: paid family leave",
    href: "https://www.californiaworkplacelawblog.com/tags/paid-family-leave/",
    grade: "B",
  },
  s6: {
    title: "NFP: SDI and PFL rates and limits revised for 2022",
    href: "https://www.nfp.com/about-nfp/insights/insights-detail/sdi-and-pfl-rates-and-limits-revised-for-2022",
    grade: "B",
  },
  s7: {
    title: "Larkin: California EDD confirms 2023 changes",
    href: "https://thelarkincompany.com/2022/11/18/california-edd-confirms-2023-changes/",
    grade: "B",
    publishedOn: "2022-11-18",
  },
  s8: {
    title: "BenefitMall: California 2023 EDD rates",
    href: "https://www.benefitmall.com/resources/allperspectives-blog/2023/01/18/california-publishes-2023-rates-for-employment-development-department/",
    grade: "B",
  },
  s9: {
    title: "PPI: California 2024 DI and PFL contribution and maximum",
    href: "https://ppibenefits.com/Resource-Library/Compliance-Corner/State-Updates/california-2024-disability-insurance-and-paid-family-leave-employee-contribution-and-maximum-weekly-benefit-amounts-announced",
    grade: "B",
    publishedOn: "2024-01-03",
  },
  s10: {
    title: "CBIZ: California TDI and PFL amounts for 2024",
    href: "https://www.cbiz.com/insights/articles/article-details/california-temporary-disability-and-paid-family-leave-amounts-for-2024",
    grade: "B",
  },
  s11: {
    title: "PPI: California SDI and PFL benefits and contribution rate to increase in 2025",
    href: "https://ppibenefits.com/Resource-Library/Compliance-Corner/State-Updates/california-sdi-and-pfl-benefits-and-contribution-rate-to-increase-in-2025",
    grade: "B",
    publishedOn: "2024-11-19",
  },
  s12: {
    title: "Sequoia: California changes to SDI and PFL (SB 951)",
    href: "https://sequoia.com/2024/10/california-makes-changes-to-state-disability-insurance-and-paid-family-leave",
    grade: "B",
  },
  s13: {
    title: "California Today: 2026 SDI benefits guide (secondary)",
    href: "https://californiatoday.com/guides/state-disability-insurance/2026-california-state-disability-insurance-benefits-guide",
    grade: "C",
  },
  s14: {
    title: "Larkin: California EDD update (2025-10-22)",
    href: "https://thelarkincompany.com/2025/10/22/california-edd-update-2/",
    grade: "B",
    publishedOn: "2025-10-22",
  },
  s15: {
    title: "PPI: California increases SDI contribution rate for 2026",
    href: "https://www.ppibenefits.com/Resource-Library/Compliance-Corner/State-Updates/california-increases-sdi-contribution-rate-for-2026",
    grade: "B",
    publishedOn: "2025-12-02",
  },
  s17: {
    title: "EDD: employer FAQs on eligibility and benefits (7-day non-payable waiting period; $300 base-period wages)",
    href: "https://edd.ca.gov/Disability/faqs-employers-eligibility-benefits.htm",
    grade: "A",
  },
  s18: {
    title: "AB 2587 (2016): PFL waiting period removed from 1/1/2018",
    href: "https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=201720180AB2587",
    grade: "A",
  },
  edd2025: {
    title:
      "EDD News Release 25-01 (2025-01-02), as summarised: $300–$722.49 in the highest quarter → $50; $722.50–$15,506.40 → 90% of weekly wages",
    href: "https://reg.summaries.guide/category/state-disability-insurance",
    grade: "B",
    publishedOn: "2025-01-02",
  },
  sb951: {
    title:
      "SB 951 (Stats. 2022, ch. 878) amending UI Code §2655 from 2025: below 70% of the state average quarterly wage, 90% of HQ ÷ 13; otherwise the greater of 63% of the state average weekly wage or 70% of HQ ÷ 13",
    href: "https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=202120220SB951",
    grade: "A",
  },
  dwc2026: {
    title:
      "DIR/DWC Newsline 2025-116: temporary total disability rates for 2026 — maximum TTD $1,680.29 → $1,764.11 a week; California SAWW (DOL, 12 months ending March 31) $1,704 (2024-25) → $1,789 (2025-26)",
    href: "https://dir.ca.gov/DIRNews/2025/2025-116.html",
    grade: "A",
    publishedOn: "2025-11-21",
  },
  uic2655Cap: {
    title:
      "The weekly benefit amount may not exceed the maximum workers' compensation temporary disability indemnity weekly benefit amount; a benefit that is not a multiple of $1 is computed to the next higher multiple of $1",
    section: "Cal. UI Code §2655",
    href: "https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?lawCode=UIC&division=1.&title=&part=2.&chapter=2.&article=2",
    grade: "A",
  },
  newAmerica2026: {
    title:
      "New America, Explainer: Paid Leave Benefits and Funding (as compiled by referencesource.org): CA PFL maximum weekly benefit $1,765",
    href: "https://huggingface.co/datasets/referencesource/state-paid-family-leave-programs",
    grade: "B",
  },
  decisionsCalc2026: {
    title:
      "DecisionsCalc US paid family leave calculator (read 2026-11-03): California 2026 — 90% of wages, a flat $1,127 band, 70% above, up to $1,765",
    href: "https://glama.ai/mcp/connectors/com.decisionscalc/calculators/tools/us_paid_family_leave",
    grade: "C",
  },
  uic2652: {
    title: "Valid claim: at least $300 of wages in the disability base period",
    section: "Cal. UI Code §2652",
    href: "https://california.public.law/codes/ca_unemp_ins_code_section_2652",
    grade: "A",
  },
  uic2653: {
    title:
      "Maximum benefits in a disability benefit period: 52 × WBA, at most the base-period wages, computed to the next higher multiple of $1",
    section: "Cal. UI Code §2653",
    href: "https://california.public.law/codes/ca_unemp_ins_code_section_2653",
    grade: "A",
  },
} as const satisfies Record<string, Citation>;

export const ref = parameterTables("§8 California SDI/PFL");

export const BEFORE_DATA = beforeCompiledFigures(
  ref(384, "B"),
  "the reference data starts in 2020; earlier California figures were not compiled",
);

export const maximumWeeklyBenefit = defineParameter<Money>({
  id: "ca-sdi.maximum-weekly-benefit",
  label: "CA DI/PFL maximum weekly benefit",
  description: "Caps the weekly benefit for claims beginning on or after the date.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED_2026,
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("1300"),
      cite: [
        S.s2,
        S.s1,
        ref(390, "B"),
        coloradoMemo("56", "for claims in 2020, weekly benefits range from $50 to a maximum of $1,300"),
      ],
    },
    { from: "2021-01-01", value: money("1357"), cite: [S.s2, S.s5, ref(391, "B")] },
    {
      from: "2022-01-01",
      value: money("1540"),
      cite: [S.s6, ref(392, "B"), seedChart("490-493", "claims beginning on or after January 1, 2022: maximum $1,540")],
    },
    {
      from: "2023-01-01",
      value: money("1620"),
      cite: [
        S.s7,
        S.s8,
        ref(393, "B"),
        seedChart("495-498", "claims beginning on or after January 1, 2023: maximum $1,620"),
      ],
    },
    { from: "2024-01-01", value: money("1620"), cite: [S.s9, S.s10, ref(394, "B")] },
    { from: "2025-01-01", value: money("1681"), cite: [S.s11, ref(395, "B")] },
    {
      from: "2026-01-01",
      value: money("1765"),
      cite: [S.uic2655Cap, S.dwc2026, S.newAmerica2026, S.s13, S.decisionsCalc2026],
      note: "§2655 caps the benefit at the workers' compensation maximum TTD rate, raised to the next dollar: DWC's 2026 maximum $1,764.11 → $1,765, as California Today, New America and DecisionsCalc publish (the rule reproduces every earlier year: $1,539.71 → $1,540 (2022), $1,619.15 → $1,620 (2023, 2024), $1,680.29 → $1,681 (2025)). Larkin's $1,710 of October 2025 was a forecast made before DWC's release.",
    },
  ],
});

export const minimumWeeklyBenefit = defineParameter<Money>({
  id: "ca-sdi.minimum-weekly-benefit",
  label: "CA DI/PFL minimum weekly benefit",
  description:
    "The weekly benefit is never less than this; a highest quarter under the formula threshold pays exactly this.",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("50"),
      cite: [
        seedChart("492", "minimum weekly benefit: $50"),
        coloradoMemo("52", "less than $929 → $50 each week"),
        ref(390, "B"),
      ],
    },
  ],
});

export const formulaThreshold = defineParameter<Money>({
  id: "ca-sdi.formula-threshold",
  label: "CA highest-quarter wages from which the percentage formula applies",
  description: "A highest quarter below this pays the minimum weekly benefit; from it, the tier percentages apply.",
  unit: "USD",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("929"),
      cite: [
        coloradoMemo("52-53", "quarterly wages less than $929 → $50; $929 or more → 70%"),
        seedChart("634-637", "less than $929 → $50; between $929 and …"),
      ],
    },
    { from: "2025-01-01", value: money("722.50"), cite: [S.edd2025, S.s11, S.s12, ref(400, "B")] },
  ],
});

export const lowerTierRate = defineParameter<Money>({
  id: "ca-sdi.lower-tier-rate",
  label: "CA replacement rate below the tier breakpoint",
  description: "Pays this share of the highest quarter ÷ 13 when the highest quarter is below the tier breakpoint.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("0.7"),
      cite: [coloradoMemo("53", "70 percent of their average weekly wage"), S.s3, ref(390, "B")],
    },
    { from: "2025-01-01", value: money("0.9"), cite: [S.sb951, S.edd2025, S.s11, S.s12, ref(401, "B")] },
  ],
});

export const upperTierRate = defineParameter<Money>({
  id: "ca-sdi.upper-tier-rate",
  label: "CA replacement rate from the tier breakpoint",
  description:
    "Pays this share of the highest quarter ÷ 13 from the tier breakpoint up (or the upper-tier floor, if more).",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("0.6"),
      cite: [coloradoMemo("54", "60 percent of the individual's average weekly wage"), S.s3, ref(390, "B")],
    },
    { from: "2025-01-01", value: money("0.7"), cite: [S.sb951, S.s11, S.s12, ref(402, "B")] },
  ],
});

export const breakpointShareOfSaqw = defineParameter<Money>({
  id: "ca-sdi.breakpoint-share-of-saqw",
  label: "CA tier breakpoint as a share of the state average quarterly wage",
  description:
    "Places the tier breakpoint (in highest-quarter wages) at this share of the state average quarterly wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money(1).div(3),
      cite: [coloradoMemo("53-54", "one-third of the state average quarterly wage")],
    },
    { from: "2025-01-01", value: money("0.7"), cite: [S.sb951, ref(401, "B")] },
  ],
});

export const tierBreakpoint = defineParameter<Money>({
  id: "ca-sdi.tier-breakpoint",
  label: "CA tier breakpoint (highest-quarter wages)",
  description:
    "Highest-quarter wages from which the upper tier applies, for claims beginning in the calendar year (the breakpoint share × the state average quarterly wage).",
  unit: "USD",
  lastVerifiedOn: VERIFIED_2026,
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      unknown: "not-published",
      cite: [coloradoMemo("53", "one-third of the state average quarterly wage (no figure given)")],
      note: "the reference documents give the rule but not the year's figure",
    },
    {
      from: "2023-01-01",
      value: money("6803.34"),
      cite: [seedChart("632-638", "between $929 and $6,803.34 → about 70%; more than $6,803.34 → about 60%")],
      note: "The chart (edited 2023-02-15) shows this threshold with its 2023 maximum; it is taken as the 2023 figure.",
    },
    {
      from: "2024-01-01",
      unknown: "not-published",
      cite: [ref(394, "B")],
      note: "the 2024 state average quarterly wage was not found",
    },
    { from: "2025-01-01", value: money("15506.40"), cite: [S.edd2025, ref(401, "B")] },
    {
      from: "2026-01-01",
      value: money("16279.90"),
      cite: [S.sb951, S.dwc2026, S.decisionsCalc2026],
      note: "70% × the state average quarterly wage (13 × the California SAWW DWC publishes for the year, $1,789) = 0.7 × $23,257 = $16,279.90. The same arithmetic gives EDD's published 2025 breakpoint to the cent (0.7 × 13 × $1,704 = $15,506.40), and 63% × $1,789 = $1,127.07 is the flat band DecisionsCalc reports for 2026.",
    },
  ],
});

export const upperTierFloorShareOfSaww = defineParameter<Money>({
  id: "ca-sdi.upper-tier-floor-share-of-saww",
  label: "CA upper-tier floor as a share of the state average weekly wage",
  description:
    "From the breakpoint up, the benefit is at least this share of the state average weekly wage (the state average quarterly wage ÷ 13).",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("0.233"),
      cite: [
        coloradoMemo(
          "54",
          "either 23.3 percent of the state average weekly wage or 60 percent ..., whichever is greater",
        ),
      ],
    },
    {
      from: "2025-01-01",
      value: money("0.63"),
      cite: [S.sb951],
      note: "63% = 90% × 70%: at the breakpoint the upper tier meets the lower exactly (90% × $15,506.40 ÷ 13 = 63% × $15,506.40 ÷ 0.7 ÷ 13 = $1,073.52); parameters.md lists 70% × HQ ÷ 13 without the floor.",
    },
  ],
});

export const minimumBasePeriodWages = defineParameter<Money>({
  id: "ca-sdi.minimum-base-period-wages",
  label: "CA wages needed in the disability base period",
  description: "A valid DI or PFL claim needs at least these wages (subject to SDI) in the base period.",
  unit: "USD",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "1970-01-01",
      value: money("300"),
      cite: [
        S.uic2652,
        S.s17,
        seedChart("457", "earned at least $300 and had SDI deductions withheld"),
        coloradoMemo("46", "at least $300 during the disability base period"),
      ],
    },
  ],
});

export const disabilityWeeks = defineParameter<number>({
  id: "ca-sdi.disability-weeks",
  label: "CA DI weeks per disability benefit period",
  description:
    "Caps DI benefits at this many weeks in the 52 weeks from the start of the claim; total benefits are also capped at the base-period wages.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 52,
      cite: [
        S.uic2653,
        seedChart("502-506", "52 weeks from date of disability"),
        coloradoMemo("48", "52 weeks"),
        ref(410, "B"),
      ],
    },
  ],
});

export const totalBenefitWageShare = defineParameter<Money>({
  id: "ca-sdi.total-benefit-wage-share",
  label: "CA DI total benefits as a share of base-period wages",
  description:
    "Total DI benefits in a disability benefit period are at most the weeks cap × WBA and at most this share of the base-period wages, rounded up to the dollar.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [BEFORE_DATA, { from: "2020-01-01", value: money(1), cite: [S.uic2653, ref(410, "B")] }],
});

export const waitingPeriodDays = defineParameter<number>({
  id: "ca-sdi.waiting-period-days",
  label: "CA DI waiting period",
  description: "The first days of disability are not paid; benefits start on the eighth day.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 7,
      cite: [
        S.s17,
        seedChart("470-474", "7 consecutive or non-consecutive days; benefits start on 8th day"),
        ref(411, "A"),
      ],
    },
  ],
});

export const relapseDays = defineParameter<number>({
  id: "ca-sdi.relapse-days",
  label: "CA DI days within which a recurrence continues the claim",
  description:
    "A recurrence of the same or a related disability within this many days continues the earlier claim (no new waiting period).",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 60,
      cite: [seedChart("476-478", "within 60 days ... continuation and no new waiting period")],
    },
  ],
});

export const contributionRate = defineParameter<Money>({
  id: "ca-sdi.contribution-rate",
  label: "CA SDI employee contribution rate (funds DI and PFL)",
  description:
    "Sets the employee-only SDI withholding (which funds DI and PFL) as a share of wages, for wages paid in the calendar year.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("0.01"),
      cite: [S.s4, ref(390, "B"), coloradoMemo("42", "1.0 percent, up to a maximum withholding of $1,229.09")],
    },
    { from: "2021-01-01", value: money("0.012"), cite: [S.s5, ref(391, "B")] },
    {
      from: "2022-01-01",
      value: money("0.011"),
      cite: [S.s6, ref(392, "B"), seedChart("482", "2022: 1.1% ... taxable income cap $145,600")],
    },
    {
      from: "2023-01-01",
      value: money("0.009"),
      cite: [ref(393, "B"), seedChart("483", "2023: 0.9% ... taxable income cap $153,164")],
    },
    { from: "2024-01-01", value: money("0.011"), cite: [S.s9, ref(394, "B")] },
    { from: "2025-01-01", value: money("0.012"), cite: [S.s11, ref(395, "B")] },
    { from: "2026-01-01", value: money("0.013"), cite: [S.s14, S.s15, ref(396, "B")] },
  ],
});

export const taxableWageCeiling = defineParameter<Money | null>({
  id: "ca-sdi.taxable-wage-ceiling",
  label: "CA SDI taxable wage ceiling",
  description: "Caps the wages paid in a calendar year subject to SDI withholding; none from 2024 (SB 951).",
  unit: "USD/year",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("122909"),
      cite: [coloradoMemo("42", "maximum withholding $1,229.09 at 1.0% (= $122,909)"), ref(390, "B")],
    },
    { from: "2021-01-01", value: money("128298"), cite: [ref(391, "B")] },
    {
      from: "2022-01-01",
      value: money("145600"),
      cite: [S.s6, seedChart("482", "taxable income cap $145,600"), ref(392, "B")],
    },
    {
      from: "2023-01-01",
      value: money("153164"),
      cite: [seedChart("483", "taxable income cap $153,164"), ref(393, "B")],
    },
    {
      from: "2024-01-01",
      value: null,
      cite: [S.s9, S.sb951, ref(394, "B")],
      note: "SB 951 removed the ceiling from 2024",
    },
  ],
});

export const noFamilyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "ca-sdi.family-relationships",
  label: "CA DI family members",
  description: "DI covers the employee's own disability only; caring for a family member is CA PFL.",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "1970-01-01",
      value: [],
      cite: [seedChart("461-468", "off-the-job injury or illness, including pregnancy")],
    },
  ],
});
