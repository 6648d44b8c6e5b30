import { describe, expect, it } from "vitest";
import { evaluate, isErrorResult } from "..";
import { LEAVE_REASONS } from "../core/vocabulary";
import { PROGRAMS } from "../programs/index";
import {
  APPLICATION_FACTS,
  applicationFactsFor,
  reasonIsOwnHealth,
  reasonNeedsFamilyMember,
} from "./application-facts";

const QUARTERS = ["2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"].map((quarter) => ({
  quarter,
  wages: "15000.00",
  hours: 520,
}));

describe("applicationFactsFor", () => {
  it("has a list for every implemented program, and none for an unknown one", () => {
    for (const program of PROGRAMS) {
      const facts = applicationFactsFor(program.jurisdiction, program.code);
      expect(facts, `${program.jurisdiction}-${program.code}`).not.toBeNull();
      for (const fact of facts!) expect(APPLICATION_FACTS).toContain(fact);
    }
    expect(applicationFactsFor("ZZ", "PFML")).toBeNull();
  });

  it("asks for weekly pay where the engine cannot measure wages from quarters (NY PFL)", () => {
    expect(applicationFactsFor("NY", "PFL")).toContain("WEEKLY_WAGES");
    const outcome = evaluate({
      id: "ny",
      jurisdiction: "NY",
      program: "PFL",
      leaveReason: "BONDING",
      applicationDate: "2025-09-01",
      leaveStartDate: "2025-09-15",
      wageQuarters: QUARTERS,
      employment: { startDate: "2020-01-01", regularHoursPerWeek: 40 },
    });
    expect(isErrorResult(outcome) && outcome.error.code).toBe("WAGE_MEASURE_UNAVAILABLE");
  });

  it("asks nothing extra where quarterly wage records are enough (CO FAMLI)", () => {
    expect(applicationFactsFor("CO", "FAMLI")).toEqual([]);
    const outcome = evaluate({
      id: "co",
      jurisdiction: "CO",
      program: "FAMLI",
      leaveReason: "OWN_HEALTH",
      applicationDate: "2025-09-01",
      leaveStartDate: "2025-09-15",
      wageQuarters: QUARTERS,
    });
    expect(isErrorResult(outcome)).toBe(false);
  });
});

describe("reasonNeedsFamilyMember", () => {
  it("is true for leave about a family member, false for the claimant's own", () => {
    const needing = LEAVE_REASONS.filter(reasonNeedsFamilyMember);
    expect(needing).toEqual(["FAMILY_CARE", "MILITARY_EXIGENCY", "MILITARY_CAREGIVER"]);
  });
});

describe("reasonIsOwnHealth", () => {
  it("is true for the claimant's own health, pregnancy, prenatal care and organ donation only", () => {
    expect(LEAVE_REASONS.filter(reasonIsOwnHealth)).toEqual(["OWN_HEALTH", "ORGAN_DONATION", "PREGNANCY", "PRENATAL"]);
  });

  it("never overlaps the family-member reasons", () => {
    expect(LEAVE_REASONS.filter((r) => reasonIsOwnHealth(r) && reasonNeedsFamilyMember(r))).toEqual([]);
  });
});
