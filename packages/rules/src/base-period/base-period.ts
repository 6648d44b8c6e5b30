/**
 * Base periods ("qualifying periods"): which completed calendar quarters of wages count.
 * Quarter completeness is relative to an anchor date chosen by the program (the application
 * date for WA, MA and CO): a quarter is complete once it has ended before the anchor's quarter.
 * Several wage records for one quarter (several employers) are added together; a quarter with
 * no record counts as zero wages and zero hours.
 */
import { type CalendarDate } from "../core/calendar-date";
import { type Money, ZERO } from "../core/money";
import { type QuarterIndex, type QuarterLabel, lastCompletedQuarter, quarterLabel } from "../core/quarter";

export interface WageRecord {
  readonly quarter: QuarterIndex;
  readonly wages: Money;
  /** Hours in hundredths (integer, so sums are exact), or null when not reported. */
  readonly hoursHundredths: number | null;
  /** The employer that paid the wages, when the caller tagged it (per-employer programs: MA). */
  readonly employer?: string | null;
  /** Earnings from self-employment (a program may presume their hours: WA). */
  readonly selfEmployment?: true;
}

export interface BasePeriodRule {
  readonly label: string;
  /** How many quarters to skip back from the last completed quarter before the period ends. */
  readonly skipMostRecent: number;
  readonly length: number;
}

export const BasePeriodRules = {
  /** The first four of the last five completed calendar quarters. */
  FIRST_FOUR_OF_LAST_FIVE: Object.freeze({
    label: "first four of the last five completed calendar quarters",
    skipMostRecent: 1,
    length: 4,
  }),
  /** The last four completed calendar quarters (the usual alternative base period). */
  LAST_FOUR_COMPLETED: Object.freeze({
    label: "last four completed calendar quarters",
    skipMostRecent: 0,
    length: 4,
  }),
} as const satisfies Record<string, BasePeriodRule>;

export interface QuarterWages {
  readonly quarter: QuarterIndex;
  readonly wages: Money;
  readonly hoursHundredths: number | null;
}

/** Whether the program used its standard base period or its alternative (fallback) one. */
export type BasePeriodRole = "standard" | "alternative";

export interface BasePeriod {
  readonly rule: BasePeriodRule;
  readonly role: BasePeriodRole;
  /** Oldest first. */
  readonly quarters: readonly QuarterWages[];
  /** The quarters' labels ("2024-Q3"), same order. */
  readonly labels: readonly QuarterLabel[];
  readonly totalWages: Money;
  /** Total hours in hundredths, or null when a quarter with wages has no hours reported. */
  readonly totalHoursHundredths: number | null;
  /** Number of quarters with wages above zero. */
  readonly quartersWithWages: number;
}

export function basePeriodQuarterIndexes(rule: BasePeriodRule, anchor: CalendarDate): QuarterIndex[] {
  const last = lastCompletedQuarter(anchor) - rule.skipMostRecent;
  const indexes: QuarterIndex[] = [];
  for (let q = last - rule.length + 1; q <= last; q++) indexes.push(q);
  return indexes;
}

export function collectBasePeriod(
  records: readonly WageRecord[],
  rule: BasePeriodRule,
  anchor: CalendarDate,
  role: BasePeriodRole = "standard",
): BasePeriod {
  const indexes = basePeriodQuarterIndexes(rule, anchor);
  const quarters: QuarterWages[] = [];
  const labels: QuarterLabel[] = [];
  let totalWages: Money | null = null;
  let totalHours: number | null = 0;
  let quartersWithWages = 0;
  for (const quarter of indexes) {
    let wages = ZERO;
    let hours: number | null = 0;
    let seen = false;
    for (const record of records) {
      if (record.quarter !== quarter) continue;
      wages = seen ? wages.plus(record.wages) : record.wages;
      seen = true;
      if (record.hoursHundredths === null) {
        if (!record.wages.isZero()) hours = null;
      } else if (hours !== null) {
        hours += record.hoursHundredths;
      }
    }
    quarters.push({ quarter, wages, hoursHundredths: hours });
    labels.push(quarterLabel(quarter));
    totalWages = totalWages === null ? wages : totalWages.plus(wages);
    totalHours = totalHours === null || hours === null ? null : totalHours + hours;
    if (!wages.isZero()) quartersWithWages++;
  }
  return {
    rule,
    role,
    quarters,
    labels,
    totalWages: totalWages ?? ZERO,
    totalHoursHundredths: totalHours,
    quartersWithWages,
  };
}

export function highestQuarterWages(period: BasePeriod): Money {
  let highest = ZERO;
  for (const q of period.quarters) if (q.wages.gt(highest)) highest = q.wages;
  return highest;
}
