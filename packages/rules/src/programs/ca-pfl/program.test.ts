import { describe, expect, it } from "vitest";
import { calculatePremium } from "../..";
import { quarters, runCases } from "../../../test/support/cases";

const BASE = {
  id: "ca-pfl",
  jurisdiction: "CA",
  program: "PFL",
  leaveReason: "BONDING",
  applicationDate: "2025-03-05",
  leaveStartDate: "2025-03-05",
  averageWeeklyWage: "1000.00",
};
const at = (d: string) => ({ applicationDate: d, leaveStartDate: d });

describe("CA PFL: the DI schedule, 8 weeks in 12 months, no waiting period", () => {
  runCases(BASE, [
    {
      name: "AWW $1,000 (HQ $13,000) → 90% → $900; 8 weeks; no waiting period",
      source: "SB 951; F3:620-644, 606",
      expect: {
        weeklyBenefitAmount: "900.00",
        maxWeeks: 8,
        waitingPeriodDays: 0,
        leaveWindow: { kind: "benefit-year", start: "2025-03-05", end: "2026-03-04" },
      },
    },
    {
      name: "wage records: HQ $15,506.40 → $1,074, as DI",
      source: "SB 951; EDD NR 25-01",
      request: { averageWeeklyWage: undefined, wageQuarters: quarters(["2024-Q1", "15506.40"]) },
      expect: { weeklyBenefitAmount: "1074.00", eligible: true },
    },
    {
      name: "5 weeks of PFL in the 12 months from 2024-06-03 leave 3",
      source: "F3:662 (12-month period from the first day of leave)",
      request: { priorLeave: [{ leaveReason: "FAMILY_CARE", startDate: "2024-06-03", endDate: "2024-07-07" }] },
      expect: { remainingWeeks: 3, leaveWindow: { start: "2024-06-03", end: "2025-06-02" } },
    },
    {
      name: "DI leave does not use PFL weeks",
      source: "F3:653 (not concurrent, separate caps)",
      request: { priorLeave: [{ leaveReason: "PREGNANCY", startDate: "2024-12-01", endDate: "2025-03-04" }] },
      expect: { remainingWeeks: 8 },
    },
    {
      name: "leave before 2004-07-01 → BENEFITS_NOT_YET_PAYABLE",
      source: "F3:571 (effective 2004)",
      request: at("2004-06-30"),
      error: "BENEFITS_NOT_YET_PAYABLE",
    },
    {
      name: "2004–2019: not compiled → PARAMETER_NOT_KNOWN",
      source: "parameters.md §8 (2020–2026)",
      request: at("2010-01-06"),
      error: "PARAMETER_NOT_KNOWN",
    },
  ]);
});

describe("CA PFL: reasons and family members", () => {
  runCases({ ...BASE, leaveReason: "FAMILY_CARE" }, [
    {
      name: "a grandparent is covered",
      source: "F3:602",
      request: { familyRelationship: "GRANDPARENT" },
      expect: { eligible: true },
    },
    {
      name: "a sibling is covered",
      source: "F3:602",
      request: { familyRelationship: "SIBLING" },
      expect: { eligible: true },
    },
    {
      name: "someone who stood in loco parentis is covered",
      source: "F1:58",
      request: { familyRelationship: "IN_LOCO_PARENTIS" },
      expect: { eligible: true },
    },
    {
      name: "chosen family is not",
      source: "F3:602",
      request: { familyRelationship: "CHOSEN_FAMILY" },
      expect: { eligible: false },
      ineligible: ["RELATIONSHIP_NOT_COVERED"],
    },
    {
      name: "military event (2025) for a deployed spouse is covered",
      source: "F3:600",
      request: { leaveReason: "MILITARY_EXIGENCY", familyRelationship: "SPOUSE" },
      expect: { eligible: true },
    },
    {
      name: "military event for a deployed sibling is not",
      source: "F3:600",
      request: { leaveReason: "MILITARY_EXIGENCY", familyRelationship: "SIBLING" },
      expect: { eligible: false },
      ineligible: ["RELATIONSHIP_NOT_COVERED"],
    },
    {
      name: "military events are covered from 2021 only (2020-12-31 → not covered; 2020 figures unknown anyway)",
      source: "F3:600",
      request: { leaveReason: "MILITARY_EXIGENCY", familyRelationship: "SPOUSE", ...at("2020-12-31") },
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "the employee's own illness is CA DI",
      source: "F3:596-600",
      request: { leaveReason: "OWN_HEALTH" },
      expect: { eligible: false },
      ineligible: ["LEAVE_REASON_NOT_COVERED"],
    },
    {
      name: "bonding a year after the birth is too late",
      source: "F3:599",
      request: { leaveReason: "BONDING", birthOrPlacementDate: "2024-03-05" },
      expect: { eligible: false },
      ineligible: ["BONDING_WINDOW_PASSED"],
    },
  ]);
  it("one SDI rate funds DI and PFL: 1.2% in 2025 [F3:616; S11 (B)]", () => {
    expect(
      calculatePremium({ jurisdiction: "CA", program: "PFL", date: "2025-04-04", wages: "1000.00", employerSize: 5 }),
    ).toMatchObject({ employeeShare: "12.00" });
  });
});
