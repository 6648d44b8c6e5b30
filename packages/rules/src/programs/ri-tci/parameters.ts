/**
 * Rhode Island Temporary Caregiver Insurance (TCI): the figures that differ from RI TDI (weeks,
 * family members, bonding window). Shared figures are RI TDI's (src/programs/ri-tdi/parameters.ts).
 */
import { defineParameter } from "../../core/parameter";
import type { FamilyRelationship } from "../../core/vocabulary";
import { R, ref } from "../ri-tdi/parameters";
import { coloradoMemo, seedChart } from "../sources";

const VERIFIED = "2026-11-21";

export const caregiverWeeks = defineParameter<number>({
  id: "ri-tci.caregiver-weeks",
  label: "RI TCI weeks per benefit year",
  description:
    "Caps TCI benefits in a benefit year (within the 30 weeks of TDI and TCI combined), by the calendar year the benefit year starts in.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  until: "2026-12-31",
  values: [
    {
      from: "2014-01-01",
      value: 4,
      cite: [
        seedChart("2976-2978", "4 weeks per benefit year"),
        coloradoMemo("249", "up to four weeks of paid caregiver leave per year"),
        ref(470, "B"),
      ],
    },
    {
      from: "2022-01-01",
      value: 5,
      cite: [seedChart("2979", "increases to 5 weeks per benefit year starting 01/01/2022"), R.r8, ref(471, "B")],
    },
    {
      from: "2023-01-01",
      value: 6,
      cite: [seedChart("2980", "increases to 6 weeks per benefit year starting 01/01/2023"), R.r8, ref(471, "B")],
    },
    { from: "2025-01-01", value: 7, cite: [R.r16, ref(472, "B")], note: "H7171, signed 2024-06-25" },
    { from: "2026-01-01", value: 8, cite: [R.r16, ref(472, "B")], note: "H7171, signed 2024-06-25" },
  ],
});

export const bondingWindowMonths = defineParameter<number>({
  id: "ri-tci.bonding-window-months",
  label: "RI TCI bonding window",
  description: "Bonding leave is taken within the first year after the birth, adoption or foster placement.",
  unit: "months",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2014-01-01",
      value: 12,
      cite: [seedChart("2944", "bonding ... within the first year of birth or placement")],
    },
  ],
});

export const familyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "ri-tci.family-relationships",
  label: "RI TCI family members",
  description:
    "Lists whose serious health condition TCI covers: child, parent, parent-in-law, grandparent, spouse or domestic partner.",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "2014-01-01",
      unknown: "not-published",
      cite: [ref(440, "B")],
      note: "the reference documents describe the list from 2019–2020",
    },
    {
      from: "2020-01-01",
      value: ["CHILD", "PARENT", "PARENT_IN_LAW", "GRANDPARENT", "SPOUSE", "DOMESTIC_PARTNER"],
      cite: [
        seedChart("2943", "child, parent, parent-in-law, grandparent, spouse or domestic partner"),
        coloradoMemo("253", "child, spouse, domestic partner, parent, parent-in-law, and grandparent"),
      ],
      note: "The University of Denver table (shared/seeds/002_64e32af147dc6fe4.txt:362) omits parents-in-law; the memo and the later chart include them.",
    },
  ],
});
