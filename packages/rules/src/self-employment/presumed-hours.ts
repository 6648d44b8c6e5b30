/**
 * Hours of self-employment that the program presumes from earnings (WA: the earnings reported
 * for a quarter ÷ the state minimum wage in force that quarter), for hours-based eligibility
 * tests. Only quarters marked `selfEmployment` and reported without hours are presumed; hours the
 * caller gives are kept.
 */
import type { WageRecord } from "../base-period/base-period";
import { Dec, type Money } from "../core/money";
import type { Citation, Parameter, ParameterUse } from "../core/parameter";
import { quarterLabel, quarterStart } from "../core/quarter";
import type { RuleContext } from "../evaluation/context";

export function withPresumedSelfEmploymentHours(
  ctx: RuleContext,
  records: readonly WageRecord[],
  hourlyWage: Parameter<Money>,
  cite: readonly Citation[],
): readonly WageRecord[] {
  if (!records.some((r) => r.selfEmployment === true && r.hoursHundredths === null)) return records;
  const presumed: Record<string, number> = {};
  const uses = new Map<string, ParameterUse>();
  const result = records.map((record) => {
    if (record.selfEmployment !== true || record.hoursHundredths !== null) return record;
    const wage = ctx.paramAt(hourlyWage, quarterStart(record.quarter));
    uses.set(`${wage.use.id}@${wage.use.from}`, wage.use);
    // Hundredths of an hour, rounded down: an hour not worked is never presumed.
    const hundredths = new Dec(record.wages).div(wage.value).times(100).floor().toNumber();
    presumed[quarterLabel(record.quarter)] = hundredths / 100;
    return { ...record, hoursHundredths: hundredths };
  });
  ctx.step({
    step: "self-employment-hours",
    what: "Hours of self-employment presumed from the earnings reported, at the state minimum wage",
    inputs: { quarters: Object.keys(presumed) },
    parameters: [...uses.values()],
    result: presumed,
    cite,
  });
  return result;
}
