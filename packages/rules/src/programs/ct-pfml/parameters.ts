/**
 * Connecticut Paid Leave (CT Paid Leave Authority): every figure the rules use, dated and cited.
 * Figures come from shared/reference/parameters.md §5 (source keys T1–T12 with their grades),
 * the seed chart shared/seeds/003_55eae632d3b6e248.txt (CT section, lines 4285–4557) and the
 * Colorado Legislative Council memo shared/seeds/001_fe959d5805562ed4.txt (lines 66–90).
 *
 * The benefit is tied to the Connecticut minimum wage in effect when the claim starts: the
 * threshold is 40 × the minimum wage and the maximum 60 × the minimum wage. The minimum wage is
 * the dated parameter; the published thresholds and maxima ($520/$780, $560/$840, $600/$900,
 * $941.40, $981, $677.60/$1,016.40) are reproduced from it by the tests.
 */
import { type Money, money } from "../../core/money";
import { type Citation, defineParameter } from "../../core/parameter";
import type { FamilyRelationship } from "../../core/vocabulary";
import { COLORADO_MEMO, parameterTables, seedChart } from "../sources";

const VERIFIED = "2026-11-21";

/** Sources, keyed as in parameters.md §5. */
export const T = {
  t1: {
    title: "ShelterPoint: CT PFML benefits and the July 2022 minimum wage",
    href: "https://info.shelterpoint.com/Blog/ct-pfml-min-wage-july22",
    grade: "B",
  },
  t2: {
    title: "ShelterPoint: CT PFML and the June 2023 minimum wage",
    href: "https://info.shelterpoint.com/Blog/ct-pfml-min-wage-june-2023",
    grade: "B",
  },
  t3: {
    title: "Mutual of Omaha: Connecticut paid family and medical leave",
    href: "https://www.mutualofomaha.com/employer-based-plans/paid-family-medical-leave/connecticut",
    grade: "B",
  },
  t4: {
    title: "Innovators Link: benefits now accessible under Connecticut Paid Leave",
    href: "https://www.innovatorslink.com/msj/benefits-now-accessible-under-connecticut-paid-leave-program/",
    grade: "B",
    publishedOn: "2022-01",
  },
  t5: {
    title: "CT Paid Leave: check your eligibility",
    href: "https://www.ctpaidleave.org/how-ct-paid-leave-works/coverage-and-eligibility/check-your-eligibility",
    grade: "A",
  },
  t6: {
    title: "CBIA: paid leave benefits top $249M",
    href: "https://www.cbia.com/news/member-news/paid-leave-benefits-249m",
    grade: "B",
    publishedOn: "2023-01",
  },
  t7: {
    title: "ShelterPoint: CT PFML benefits",
    href: "https://info.shelterpoint.com/paid-family-medical-leave/ct/benefits",
    grade: "B",
  },
  t8: {
    title: "Larkin: Connecticut 2025 paid leave figures",
    href: "https://thelarkincompany.com/?p=131263",
    grade: "B",
    publishedOn: "2024-10-11",
  },
  t9: {
    title: "EANE: Connecticut 2026 minimum wage and paid leave benefit",
    href: "https://www.eane.org/?p=162357",
    grade: "B",
  },
  t10: {
    title: "Havellum: CT Paid Leave 2026 maximum benefit rises to $1,016.40",
    href: "https://www.havellum.com/blog/ct-paid-leave-2026-maximum-benefit-rises-to-101640-new-sick-leave-rules",
    grade: "B",
    publishedOn: "2026-01-28",
  },
  t11: {
    title: "The Hartford: CT PFML fast facts (base weekly earnings)",
    href: "https://qawww.thehartford.com/paid-family-medical-leave/ct-pfml-fast-facts",
    grade: "B",
  },
  t12: {
    title: "CT Paid Leave Authority: benefits calculated on a rolling, not calendar, basis",
    href: "https://ctpaidleave.medium.com/ct-paid-leave-benefits-calculated-on-rolling-not-calendar-basis-4e1246f30690",
    grade: "A",
    publishedOn: "2024-12-10",
  },
} as const satisfies Record<string, Citation>;

const ref = parameterTables("§5 Connecticut");

export const minimumWage = defineParameter<Money>({
  id: "ct-pfml.minimum-wage",
  label: "CT minimum wage (per hour) for the benefit formula",
  description:
    "The Connecticut minimum wage in effect when the claim starts; 40 times it is the tier threshold and 60 times it the maximum weekly benefit.",
  unit: "USD",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    {
      from: "2022-01-01",
      value: money("13.00"),
      cite: [T.t1, T.t4, ref(232, "B"), seedChart("4394", "$520 = 40 × $13 from 2022-01-01")],
    },
    {
      from: "2022-07-01",
      value: money("14.00"),
      cite: [T.t1, T.t6, ref(233, "B"), seedChart("4395", "$560 = 40 × $14 from 2022-07-01")],
    },
    {
      from: "2023-06-01",
      value: money("15.00"),
      cite: [T.t2, T.t6, ref(234, "B"), seedChart("4396", "$600 = 40 × $15 from 2023-06-01")],
    },
    {
      from: "2024-01-01",
      value: money("15.69"),
      cite: [T.t7, ref(235, "B")],
      note: "From 2024-01-01, not 2024-06-01 as one secondary page says (parameters.md note 9).",
    },
    {
      from: "2025-01-01",
      value: money("16.35"),
      cite: [T.t8, ref(236, "B")],
      note: "Larkin's 2025 maximum of $981 is 60 × $16.35.",
    },
    { from: "2026-01-01", value: money("16.94"), cite: [T.t9, T.t10, ref(237, "B")] },
  ],
});

export const thresholdMultiple = defineParameter<Money>({
  id: "ct-pfml.threshold-multiple",
  label: "CT tier threshold in hours of minimum wage",
  description: "Places the breakpoint between the two replacement tiers at this many times the minimum wage.",
  unit: "multiplier",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2022-01-01",
      value: money("40"),
      cite: [T.t1, T.t7, ref(241, "B"), seedChart("4392", "40x the state minimum wage")],
    },
  ],
});

export const maximumMultiple = defineParameter<Money>({
  id: "ct-pfml.maximum-multiple",
  label: "CT maximum weekly benefit in hours of minimum wage",
  description: "Caps the weekly benefit at this many times the minimum wage.",
  unit: "multiplier",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2022-01-01",
      value: money("60"),
      cite: [T.t1, T.t7, ref(241, "B"), seedChart("4399", "capped at 60x the state minimum wage")],
    },
  ],
});

export const lowerTierRate = defineParameter<Money>({
  id: "ct-pfml.lower-tier-rate",
  label: "CT replacement rate up to the threshold",
  description: "Replaces base weekly earnings up to 40 times the minimum wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2022-01-01",
      value: money("0.95"),
      cite: [T.t1, T.t7, ref(241, "B"), seedChart("4392", "95% of base weekly earnings")],
    },
  ],
});

export const upperTierRate = defineParameter<Money>({
  id: "ct-pfml.upper-tier-rate",
  label: "CT replacement rate above the threshold",
  description: "Replaces base weekly earnings above 40 times the minimum wage.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2022-01-01",
      value: money("0.6"),
      cite: [T.t1, T.t7, ref(241, "B"), seedChart("4398", "60% of base weekly earnings above that amount")],
    },
  ],
});

export const baseWeeklyEarningsQuarters = defineParameter<number>({
  id: "ct-pfml.base-weekly-earnings-quarters",
  label: "CT quarters averaged for base weekly earnings",
  description: "Base weekly earnings are 1/26 of the wages in the two highest-earning quarters of the base period.",
  unit: "rule",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2022-01-01",
      value: 2,
      cite: [T.t11, ref(242, "B"), seedChart("4405", "1/26 of wages in the 2 highest-earning quarters")],
    },
  ],
});

export const minimumHighestQuarterWages = defineParameter<Money>({
  id: "ct-pfml.minimum-highest-quarter-wages",
  label: "CT wages needed in the highest base-period quarter",
  description:
    "A covered employee earned at least this much from Connecticut employment in the highest-earning quarter of the base period.",
  unit: "USD",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2022-01-01",
      value: money("2325"),
      cite: [T.t5, ref(232, "A"), seedChart("4322", "at least $2,325 in the highest-earning quarter")],
    },
  ],
});

export const recentEmploymentWeeks = defineParameter<number>({
  id: "ct-pfml.recent-employment-weeks",
  label: "CT recent-employment window",
  description:
    "A covered employee is currently employed by a covered employer, or was employed by one within this many weeks.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2022-01-01",
      value: 12,
      cite: [T.t5, ref(245, "A"), seedChart("4325", "employed in CT within the last 12 weeks")],
    },
  ],
});

export const leaveWeeks = defineParameter<number>({
  id: "ct-pfml.leave-weeks",
  label: "CT weeks of benefits in a rolling 12 months",
  description: "Caps paid leave for all reasons together in the 12 months measured back from the first day of leave.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2022-01-01",
      value: 12,
      cite: [T.t5, T.t12, ref(246, "A"), seedChart("4412", "12 weeks in any 12-month period")],
    },
  ],
});

export const pregnancyExtensionWeeks = defineParameter<number>({
  id: "ct-pfml.pregnancy-extension-weeks",
  label: "CT extra weeks for incapacity during pregnancy",
  description:
    "Adds weeks for a serious health condition resulting in incapacitation that occurs during a pregnancy (14 in all).",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2022-01-01",
      value: 2,
      cite: [T.t5, ref(246, "A"), seedChart("4413", "additional 2 weeks for incapacitation during pregnancy")],
    },
  ],
});

export const familyViolenceDays = defineParameter<number>({
  id: "ct-pfml.family-violence-days",
  label: "CT days of family-violence leave",
  description:
    "Limits leave taken because the employee is a victim of family violence to this many days, within the 12 weeks.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2022-01-01",
      value: 12,
      cite: [ref(246, "A"), seedChart("4415", "family violence leave limited to 12 days")],
    },
  ],
});

export const waitingPeriodDays = defineParameter<number>({
  id: "ct-pfml.waiting-period-days",
  label: "CT waiting period",
  description: "CT Paid Leave has no waiting period.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "2022-01-01", value: 0, cite: [seedChart("4365-4367", "waiting period: none")] }],
});

export const contributionRate = defineParameter<Money>({
  id: "ct-pfml.contribution-rate",
  label: "CT employee contribution rate",
  description:
    "Sets the employee contribution as a share of wages up to the Social Security base (at most 0.5%; revisable each November 1 for January 1).",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    {
      from: "2021-01-01",
      value: money("0.005"),
      cite: [T.t3, ref(231, "B"), seedChart("4377-4378", "0.5% since 2021")],
    },
    { from: "2025-01-01", value: money("0.005"), cite: [T.t8, ref(236, "B")], note: "unchanged for 2025" },
    { from: "2026-01-01", value: money("0.005"), cite: [T.t10, ref(237, "B")], note: '"steady" for 2026' },
  ],
});

export const employeeContributionShare = defineParameter<Money>({
  id: "ct-pfml.employee-contribution-share",
  label: "CT employee share of the contribution",
  description:
    "The program is funded by employee contributions; there is no employer share and no small-employer rule.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2021-01-01",
      value: money("1"),
      cite: [ref(248, "B"), seedChart("4375", "funded by employee contributions")],
    },
  ],
});

export const militaryExigencyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "ct-pfml.military-exigency-relationships",
  label: "CT family members for military exigency leave",
  description: "Military exigency leave arises from the active duty of the employee's spouse, child or parent.",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2022-01-01",
      value: ["SPOUSE", "CHILD", "PARENT", "IN_LOCO_PARENTIS"],
      cite: [seedChart("4342", "exigency from the active duty of the employee's spouse, child or parent")],
    },
  ],
});

export const familyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "ct-pfml.family-relationships",
  label: "CT family members",
  description:
    "Lists whose care leave covers: spouse, sibling, child of any age, grandparent, grandchild, parent (including in-law and in loco parentis) and anyone related by blood or affinity whose close association is the equivalent of those relationships.",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2022-01-01",
      value: [
        "SPOUSE",
        "SIBLING",
        "CHILD",
        "GRANDPARENT",
        "GRANDCHILD",
        "PARENT",
        "PARENT_IN_LAW",
        "IN_LOCO_PARENTIS",
        "CHOSEN_FAMILY",
      ],
      cite: [
        seedChart("4344-4352", "family member definition"),
        {
          title: "Colorado Legislative Council memo: Connecticut family definition",
          file: `${COLORADO_MEMO}:80-86`,
          grade: "B",
        },
        {
          title: "University of Denver analysis: Connecticut family definition",
          file: "shared/seeds/002_64e32af147dc6fe4.txt:367",
          grade: "B",
        },
      ],
    },
  ],
});
