/**
 * Partial-week and reduced-schedule payments: the weekly benefit × the share of the typical
 * week taken as leave, with the program's own unit (hours or days), minimum claim and rounding.
 */
import { prorate } from "./proration";
import { parseCalendarDate } from "../core/calendar-date";
import { ErrorCode, RulesError } from "../core/errors";
import type { ExplanationStep } from "../core/explanation";
import { ZERO, formatMoney } from "../core/money";
import { RuleContext } from "../evaluation/context";
import { parseAmount } from "../evaluation/request";
import { type RulesErrorResult, guarded } from "../core/rules-error-result";
import { programFor } from "../programs/index";

export interface ProrationInput {
  readonly jurisdiction: string;
  readonly program: string;
  /** The week's date (selects the rule in force). */
  readonly date: string;
  readonly weeklyBenefitAmount: string;
  /** For hour-based programs (WA, MA, CO). */
  readonly hoursClaimed?: number;
  readonly typicalWeeklyHours?: number;
  /** For day-based programs (NY PFL). */
  readonly daysClaimed?: number;
  readonly typicalWorkDaysPerWeek?: number;
}

export interface ProrationResult {
  /** The payment for the week, as a decimal string. */
  readonly amount: string;
  /** Share of the typical week claimed (0..1). */
  readonly fraction: string;
  readonly explanation: readonly ExplanationStep[];
}

function positive(value: unknown, field: string, max: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > max) {
    throw new RulesError(ErrorCode.INVALID_HOURS, `${field} must be a number from 0 to ${max}`, { field });
  }
  return value;
}

export function prorateWeeklyBenefit(input: ProrationInput): ProrationResult | RulesErrorResult {
  return guarded(() => {
    const program = programFor(input);
    const rule = program.proration;
    if (rule === null) throw new RulesError(ErrorCode.RULE_NOT_DOCUMENTED, `${program.name} has no proration rule`);
    const on = parseCalendarDate(input.date, "date");
    const weekly = parseAmount(input.weeklyBenefitAmount, "weeklyBenefitAmount");
    const byHours = rule.basis === "hours";
    const claimedRaw = positive(
      byHours ? input.hoursClaimed : input.daysClaimed,
      byHours ? "hoursClaimed" : "daysClaimed",
      byHours ? 168 : 7,
    );
    const typical = positive(
      byHours ? input.typicalWeeklyHours : input.typicalWorkDaysPerWeek,
      byHours ? "typicalWeeklyHours" : "typicalWorkDaysPerWeek",
      byHours ? 168 : 7,
    );
    if (typical === 0) throw new RulesError(ErrorCode.INVALID_HOURS, "the typical week must be more than zero");
    const claimed = rule.wholeHoursOnly ? Math.floor(claimedRaw) : claimedRaw;
    const ctx = new RuleContext(on, true);
    const minimum = rule.minimumClaim === null ? null : ctx.param(rule.minimumClaim);
    const belowMinimum = minimum !== null && claimed < minimum.value;
    const result = belowMinimum
      ? { fraction: ZERO, unrounded: ZERO, amount: ZERO }
      : prorate(weekly, claimed, typical, rule.rounding);
    ctx.step({
      step: "proration",
      what: "Partial week: the weekly benefit × the share of the typical week claimed, rounded by the program's rule",
      inputs: { weeklyBenefitAmount: weekly, claimed, claimedAsGiven: claimedRaw, typical, basis: rule.basis },
      ...(minimum === null ? {} : { parameters: [minimum.use] }),
      rounding: { rule: rule.rounding.id, label: rule.rounding.label, before: result.unrounded, after: result.amount },
      result: result.amount,
      cite: rule.cite,
      ...(belowMinimum
        ? { note: "Less than the minimum claim for a week: nothing is payable." }
        : rule.wholeHoursOnly && claimed !== claimedRaw
          ? { note: "Hours rounded down to whole hours." }
          : {}),
    });
    return { amount: formatMoney(result.amount), fraction: result.fraction.toString(), explanation: ctx.steps };
  });
}
