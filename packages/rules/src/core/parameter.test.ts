import { describe, expect, it } from "vitest";
import { date } from "./calendar-date";
import { isRulesError } from "./errors";
import { money } from "./money";
import { type Citation, defineParameter, resolveParameter, valueAt } from "./parameter";

const A: Citation = { title: "agency page", href: "https://example.gov/a", grade: "A" };
const C: Citation = { title: "weak snippet", href: "https://example.com/c", grade: "C" };
const D: Citation = { title: "derived here", file: "shared/reference/parameters.md:1", grade: "D" };

const saww = defineParameter({
  id: "test.saww",
  label: "Test SAWW",
  description: "A test figure.",
  unit: "USD/week",
  lastVerifiedOn: "2026-11-21",
  until: "2025-12-31",
  values: [
    { from: "2022-01-01", value: money("1000"), cite: [A] },
    { from: "2023-01-01", value: money("1100"), cite: [C] },
    { from: "2024-01-01", value: money("1200"), cite: [A, D] },
    { from: "2025-01-01", unknown: "disputed", value: money("1300"), cite: [A], note: "two sources disagree" },
  ],
});

function reasonOf(on: string): string {
  try {
    resolveParameter(saww, date(on));
    return "resolved";
  } catch (error) {
    return isRulesError(error) && error.code === "PARAMETER_NOT_KNOWN" ? String(error.details?.reason) : "other";
  }
}

describe("effective-dated parameters", () => {
  it("resolves the value in force: before / at / after an effective date", () => {
    expect(valueAt(saww, date("2022-12-31")).toString()).toBe("1000");
    expect(valueAt(saww, date("2024-01-01")).toString()).toBe("1200");
    expect(valueAt(saww, date("2024-06-30")).toString()).toBe("1200");
  });

  it("records the value's effective date and citations for the explanation", () => {
    const resolved = resolveParameter(saww, date("2024-06-30"));
    expect(resolved.use).toMatchObject({ id: "test.saww", from: "2024-01-01", cite: [A, D] });
  });

  it("before the first value: PARAMETER_NOT_KNOWN (before-first-value), never a silent zero", () => {
    expect(reasonOf("2021-12-31")).toBe("before-first-value");
  });

  it("a value cited only by a grade C source is not usable: PARAMETER_NOT_KNOWN (unverified)", () => {
    expect(reasonOf("2023-06-01")).toBe("unverified");
  });

  it("a value marked disputed is not usable: PARAMETER_NOT_KNOWN (disputed)", () => {
    expect(reasonOf("2025-03-01")).toBe("disputed");
  });

  it("after the last covered date: PARAMETER_NOT_KNOWN (outside-coverage)", () => {
    expect(reasonOf("2026-01-01")).toBe("outside-coverage");
  });

  it("refuses unsorted or duplicate dates when the parameter is defined", () => {
    const define = (froms: string[]) => () =>
      defineParameter({
        id: "t",
        label: "t",
        description: "t",
        unit: "rate",
        lastVerifiedOn: "2026-01-01",
        values: froms.map((from) => ({ from, value: 1, cite: [A] })),
      });
    expect(define(["2024-01-01", "2023-01-01"])).toThrow(/sorted/);
    expect(define(["2024-01-01", "2024-01-01"])).toThrow(/sorted/);
    expect(define(["2023-01-01", "2024-01-01"])).not.toThrow();
  });
});
