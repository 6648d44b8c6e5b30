// The payroll premium is calculatePremium summed worker by worker: the same cap, rounding and
// small-employer rule, for programs with different splits, caps and an employee yearly cap (NY).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import Decimal from "decimal.js";
import { calculatePayrollPremium } from "./calculate-payroll-premium";
import { calculatePremium } from "./calculate-premium";
import { isRulesErrorResult } from "../core/rules-error-result";

const CASES = [
  { jurisdiction: "WA", program: "PFML", date: "2024-03-31", employerSize: 140 },
  { jurisdiction: "WA", program: "PFML", date: "2026-06-30", employerSize: 18 },
  { jurisdiction: "MA", program: "PFML", date: "2026-09-30", employerSize: 420 },
  { jurisdiction: "CO", program: "FAMLI", date: "2026-03-31", employerSize: 45 },
  { jurisdiction: "NY", program: "PFL", date: "2026-12-31", employerSize: 60 },
];

const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => (c / 100).toFixed(2));
const workers = fc.array(fc.record({ wages: cents(120_000), wagesYearToDate: cents(200_000) }), {
  minLength: 1,
  maxLength: 25,
});

describe("calculatePayrollPremium", () => {
  it.each(CASES)("equals calculatePremium summed per worker ($jurisdiction $program, $date)", (terms) => {
    fc.assert(
      fc.property(workers, (list) => {
        const payroll = calculatePayrollPremium({ ...terms, workers: list });
        if (isRulesErrorResult(payroll)) throw new Error(payroll.error.message);
        let employee = new Decimal(0);
        let employer = new Decimal(0);
        let taxable = new Decimal(0);
        for (const worker of list) {
          const one = calculatePremium({ ...terms, ...worker });
          if (isRulesErrorResult(one)) throw new Error(one.error.message);
          employee = employee.plus(one.employeeShare);
          employer = employer.plus(one.employerShare);
          taxable = taxable.plus(one.taxableWages);
          expect([payroll.employeeRate, payroll.employerRate, payroll.wageCap, payroll.employerShareRequired]).toEqual([
            one.employeeRate,
            one.employerRate,
            one.wageCap,
            one.employerShareRequired,
          ]);
        }
        expect(payroll.employeeShare).toBe(employee.toFixed(2));
        expect(payroll.employerShare).toBe(employer.toFixed(2));
        expect(payroll.taxableWages).toBe(taxable.toFixed(2));
        expect(payroll.total).toBe(employee.plus(employer).toFixed(2));
      }),
      { numRuns: 40 },
    );
  });

  it("names the cap, the rates and their citations once for the whole payroll", () => {
    const result = calculatePayrollPremium({ ...CASES[0]!, workers: [{ wages: "1000.00" }, { wages: "2000.00" }] });
    if (isRulesErrorResult(result)) throw new Error(result.error.message);
    expect(result).toMatchObject({ workerCount: 2, totalWages: "3000.00", wageCap: "168600.00" });
    expect(result.explanation).toHaveLength(1);
    expect(result.explanation[0]!.parameters!.map((p) => p.id)).toContain("us.social-security-wage-base");
    expect(result.explanation[0]!.parameters!.every((p) => p.cite.length > 0)).toBe(true);
  });

  it("refuses a negative or malformed wage with the worker's position", () => {
    const result = calculatePayrollPremium({ ...CASES[0]!, workers: [{ wages: "10.00" }, { wages: "-5" }] });
    expect(isRulesErrorResult(result) && result.error.message).toMatch(/workers\[1\]\.wages/);
  });
});
