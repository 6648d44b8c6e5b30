/**
 * Premium (contribution) for one payment of wages: total, employee and employer shares,
 * with the yearly wage cap and the small-employer rule. The parameters in force on the
 * payment date apply.
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

export interface PremiumInput {
  readonly jurisdiction: string;
  readonly program: string;
  /** The date the wages are paid (selects the year's rates and cap). */
  readonly date: string;
  /** Wages in this payment, as a decimal string. */
  readonly wages: string;
  /** Number of employees (in the state) the employer has, for the small-employer rule. */
  readonly employerSize: number;
  /** Wages already paid to this employee earlier in the same calendar year (for the cap). */
  readonly wagesYearToDate?: string;
}

export interface PremiumResult {
  readonly taxableWages: string;
  readonly totalRate: string;
  readonly employeeRate: string;
  readonly employerRate: string;
  readonly employeeShare: string;
  readonly employerShare: string;
  readonly total: string;
  readonly employerShareRequired: boolean;
  /** The yearly cap on wages subject to premium in force on the date, or null for none. */
  readonly wageCap: string | null;
  readonly explanation: readonly ExplanationStep[];
}

export function calculatePremium(input: PremiumInput): PremiumResult | RulesErrorResult {
  return guarded(() => {
    const program = programFor(input);
    if (program.premium === null) {
      throw new RulesError(ErrorCode.RULE_NOT_DOCUMENTED, `${program.name} has no premium rule`);
    }
    const on = parseCalendarDate(input.date, "date");
    const wages = parseAmount(input.wages, "wages");
    const yearToDate =
      input.wagesYearToDate === undefined ? ZERO : parseAmount(input.wagesYearToDate, "wagesYearToDate");
    if (typeof input.employerSize !== "number" || !Number.isInteger(input.employerSize) || input.employerSize < 0) {
      throw new RulesError(ErrorCode.INVALID_REQUEST, "employerSize must be a whole number of employees");
    }
    const ctx = new RuleContext(on, true);
    const terms = program.premium.terms(input.employerSize, ctx);
    const amounts = computePremium(wages, yearToDate, terms);
    ctx.step({
      step: "premium",
      what: "Premium: wages up to the yearly cap × each component's rate, split between employee and employer, rounded to the cent",
      inputs: {
        wages,
        wagesYearToDate: yearToDate,
        wageCap: terms.wageCap,
        employeeYearlyCap: terms.employeeYearlyCap,
        employerSize: input.employerSize,
        components: terms.components.map((c) => ({ name: c.name, rate: c.rate, employeeShare: c.employeeShare })),
      },
      parameters: ctx.parametersUsed,
      result: {
        taxableWages: amounts.taxableWages,
        employee: amounts.employee,
        employer: amounts.employer,
        total: amounts.total,
      },
      ...(terms.employerShareRequired ? {} : { note: "Small employer: the employer share is not required." }),
    });
    return {
      taxableWages: formatMoney(amounts.taxableWages),
      totalRate: amounts.totalRate.toString(),
      employeeRate: amounts.employeeRate.toString(),
      employerRate: amounts.employerRate.toString(),
      employeeShare: formatMoney(amounts.employee),
      employerShare: formatMoney(amounts.employer),
      total: formatMoney(amounts.total),
      employerShareRequired: terms.employerShareRequired,
      wageCap: terms.wageCap === null ? null : formatMoney(terms.wageCap),
      explanation: ctx.steps,
    };
  });
}
