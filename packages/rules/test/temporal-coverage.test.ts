/**
 * Temporal coverage (a coverage test, not a value test): from each program's first benefit date
 * to the last date its published figures cover, every parameter resolves at every quarter start
 * — or answers PARAMETER_NOT_KNOWN for a value the data explicitly records as unknown. A gap
 * (no value at all, or an undeclared date) fails. The value tests are the program cases.
 */
import { describe, expect, it } from "vitest";
import { type CalendarDate, addDays, date } from "../src/core/calendar-date";
import { isRulesError } from "../src/core/errors";
import { resolveParameter } from "../src/core/parameter";
import { quarterIndexOf, quarterStart } from "../src/core/quarter";
import { evaluate, isErrorResult } from "../src";
import { parametersKnownThrough } from "../src/catalog/catalog";
import { PROGRAMS } from "../src/programs";
import { NO_PUBLISHED_BENEFIT_FIGURES } from "./support/unpublished";

function quarterStarts(from: CalendarDate, through: CalendarDate): CalendarDate[] {
  const starts: CalendarDate[] = [from];
  for (let q = quarterIndexOf(from) + 1; quarterStart(q) <= through; q++) starts.push(quarterStart(q));
  return starts;
}

const DECLARED = new Set(["not-published", "disputed", "unverified"]);

describe.each(PROGRAMS.map((p) => [`${p.jurisdiction} ${p.code}`, p] as const))("%s", (_name, program) => {
  const through = parametersKnownThrough(program) ?? date("2026-12-31");
  const starts = quarterStarts(program.firstBenefitDate, through);

  it(`every parameter resolves (or is a declared unknown) at each of the quarter starts from ${program.firstBenefitDate} to ${through}`, () => {
    const gaps: string[] = [];
    for (const on of starts) {
      for (const parameter of program.parameters) {
        try {
          resolveParameter(parameter, on);
        } catch (error) {
          const reason = isRulesError(error) ? String(error.details?.reason) : "crash";
          if (!DECLARED.has(reason)) gaps.push(`${parameter.id} @ ${on}: ${reason}`);
        }
      }
    }
    expect(gaps).toEqual([]);
    expect(starts.length).toBeGreaterThan(1);
  });

  it("a standard claim evaluates at every quarter start, or answers PARAMETER_NOT_KNOWN for a declared unknown", () => {
    const failures: string[] = [];
    let evaluated = 0;
    for (const on of starts) {
      const result = evaluate({
        id: on,
        jurisdiction: program.jurisdiction,
        program: program.code,
        leaveReason: program.coveredLeaveReasons[0],
        applicationDate: on,
        leaveStartDate: addDays(on, 6) <= through ? addDays(on, 6) : on,
        averageWeeklyWage: "1000.00",
      });
      if (isErrorResult(result)) {
        if (result.error.code !== "PARAMETER_NOT_KNOWN") failures.push(`${on}: ${result.error.code}`);
      } else {
        evaluated++;
      }
    }
    expect(failures).toEqual([]);
    if (NO_PUBLISHED_BENEFIT_FIGURES.has(`${program.jurisdiction} ${program.code}`)) expect(evaluated).toBe(0);
    else expect(evaluated).toBeGreaterThan(0);
  });

  if (parametersKnownThrough(program) === null) {
    // Only statutory figures with no scheduled change (US FMLA): nothing runs out.
    it("has no dated figures, so a claim far in the future still evaluates", () => {
      const result = evaluate({
        jurisdiction: program.jurisdiction,
        program: program.code,
        leaveReason: program.coveredLeaveReasons[0],
        applicationDate: "2099-12-01",
        leaveStartDate: "2099-12-01",
        averageWeeklyWage: "1000.00",
      });
      expect(isErrorResult(result) ? result.error.code : "evaluated").toBe("evaluated");
    });
    return;
  }

  it("a week after the covered range answers PARAMETER_NOT_KNOWN instead of reusing old figures", () => {
    // A week, so that even a benefit year starting on the Sunday before the leave (MA) is past it.
    // Past the last `until` of all the program's parameters: some programs' benefit figures run
    // longer than their premium figures (DE: the $900 maximum through 2027, rates through 2026).
    const latest = program.parameters.reduce<CalendarDate>(
      (last, p) => (p.until !== undefined && p.until > last ? p.until : last),
      through,
    );
    const after = addDays(latest, 7);
    const result = evaluate({
      jurisdiction: program.jurisdiction,
      program: program.code,
      leaveReason: program.coveredLeaveReasons[0],
      applicationDate: after,
      leaveStartDate: after,
      averageWeeklyWage: "1000.00",
    });
    expect(isErrorResult(result) ? result.error.code : "evaluated").toBe("PARAMETER_NOT_KNOWN");
  });
});
