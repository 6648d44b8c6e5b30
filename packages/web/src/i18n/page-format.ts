// Dates, money and numbers as a page writes them: `const format = useFormat()` in a component
// (server or client), `await getFormat()` in an async Server Component. Built on next-intl's
// formatter, so the language, the named formats and the time zone come from the request.
import { useFormatter } from "next-intl";
import { calendarDate } from "./calendar-date";

type IntlFormatter = ReturnType<typeof useFormatter>;

const DECIMAL = /^-?\d+(\.\d+)?$/;

export interface PageFormat {
  /** A calendar date ("2026-12-02") as "December 2, 2026" / "2 de diciembre de 2026"; "short": "Dec 2, 2026". */
  calendarDate(isoDate: string, style?: "long" | "short"): string;
  /** The month of a calendar date: "December 2026" / "diciembre de 2026". */
  calendarMonth(isoDate: string): string;
  /** The weekday of a calendar date: "Tuesday" / "martes"; "narrow": "T" / "M". */
  weekday(isoDate: string, style?: "long" | "narrow"): string;
  /** Two calendar dates as one range: "December 2 – 16, 2026" / "2–16 de diciembre de 2026". */
  calendarDateRange(startIsoDate: string, endIsoDate: string, style?: "long" | "short"): string;
  /** The day of an instant ("2026-11-18T03:00:00Z") in the deployment's time zone. */
  instantDate(instant: string | Date): string;
  /** Day and time of an instant in the deployment's time zone. */
  instantDateTime(instant: string | Date): string;
  /** A decimal amount of dollars ("1234.5") as "$1,234.50", exactly (never through a float). */
  money(amount: string): string;
  /** Whole dollars, rounded half away from zero: "$1,235". */
  moneyWhole(amount: string): string;
  /** A count or measure with the language's grouping: "1,234". */
  number(value: number): string;
  /** A ratio as a percentage: 0.9 or "0.9" → "90%". */
  percent(ratio: number | string): string;
  /** "A, B and C" / "A, B y C". */
  list(items: readonly string[]): string;
  /** "A, B or C" / "A, B o C". */
  alternatives(items: readonly string[]): string;
}

export function createPageFormat(format: IntlFormatter): PageFormat {
  const decimal = (amount: string): number => {
    if (!DECIMAL.test(amount)) throw new RangeError(`"${amount}" is not a decimal amount such as "1234.50".`);
    // Intl.NumberFormat reads a numeric string as an exact decimal (ECMA-402, NumberFormat v3),
    // so no float rounding happens; next-intl only types the value as a number.
    return amount as unknown as number;
  };
  const instant = (value: string | Date): Date => {
    const date = typeof value === "string" ? new Date(value) : value;
    if (Number.isNaN(date.getTime())) throw new RangeError(`"${String(value)}" is not an instant.`);
    return date;
  };
  const dateStyle = (style: "long" | "short") => (style === "long" ? "calendarDate" : "calendarDateShort");
  return {
    calendarDate: (isoDate, style = "long") => format.dateTime(calendarDate(isoDate), dateStyle(style)),
    calendarMonth: (isoDate) => format.dateTime(calendarDate(isoDate), "calendarMonth"),
    weekday: (isoDate, style = "long") =>
      format.dateTime(calendarDate(isoDate), style === "long" ? "weekdayLong" : "weekdayNarrow"),
    calendarDateRange: (start, end, style = "long") =>
      format.dateTimeRange(calendarDate(start), calendarDate(end), dateStyle(style)),
    instantDate: (value) => format.dateTime(instant(value), "instantDate"),
    instantDateTime: (value) => format.dateTime(instant(value), "instantDateTime"),
    money: (amount) => format.number(decimal(amount), "money"),
    moneyWhole: (amount) => format.number(decimal(amount), "moneyWhole"),
    number: (value) => format.number(value),
    percent: (ratio) => format.number(typeof ratio === "string" ? decimal(ratio) : ratio, "percent"),
    list: (items) => format.list(items),
    alternatives: (items) => format.list(items, { type: "disjunction" }),
  };
}

/** The page's formatter, in Client Components and in Server Components that are not async. */
export function useFormat(): PageFormat {
  return createPageFormat(useFormatter());
}
