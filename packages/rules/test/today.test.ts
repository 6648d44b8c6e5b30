/**
 * Every program paying benefits on 2026-12-02, evaluated for a leave starting that day with
 * ordinary wages ($1,000 a week, reported quarterly with hours and stated weekly, employment
 * facts, a birth date): it computes, or it refuses with the typed PARAMETER_NOT_KNOWN for the
 * figure the README's "Status for a leave starting 2026-12-02" table names as not found. When a
 * figure lands, its program moves from REFUSES to COMPUTES here and in that table.
 */
import { describe, expect, it } from "vitest";
import { evaluate, isErrorResult, listPrograms } from "../src";

const TODAY = "2026-12-02";

/** The weekly benefit each computing program pays on these wages. */
const COMPUTES: Record<string, string> = {
  "WA-PFML": "866.00",
  "MA-PFML": "788.37",
  "NY-PFL": "670.00",
  "NY-DBL": "170.00",
  "NJ-TDI": "850.00",
  "NJ-FLI": "850.00",
  "CT-PFML": "837.16",
  "DE-PFML": "800.00",
  "HI-TDI": "580.00",
  "US-FMLA": "0.00",
};

/** The label of the parameter each refusing program cannot resolve today (see the README table). */
const REFUSES: Record<string, string> = {
  "CO-FAMLI": "CO state average weekly wage",
  "OR-PFML": "OR state average weekly wage",
  "RI-TDI": "RI TDI/TCI maximum weekly benefit",
  "RI-TCI": "RI TDI/TCI maximum weekly benefit",
  "CA-SDI": "CA DI/PFL maximum weekly benefit",
  "CA-PFL": "CA DI/PFL maximum weekly benefit",
  "DC-PFL": "DC minimum wage used for the bend point",
  "MN-PFML": "MN measure of the employee's average weekly wage",
  "PR-SINOT": "PR SINOT weekly benefit schedule",
};

const QUARTERS = ["2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"];

function weeksOfPay() {
  const end = Date.UTC(2026, 10, 28); // Saturday 2026-11-28
  return Array.from({ length: 60 }, (_, i) => ({
    weekEnding: new Date(end - i * 7 * 86_400_000).toISOString().slice(0, 10),
    wages: "1000.00",
  }));
}

function requestFor(program: { jurisdiction: string; program: string; coveredLeaveReasons: readonly string[] }) {
  const covered = program.coveredLeaveReasons;
  const reason = covered.includes("OWN_HEALTH")
    ? { leaveReason: "OWN_HEALTH" }
    : covered.includes("FAMILY_CARE")
      ? { leaveReason: "FAMILY_CARE", familyRelationship: "PARENT" }
      : { leaveReason: covered[0] };
  return {
    id: `${program.jurisdiction}-${program.program}`,
    jurisdiction: program.jurisdiction,
    program: program.program,
    ...reason,
    applicationDate: TODAY,
    leaveStartDate: TODAY,
    wageQuarters: QUARTERS.map((quarter) => ({ quarter, wages: "13000.00", hours: 520 })),
    weeklyWages: weeksOfPay(),
    employment: {
      startDate: "2020-01-06",
      regularHoursPerWeek: 40,
      daysWorked: 1500,
      hoursLast12Months: 2080,
      employerSize: 120,
      percentWorkTimeInJurisdiction: 100,
    },
    birthOrPlacementDate: "2026-11-20",
  };
}

describe(`every program paying benefits on ${TODAY}, leave starting that day, ordinary wages`, () => {
  const payable = listPrograms().filter((p) => p.firstBenefitDate <= TODAY);

  it("the lists cover every program that pays today, once", () => {
    const keys = payable.map((p) => `${p.jurisdiction}-${p.program}`).sort();
    expect([...Object.keys(COMPUTES), ...Object.keys(REFUSES)].sort()).toEqual(keys);
  });

  for (const program of payable) {
    const key = `${program.jurisdiction}-${program.program}`;
    if (key in COMPUTES) {
      it(`${key} computes ($${COMPUTES[key]})`, () => {
        const result = evaluate(requestFor(program));
        if (isErrorResult(result)) throw new Error(`${key}: ${result.error.code}: ${result.error.message}`);
        expect(result.eligible).toBe(true);
        expect(result.weeklyBenefitAmount).toBe(COMPUTES[key]);
      });
    } else {
      it(`${key} refuses with PARAMETER_NOT_KNOWN for ${REFUSES[key]}`, () => {
        const result = evaluate(requestFor(program));
        expect(isErrorResult(result)).toBe(true);
        if (!isErrorResult(result)) return;
        expect(result.error.code).toBe("PARAMETER_NOT_KNOWN");
        expect(result.error.message.startsWith(REFUSES[key]!)).toBe(true);
        expect(result.error.message).toContain("is not known for");
      });
    }
  }
});
