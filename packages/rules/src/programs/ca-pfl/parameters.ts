/**
 * California Paid Family Leave (PFL): the figures that differ from CA DI. The benefit schedule,
 * eligibility and contributions are CA SDI's parameters (src/programs/ca-sdi/parameters.ts).
 */
import { defineParameter } from "../../core/parameter";
import type { FamilyRelationship } from "../../core/vocabulary";
import { BEFORE_DATA, S, ref } from "../ca-sdi/parameters";
import { coloradoMemo, seedChart } from "../sources";

const VERIFIED = "2026-11-21";

export const familyLeaveWeeks = defineParameter<number>({
  id: "ca-pfl.family-leave-weeks",
  label: "CA PFL weeks per 12-month period",
  description: "Caps PFL benefits in the 12 months from the first day of leave: 6 weeks before July 1, 2020, then 8.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 6,
      cite: [
        coloradoMemo("48", "six weeks ... Beginning July 1, 2020, this will increase to eight weeks"),
        ref(413, "B"),
      ],
    },
    {
      from: "2020-07-01",
      value: 8,
      cite: [coloradoMemo("48", "eight weeks from July 1, 2020"), seedChart("642-644", "8 weeks"), ref(413, "B")],
    },
  ],
});

export const waitingPeriodDays = defineParameter<number>({
  id: "ca-pfl.waiting-period-days",
  label: "CA PFL waiting period",
  description: "PFL has had no waiting period since January 1, 2018.",
  unit: "days",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    { from: "2018-01-01", value: 0, cite: [S.s18, S.s17, seedChart("604-606", "no waiting period"), ref(414, "A")] },
  ],
});

export const bondingWindowMonths = defineParameter<number>({
  id: "ca-pfl.bonding-window-months",
  label: "CA PFL bonding window",
  description: "Bonding leave is taken within the first year after the birth or placement.",
  unit: "months",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: 12,
      cite: [seedChart("599", "within the first year of the child's birth or placement")],
    },
  ],
});

export const militaryExigencyCovered = defineParameter<boolean>({
  id: "ca-pfl.military-exigency-covered",
  label: "CA PFL covers qualifying military events",
  description:
    "Leave for a qualifying military event (a spouse's, registered domestic partner's, parent's or child's overseas deployment) is covered for leave from January 1, 2021.",
  unit: "rule",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2020-01-01",
      value: false,
      cite: [
        seedChart("600", "EFFECTIVE January 1, 2021: qualifying military event"),
        coloradoMemo("40", "beginning in 2021"),
      ],
    },
    {
      from: "2021-01-01",
      value: true,
      cite: [
        seedChart("600", "EFFECTIVE January 1, 2021: qualifying military event"),
        coloradoMemo("40", "beginning in 2021"),
      ],
    },
  ],
});

export const militaryExigencyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "ca-pfl.military-exigency-relationships",
  label: "CA PFL family members for a qualifying military event",
  description:
    "A qualifying military event is the deployment of the employee's spouse, registered domestic partner, parent or child.",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    BEFORE_DATA,
    {
      from: "2021-01-01",
      value: ["SPOUSE", "DOMESTIC_PARTNER", "PARENT", "CHILD"],
      cite: [
        seedChart("600", "spouse, registered domestic partner, parent, or child"),
        coloradoMemo("40", "spouse, domestic partner, child, or parent"),
      ],
    },
  ],
});

export const familyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "ca-pfl.family-relationships",
  label: "CA PFL family members",
  description:
    "Lists whose care PFL covers: child (any age), parent (biological, foster, adoptive, step, in-law, legal guardian or in loco parentis), parent-in-law, grandparent, grandchild, sibling, spouse, registered domestic partner.",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2004-07-01",
      unknown: "not-published",
      cite: [ref(384, "B")],
      note: "the family definition before the 2019–2023 documents was not compiled",
    },
    {
      from: "2019-01-01",
      value: [
        "CHILD",
        "PARENT",
        "IN_LOCO_PARENTIS",
        "PARENT_IN_LAW",
        "GRANDPARENT",
        "GRANDCHILD",
        "SIBLING",
        "SPOUSE",
        "DOMESTIC_PARTNER",
      ],
      cite: [
        seedChart(
          "602",
          "child (no age restriction), parent, parent-in-law, grandparent, grandchild, sibling, spouse, or registered domestic partner",
        ),
        coloradoMemo("58", "parent includes ... a legal guardian, or other person acting in loco parentis"),
        {
          title: "University of Denver analysis: California family definition (as of January 2019)",
          file: "shared/seeds/002_64e32af147dc6fe4.txt:360",
          grade: "B",
        },
      ],
    },
  ],
});
