/**
 * Runs in CI with the package's tests: a program paying benefits today must resolve every one
 * of its figures today, except those listed in known-refusals.ts (the one list). "Today" is the
 * UTC date of the run (RULES_COVERAGE_DATE=YYYY-MM-DD pins it), so this test fails on the day
 * a figure runs out — that is its purpose: someone looks for the agency's next figure.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { coverageText, withCoverage } from "../cli/coverage";
import { date } from "../core/calendar-date";
import { money } from "../core/money";
import { defineParameter } from "../core/parameter";
import { PROGRAMS } from "../programs/index";
import { KNOWN_REFUSALS } from "./known-refusals";
import { gapsOn, programCoverage } from "./parameter-coverage";

const TODAY = date(process.env.RULES_COVERAGE_DATE ?? new Date().toISOString().slice(0, 10));
const payingToday = PROGRAMS.filter((p) => p.firstBenefitDate <= TODAY);

describe(`parameter coverage on ${TODAY}`, () => {
  it("every gap today of a program paying today is a known refusal, and every known refusal is still a gap", () => {
    const gaps = payingToday.flatMap((program) =>
      gapsOn(program, TODAY).map((gap) => `${program.jurisdiction}-${program.code} ${gap.parameterId}`),
    );
    const known = KNOWN_REFUSALS.map((refusal) => `${refusal.program} ${refusal.parameterId}`);
    // A gap not listed: a figure ran out or was never looked for. Find it, or list it with why.
    expect(gaps.filter((gap) => !known.includes(gap))).toEqual([]);
    // Listed but resolving: the figure landed; remove the entry.
    expect(known.filter((entry) => !gaps.includes(entry))).toEqual([]);
  });

  it("lists each known refusal once, with why", () => {
    const keys = KNOWN_REFUSALS.map((r) => `${r.program} ${r.parameterId}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(KNOWN_REFUSALS.every((r) => r.why.length > 10)).toBe(true);
  });
});

describe("the coverage report", () => {
  it("splits a program's dates into covered spans and gaps at every change, naming the missing figures", () => {
    const wa = PROGRAMS.find((p) => p.jurisdiction === "WA")!;
    const report = programCoverage(wa);
    expect(report.spans[0]?.from).toBe(wa.firstBenefitDate);
    expect(report.spans.at(-1)?.to).toBe(report.through);
    // Spans are contiguous and never overlap.
    for (let i = 1; i < report.spans.length; i++) expect(report.spans[i]!.from > report.spans[i - 1]!.to).toBe(true);
    const coveredToday = report.spans.find((s) => s.from <= "2026-12-02" && "2026-12-02" <= s.to);
    expect(coveredToday?.missing).toEqual([]);
  });

  it("reports a declared unknown as refused and a date past the data as a gap", () => {
    const maximum = defineParameter({
      id: "test.maximum",
      label: "Test maximum",
      description: "A test figure.",
      unit: "USD/week",
      values: [
        { from: "2025-01-01", value: money("100"), cite: [{ title: "Agency", grade: "A" }] },
        {
          from: "2026-01-01",
          unknown: "not-published",
          cite: [{ title: "Searched", grade: "A" }],
          note: "not out yet",
        },
      ],
      until: "2026-06-30",
      lastVerifiedOn: "2026-11-01",
    });
    const program = { ...PROGRAMS[0]!, firstBenefitDate: date("2025-01-01"), parameters: [maximum] };
    const report = programCoverage(program, date("2026-12-31"));
    expect(report.spans.map((s) => [s.from, s.to, s.missing.map((m) => m.reason)])).toEqual([
      ["2025-01-01", "2025-12-31", []],
      ["2026-01-01", "2026-06-30", ["not-published"]],
      ["2026-07-01", "2026-12-31", ["outside-coverage"]],
    ]);
    expect(report.refused).toEqual([
      expect.objectContaining({ parameterId: "test.maximum", from: "2026-01-01", reason: "not-published" }),
    ]);
  });
});

describe("the package README", () => {
  it("holds the current coverage report (refresh: pnpm rules:coverage --write-readme)", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    expect(readme === withCoverage(readme, coverageText()), "run pnpm rules:coverage --write-readme").toBe(true);
  });
});
