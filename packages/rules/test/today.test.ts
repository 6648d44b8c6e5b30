/**
 * Every program paying benefits on 2026-12-02, evaluated for a leave starting that day with
 * ordinary wages ($1,000 a week, reported quarterly with hours and stated weekly, employment
 * facts, a birth date): it computes, or it refuses with the typed PARAMETER_NOT_KNOWN for a
 * figure listed in known-refusals.ts (the one list, also read by the API's every-program test).
 * When a figure lands, remove its refusal there and add the program's benefit to COMPUTES.
 */
import { describe, expect, it } from "vitest";
import { benefitRefusalsOf, catalogParameter, evaluate, isErrorResult, listPrograms } from "../src";

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
  "CA-SDI": "900.00",
  "CA-PFL": "900.00",
  "US-FMLA": "0.00",
};

/**
 * A program refuses only for a figure in the one list of known refusals
 * (src/parameter-coverage/known-refusals.ts, "benefits" entries); its message names that figure.
 */
function refusalLabels(key: string): string[] {
  return benefitRefusalsOf(key).map((refusal) => catalogParameter(refusal.parameterId)?.label ?? refusal.parameterId);
}

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
    const refusing = keys.filter((key) => refusalLabels(key).length > 0);
    expect([...Object.keys(COMPUTES), ...refusing].sort()).toEqual(keys);
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
      it(`${key} refuses with PARAMETER_NOT_KNOWN for a listed refusal (${refusalLabels(key).join("; ")})`, () => {
        const result = evaluate(requestFor(program));
        expect(isErrorResult(result)).toBe(true);
        if (!isErrorResult(result)) return;
        expect(result.error.code).toBe("PARAMETER_NOT_KNOWN");
        expect(refusalLabels(key).some((label) => result.error.message.startsWith(label))).toBe(true);
        expect(result.error.message).toContain("is not known for");
      });
    }
  }
});
