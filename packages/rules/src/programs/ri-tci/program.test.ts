import { describe, expect, it } from "vitest";
import { calculatePremium } from "../..";
import { runCases } from "../../../test/support/cases";

const BASE = {
  id: "ri-tci",
  jurisdiction: "RI",
  program: "TCI",
  leaveReason: "BONDING",
  applicationDate: "2024-03-06",
  leaveStartDate: "2024-03-06",
  averageWeeklyWage: "1000.00",
};
const at = (leave: string) => ({ applicationDate: leave, leaveStartDate: leave });

describe("RI TCI: weeks by the year the benefit year starts, within 30 combined with TDI", () => {
  runCases(BASE, [
    {
      name: "2024: 6 weeks; same benefit rate as TDI ($601); no waiting period",
      source: "R16 (B); F3:2948",
      expect: { maxWeeks: 6, maxCombinedWeeks: 30, weeklyBenefitAmount: "601.00", waitingPeriodDays: 0 },
    },
    {
      name: "2021: 4 weeks",
      source: "F3:2978",
      request: at("2021-03-10"),
      expect: { maxWeeks: 4, weeklyBenefitAmount: "601.00" },
    },
    { name: "2025: 7 weeks", source: "R16 (B), H7171", request: at("2025-03-05"), expect: { maxWeeks: 7 } },
    {
      name: "26 weeks of TDI earlier in the benefit year leave 4 of the 6 TCI weeks",
      source: "F3:2981, 2989",
      request: {
        leaveStartDate: "2024-10-02",
        applicationDate: "2024-10-02",
        priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-03-06", endDate: "2024-09-03" }],
      },
      expect: { remainingWeeks: 4 },
    },
    {
      name: "leave before 2014 → BENEFITS_NOT_YET_PAYABLE",
      source: "F3:2903 (effective 2014)",
      request: at("2013-12-31"),
      error: "BENEFITS_NOT_YET_PAYABLE",
    },
    {
      name: "2014–2019: figures not compiled → PARAMETER_NOT_KNOWN",
      source: "parameters.md §9 (2020–2026)",
      request: at("2016-05-04"),
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "2026 benefit years (January–June): minimum $148, maximum $1,103",
      source: "R.I. Gen. Laws §28-41-11 and §28-41-5 (A); $16.00 (R20 A); R17 (B)",
      request: at("2026-02-04"),
      expect: { minimumWeeklyBenefit: "148.00", maximumWeeklyBenefit: "1103.00" },
    },
    {
      name: "benefit years after the July 2026 reset → PARAMETER_NOT_KNOWN (maximum not found)",
      source: "searched DLT releases for the July 2026 maximum",
      request: at("2026-12-02"),
      error: "PARAMETER_NOT_KNOWN",
    },
  ]);
});

describe("RI TCI: reasons and family members", () => {
  runCases({ ...BASE, leaveReason: "FAMILY_CARE" }, [
    {
      name: "a parent-in-law is covered",
      source: "F3:2943; F1:253 (F2:362 omits it: the later, fuller lists are followed)",
      request: { familyRelationship: "PARENT_IN_LAW" },
      expect: { eligible: true },
    },
    {
      name: "a domestic partner is covered",
      source: "F3:2943",
      request: { familyRelationship: "DOMESTIC_PARTNER" },
      expect: { eligible: true },
    },
    {
      name: "a sibling is not",
      source: "F3:2943",
      request: { familyRelationship: "SIBLING" },
      expect: { eligible: false },
      ineligible: ["RELATIONSHIP_NOT_COVERED"],
    },
    {
      name: "a grandchild is not",
      source: "F3:2943",
      request: { familyRelationship: "GRANDCHILD" },
      expect: { eligible: false },
      ineligible: ["RELATIONSHIP_NOT_COVERED"],
    },
    {
      name: "the employee's own illness is RI TDI",
      source: "F3:2941-2944",
      request: { leaveReason: "OWN_HEALTH" },
      expect: { eligible: false },
      ineligible: ["LEAVE_REASON_NOT_COVERED"],
    },
    {
      name: "bonding 12 months after the birth is too late",
      source: "F3:2944",
      request: { leaveReason: "BONDING", birthOrPlacementDate: "2023-03-06" },
      expect: { eligible: false },
      ineligible: ["BONDING_WINDOW_PASSED"],
    },
    {
      name: "bonding 364 days after the birth is in time",
      source: "F3:2944",
      request: { leaveReason: "BONDING", birthOrPlacementDate: "2023-03-07" },
      expect: { eligible: true },
    },
  ]);
  it("one deduction funds TDI and TCI: the same 1.2% in 2024 [R15 (A); F3:2954-2958]", () => {
    expect(
      calculatePremium({ jurisdiction: "RI", program: "TCI", date: "2024-04-05", wages: "1000.00", employerSize: 3 }),
    ).toMatchObject({ employeeShare: "12.00" });
  });
});
