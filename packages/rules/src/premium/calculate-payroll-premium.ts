/**
 * Premium for a whole payroll at once: one employer's workers paid in one period (a quarterly
 * wage report), each with their own wages and year-to-date wages. The same arithmetic as
 * `calculatePremium` worker by worker — the cap per worker, each share rounded to the cent per
 * worker, then summed — with the program's terms (rates, cap, small-employer rule) looked up
 * once instead of once per worker, so a report of 50,000 workers costs decimal arithmetic only.
 */
import { computePremium } from "./premium";
import { parseCalendarDate } from "../core/calendar-date";
import { ErrorCode, RulesError } from "../core/errors";
import type { ExplanationStep } from "../core/explanation";
import { ZERO, formatMoney } from "../core/money";
import { RuleContext } from "../evaluation/context";
import { parseAmount } from "../evaluation/request";
import { type RulesErrorResult, guarded } from "../core/rules-error-result";
import { programFor } from "../programs/index";

export interface PayrollPremiumInput {
  readonly jurisdiction: string;
  readonly program: string;
  /** The date the wages are paid (selects the year's rates and cap), e.g. the quarter's last day. */
  readonly date: string;
  /** Number of employees (in the state) the employer has, for the small-employer rule. */
  readonly employerSize: number;
  readonly workers: readonly {
    /** Wages in this period, as a decimal string. */
    readonly wages: string;
    /** Wages already paid to this worker by this employer earlier in the calendar year. */
    readonly wagesYearToDate?: string;
  }[];
}

export interface PayrollPremiumResult {
  readonly workerCount: number;
  readonly totalWages: string;
  readonly taxableWages: string;
  readonly totalRate: string;
  readonly employeeRate: string;
  readonly employerRate: string;
  /** The yearly cap on each worker's wages subject to premium, or null for none. */
  readonly wageCap: string | null;
  readonly employerShareRequired: boolean;
  /** What the employer may withhold from its workers' pay. */
  readonly employeeShare: string;
  readonly employerShare: string;
  readonly total: string;
  readonly explanation: readonly ExplanationStep[];
}

export function calculatePayrollPremium(input: PayrollPremiumInput): PayrollPremiumResult | RulesErrorResult {
  return guarded(() => {
    const program = programFor(input);
    if (program.premium === null) {
      throw new RulesError(ErrorCode.RULE_NOT_DOCUMENTED, `${program.name} has no premium rule`);
    }
    const on = parseCalendarDate(input.date, "date");
    if (typeof input.employerSize !== "number" || !Number.isInteger(input.employerSize) || input.employerSize < 0) {
      throw new RulesError(ErrorCode.INVALID_REQUEST, "employerSize must be a whole number of employees");
    }
    if (!Array.isArray(input.workers)) throw new RulesError(ErrorCode.INVALID_REQUEST, "workers must be a list");
    const ctx = new RuleContext(on, true);
    const terms = program.premium.terms(input.employerSize, ctx);
    let totalWages = ZERO;
    let taxableWages = ZERO;
    let employee = ZERO;
    let employer = ZERO;
    let rates = computePremium(ZERO, ZERO, terms);
    input.workers.forEach((worker, i) => {
      const wages = parseAmount(worker.wages, `workers[${i}].wages`);
      const yearToDate =
        worker.wagesYearToDate === undefined
          ? ZERO
          : parseAmount(worker.wagesYearToDate, `workers[${i}].wagesYearToDate`);
      const amounts = computePremium(wages, yearToDate, terms);
      totalWages = totalWages.plus(wages);
      taxableWages = taxableWages.plus(amounts.taxableWages);
      employee = employee.plus(amounts.employee);
      employer = employer.plus(amounts.employer);
      rates = amounts;
    });
    ctx.step({
      step: "payroll-premium",
      what: "Premium for each worker: wages up to the yearly cap (after the worker's earlier wages this year) × each component's rate, split between employee and employer, each share rounded to the cent; then summed over the payroll",
      inputs: {
        workers: input.workers.length,
        totalWages,
        wageCap: terms.wageCap,
        employeeYearlyCap: terms.employeeYearlyCap,
        employerSize: input.employerSize,
        components: terms.components.map((c) => ({ name: c.name, rate: c.rate, employeeShare: c.employeeShare })),
      },
      parameters: ctx.parametersUsed,
      result: { taxableWages, employee, employer, total: employee.plus(employer) },
      ...(terms.employerShareRequired ? {} : { note: "Small employer: the employer share is not required." }),
    });
    return {
      workerCount: input.workers.length,
      totalWages: formatMoney(totalWages),
      taxableWages: formatMoney(taxableWages),
      totalRate: rates.totalRate.toString(),
      employeeRate: rates.employeeRate.toString(),
      employerRate: rates.employerRate.toString(),
      wageCap: terms.wageCap === null ? null : formatMoney(terms.wageCap),
      employerShareRequired: terms.employerShareRequired,
      employeeShare: formatMoney(employee),
      employerShare: formatMoney(employer),
      total: formatMoney(employee.plus(employer)),
      explanation: ctx.steps,
    };
  });
}
