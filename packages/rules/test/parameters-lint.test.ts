/**
 * Parameter lint: the data rules every parameter of every program must follow. A new program's
 * parameters are checked as soon as the program is in the registry.
 */
import { describe, expect, it } from "vitest";
import { type CalendarDate, addDays, date } from "../src/core/calendar-date";
import { isRulesError } from "../src/core/errors";
import { type AnyParameter, isUsableGrade, resolveParameter } from "../src/core/parameter";
import { PROGRAMS } from "../src/programs";

const FILE_CITE = /^shared\/(seeds|reference)\/[\w./-]+:\d+(-\d+)?$/;
const HREF = /^https?:\/\/\S+$/;
const UNITS = new Set([
  "USD",
  "USD/week",
  "USD/year",
  "rate",
  "multiplier",
  "hours",
  "days",
  "weeks",
  "months",
  "employees",
  "relationships",
  "deadline",
  "rule",
]);

const all = new Map<string, { parameter: AnyParameter; programs: string[] }>();
for (const program of PROGRAMS) {
  for (const parameter of program.parameters) {
    const seen = all.get(parameter.id);
    if (seen === undefined) all.set(parameter.id, { parameter, programs: [`${program.jurisdiction}-${program.code}`] });
    else seen.programs.push(`${program.jurisdiction}-${program.code}`);
  }
}

describe.each([...all.values()].map((v) => [v.parameter.id, v.parameter, v.programs] as const))(
  "parameter %s",
  (_id, parameter, programs) => {
    it("has a label, a description and a declared unit", () => {
      expect(parameter.label.length).toBeGreaterThan(3);
      expect(parameter.description.length).toBeGreaterThan(10);
      expect(UNITS.has(parameter.unit)).toBe(true);
    });

    it("has lastVerifiedOn, and dates sorted without duplicates", () => {
      expect(parameter.lastVerifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const froms = parameter.entries.map((e) => e.from);
      expect([...froms].sort()).toEqual(froms);
      expect(new Set(froms).size).toBe(froms.length);
      if (parameter.until !== undefined) expect(parameter.until > (froms[froms.length - 1] ?? "")).toBe(true);
    });

    it("cites every value: a title, a grade, and a URL or a shared file with line numbers", () => {
      for (const entry of parameter.entries) {
        expect(entry.cite.length).toBeGreaterThan(0);
        for (const cite of entry.cite) {
          expect(cite.title.length).toBeGreaterThan(3);
          expect(["A", "B", "C", "D"]).toContain(cite.grade);
          expect(cite.href !== undefined || cite.file !== undefined).toBe(true);
          if (cite.href !== undefined) expect(cite.href).toMatch(HREF);
          if (cite.file !== undefined) expect(cite.file).toMatch(FILE_CITE);
        }
      }
    });

    it("uses a value as certain only with an A or B source; C/D-only and disputed values answer PARAMETER_NOT_KNOWN", () => {
      for (const entry of parameter.entries) {
        const usable = entry.cite.some((c) => isUsableGrade(c.grade));
        if (entry.status === "known") {
          expect(usable).toBe(true);
          expect(entry.value).not.toBeUndefined();
        } else {
          let code = "resolved";
          try {
            resolveParameter(parameter, entry.from);
          } catch (error) {
            code = isRulesError(error) ? error.code : "other";
          }
          expect(code).toBe("PARAMETER_NOT_KNOWN");
        }
        if (!usable) expect(entry.status).not.toBe("known");
      }
    });

    it("before / at / after every effective date: the day before gives the previous value, the date and the day after give this one", () => {
      const entries = parameter.entries;
      const resolvedFrom = (on: CalendarDate): string => {
        try {
          return resolveParameter(parameter, on).use.from;
        } catch (error) {
          return isRulesError(error) ? `unknown:${String(error.details?.reason)}` : "crash";
        }
      };
      entries.forEach((entry, i) => {
        const expected = entry.status === "known" ? entry.from : `unknown:${entry.status}`;
        const previous = entries[i - 1];
        const expectedBefore =
          previous === undefined
            ? "unknown:before-first-value"
            : previous.status === "known"
              ? previous.from
              : `unknown:${previous.status}`;
        expect(resolvedFrom(addDays(entry.from, -1))).toBe(expectedBefore);
        expect(resolvedFrom(entry.from)).toBe(expected);
        const next = entries[i + 1];
        const dayAfter = addDays(entry.from, 1);
        if (
          (next === undefined || next.from > dayAfter) &&
          (parameter.until === undefined || dayAfter <= parameter.until)
        ) {
          expect(resolvedFrom(dayAfter)).toBe(expected);
        }
      });
    });

    it("belongs to the program it is named after (or is a shared federal figure)", () => {
      const prefix = parameter.id.split(".")[0] ?? "";
      if (prefix === "us") return;
      expect(programs.map((p) => p.toLowerCase())).toContain(prefix);
    });
  },
);

describe("known unknowns are pinned (values the sources do not give with certainty)", () => {
  const cases: readonly [string, string, string][] = [
    ["nj-tdi.employee-contribution-rate", "2026-06-01", "not-published"],
    ["nj-tdi.state-average-weekly-wage", "2021-06-01", "not-published"],
    ["ny-dbl.maximum-weekly-benefit", "2027-01-01", "outside-coverage"],
    ["ca-sdi.maximum-weekly-benefit", "2027-01-01", "outside-coverage"],
    ["ca-sdi.tier-breakpoint", "2024-06-01", "not-published"],
    ["ri-tdi.minimum-weekly-benefit", "2022-06-01", "disputed"],
    ["ri-tdi.minimum-weekly-benefit", "2020-06-01", "unverified"],
    ["ri-tdi.minimum-weekly-benefit", "2027-01-01", "outside-coverage"],
    ["ri-tdi.maximum-weekly-benefit", "2026-07-01", "outside-coverage"],
    ["ri-tdi.contribution-rate", "2021-06-01", "unverified"],
    ["hi-tdi.maximum-weekly-benefit", "2021-06-01", "unverified"],
    ["pr-sinot.weekly-benefit-schedule", "2025-06-01", "not-published"],
    ["ma-pfml.minimum-base-period-earnings", "2027-01-01", "outside-coverage"],
    ["ny-pfl.replacement-rate", "2019-07-01", "not-published"],
    ["ny-pfl.state-average-weekly-wage", "2018-06-01", "not-published"],
    ["co-famli.state-average-weekly-wage", "2026-07-01", "unverified"],
    ["co-famli.state-average-weekly-wage", "2027-07-01", "outside-coverage"],
    ["wa-pfml.maximum-weekly-benefit", "2027-01-01", "outside-coverage"],
    ["us.social-security-wage-base", "2027-01-01", "outside-coverage"],
    ["or-pfml.state-average-weekly-wage", "2026-07-05", "unverified"],
    ["or-pfml.state-average-weekly-wage", "2027-07-04", "outside-coverage"],
    ["or-pfml.contribution-rate", "2026-01-01", "not-published"],
    ["ct-pfml.minimum-wage", "2027-01-01", "outside-coverage"],
    ["mn-pfml.state-average-weekly-wage", "2026-06-01", "disputed"],
    ["mn-pfml.minimum-base-period-wages", "2026-06-01", "not-published"],
    ["mn-pfml.premium-wage-base", "2026-06-01", "disputed"],
    ["md-famli.state-average-weekly-wage", "2028-06-01", "not-published"],
    ["md-famli.contribution-rate", "2027-06-01", "not-published"],
    ["dc-pfl.bend-point-minimum-wage", "2020-07-01", "disputed"],
    ["dc-pfl.bend-point-minimum-wage", "2024-07-01", "disputed"],
    ["dc-pfl.bend-point-minimum-wage", "2026-07-01", "unverified"],
    ["dc-pfl.bend-point-minimum-wage", "2027-07-01", "outside-coverage"],
    ["dc-pfl.average-weekly-wage-rule", "2022-01-01", "not-published"],
    ["de-pfml.maximum-weekly-benefit", "2028-01-01", "outside-coverage"],
    ["us-fmla.employer-response-period", "2000-01-01", "not-published"],
  ];
  for (const [id, on, reason] of cases) {
    it(`${id} on ${on} → PARAMETER_NOT_KNOWN (${reason})`, () => {
      const parameter = all.get(id)?.parameter;
      expect(parameter).toBeDefined();
      let got = "resolved";
      try {
        if (parameter !== undefined) resolveParameter(parameter, date(on));
      } catch (error) {
        got = isRulesError(error) ? `${error.code}:${String(error.details?.reason)}` : "other";
      }
      expect(got).toBe(`PARAMETER_NOT_KNOWN:${reason}`);
    });
  }
});

describe("the registry", () => {
  it("has one entry per jurisdiction + program code", () => {
    const keys = PROGRAMS.map((p) => `${p.jurisdiction}-${p.code}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it("every program lists its family-relationship parameter among its parameters", () => {
    for (const program of PROGRAMS) expect(program.parameters).toContain(program.familyRelationships);
  });
});
