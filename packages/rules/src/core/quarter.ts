/**
 * Calendar quarters ("2024-Q3"). A quarter is also an integer index (year × 4 + quarter − 1)
 * so "the quarter before" is index − 1 and ranges are plain integer ranges.
 */
import { type CalendarDate, makeDate, monthOf, yearOf, daysInMonth } from "./calendar-date";
import { ErrorCode, RulesError } from "./errors";

export type QuarterLabel = string & { readonly __quarter: unique symbol };

/** Integer position of a quarter: year × 4 + (quarter − 1). */
export type QuarterIndex = number;

const QUARTER_SHAPE = /^\d{4}-Q[1-4]$/;
const EARLIEST_YEAR = 1970;
const LATEST_YEAR = 2099;

export function parseQuarter(value: unknown, field: string): QuarterIndex {
  if (typeof value !== "string") {
    throw new RulesError(ErrorCode.INVALID_QUARTER, `${field} must be a quarter string like "2024-Q3"`, { field });
  }
  if (!QUARTER_SHAPE.test(value)) {
    throw new RulesError(ErrorCode.INVALID_QUARTER, `${field} must look like "2024-Q3" (got "${value.slice(0, 40)}")`, {
      field,
    });
  }
  // The shape is checked, so the digits can be read straight from their positions.
  const year =
    (value.charCodeAt(0) - 48) * 1000 +
    (value.charCodeAt(1) - 48) * 100 +
    (value.charCodeAt(2) - 48) * 10 +
    (value.charCodeAt(3) - 48);
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    throw new RulesError(
      ErrorCode.INVALID_QUARTER,
      `${field} year ${year} is outside ${EARLIEST_YEAR}–${LATEST_YEAR}`,
      { field },
    );
  }
  return year * 4 + (value.charCodeAt(6) - 49);
}

export function quarterIndexOf(d: CalendarDate): QuarterIndex {
  return yearOf(d) * 4 + Math.floor((monthOf(d) - 1) / 3);
}

const labels = new Map<QuarterIndex, QuarterLabel>();

/** "2024-Q3" for an index; labels are built once and reused (they appear in every result). */
export function quarterLabel(index: QuarterIndex): QuarterLabel {
  let label = labels.get(index);
  if (label === undefined) {
    label = `${Math.floor(index / 4)}-Q${(index % 4) + 1}` as QuarterLabel;
    labels.set(index, label);
  }
  return label;
}

export function quarterStart(index: QuarterIndex): CalendarDate {
  return makeDate(Math.floor(index / 4), (index % 4) * 3 + 1, 1);
}

export function quarterEnd(index: QuarterIndex): CalendarDate {
  const year = Math.floor(index / 4);
  const month = (index % 4) * 3 + 3;
  return makeDate(year, month, daysInMonth(year, month));
}

/** The most recent quarter that has fully ended before `d` (the quarter before d's quarter). */
export function lastCompletedQuarter(d: CalendarDate): QuarterIndex {
  return quarterIndexOf(d) - 1;
}
