/**
 * New Jersey Family Leave Insurance (FLI): the figures that differ from NJ TDI, dated and cited.
 * The shared figures (SAWW, maximum, replacement rate, base-week and earnings tests, employee wage
 * base) are NJ TDI's parameters (src/programs/nj-tdi/parameters.ts). Sources as there.
 */
import type { DeadlinePeriod } from "../../deadlines/business-days";
import { type Money, money } from "../../core/money";
import { defineParameter } from "../../core/parameter";
import type { FamilyRelationship } from "../../core/vocabulary";
import { BEFORE_DATA, N, ref } from "../nj-tdi/parameters";
import { coloradoMemo, seedChart } from "../sources";

const VERIFIED = "2026-11-21";

export const familyLeaveWeeks = defineParameter<number>({
  id: "nj-fli.family-leave-weeks",
  label: "NJ FLI weeks per 12-month period",
  description:
    "Caps family leave benefits in the 12-month period (365 days) from the first day of leave: 6 weeks before July 1, 2020, then 12.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    { from: "2020-01-01", value: 6, cite: [coloradoMemo("164", "up to six weeks"), N.n4, ref(291, "A")] },
    {
      from: "2020-07-01",
      value: 12,
      cite: [
        coloradoMemo("164", "beginning July 1, 2020, up to 12 weeks"),
        N.n4,
        ref(291, "A"),
        seedChart("2590-2597", "continuous leave 12 weeks (84 days) in a 12-month period"),
      ],
    },
  ],
});

export const waitingPeriodDays = defineParameter<number>({
  id: "nj-fli.waiting-period-days",
  label: "NJ FLI waiting period",
  description: "Family leave has no waiting period.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 0,
      cite: [seedChart("2552-2557", "waiting period: none (N.J.S.A. 43:21-38)"), N.n20, ref(294, "B")],
    },
  ],
});

export const bondingWindowMonths = defineParameter<number>({
  id: "nj-fli.bonding-window-months",
  label: "NJ FLI bonding window",
  description: "Bonding leave is taken within a year after the birth, adoption or foster placement.",
  unit: "months",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 12,
      cite: [seedChart("2527", "bond ... taken within a year after the birth or placement")],
    },
  ],
});

export const employeeContributionRate = defineParameter<Money>({
  id: "nj-fli.employee-contribution-rate",
  label: "NJ employee FLI contribution rate",
  description:
    "Sets the employee's FLI contribution (employee-only) as a share of wages up to the employee wage base, for wages paid in the calendar year.",
  unit: "rate",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: money("0.0016"),
      cite: [N.n7, ref(273, "A"), coloradoMemo("160", "0.16 percent of the first $134,900")],
    },
    { from: "2021-01-01", value: money("0.0028"), cite: [N.n7, ref(274, "A")] },
    {
      from: "2022-01-01",
      value: money("0.0014"),
      cite: [ref(275, "B"), seedChart("2566-2570", "2022: 0.14% on $151,900, 100% employee-paid")],
    },
    {
      from: "2023-01-01",
      value: money("0.0006"),
      cite: [N.n13, ref(276, "B"), seedChart("2572-2575", "2023: 0.06% on $156,800")],
    },
    { from: "2024-01-01", value: money("0.0009"), cite: [N.n14, ref(277, "B")] },
    { from: "2025-01-01", value: money("0.0033"), cite: [N.n15, N.n16, ref(278, "B")] },
    {
      from: "2026-01-01",
      unknown: "not-published",
      cite: [ref(279, "B")],
      note: "the 2026 employee contribution rates were not found when the reference was compiled",
    },
  ],
});

export const employerNoticePeriod = defineParameter<DeadlinePeriod>({
  id: "nj-fli.employer-notice-period",
  label: "NJ FLI time for the employer to issue the claim form",
  description:
    "Within this time after the employee takes or gives notice of family leave, the employer issues the claim form with its part completed to the employee and the Division.",
  unit: "deadline",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: { amount: 9, unit: "calendar-days" },
      cite: [
        seedChart("2628-2635", "within 9 days ... issue to the employee and Division claim form (N.J.S.A. 43:21-39.1)"),
      ],
    },
  ],
});

const FAMILY: readonly FamilyRelationship[] = [
  "SPOUSE",
  "DOMESTIC_PARTNER",
  "CHILD",
  "PARENT",
  "PARENT_IN_LAW",
  "GRANDPARENT",
  "GRANDCHILD",
  "SIBLING",
  "OTHER_BLOOD_RELATIVE",
  "CHOSEN_FAMILY",
];

export const familyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "nj-fli.family-relationships",
  label: "NJ FLI family members",
  description:
    "Lists whose care FLI covers: child (under 19, or older and incapable of self-care), parent, spouse, domestic or civil-union partner, grandparent, grandchild, sibling, any other blood relative, anyone with a close association equivalent to family — including biological, foster, adoptive, step and legal-ward relationships and the same relationships to a spouse or partner (so parents-in-law).",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2009-07-01",
      unknown: "not-published",
      cite: [ref(267, "B")],
      note: "the family definition before the 2019 expansion was not compiled",
    },
    {
      from: "2020-01-01",
      value: FAMILY,
      cite: [
        seedChart("2535-2550", "covered family relationships (N.J.S.A. 43:21-27(o))"),
        coloradoMemo("168", "parent-in-law, any other individual related by blood, close association"),
        {
          title: "University of Denver analysis: NJ family definition (2019 expansion)",
          file: "shared/seeds/002_64e32af147dc6fe4.txt:361",
          grade: "B",
        },
      ],
    },
  ],
});
