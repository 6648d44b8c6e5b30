// The named formats every page formats dates and numbers with, through next-intl. They are
// the same on the server and in the browser, so a page renders the same text in both.
import type { Formats } from "next-intl";

export const webFormats = {
  dateTime: {
    // Calendar dates (a leave start, a due date: the API's `Date`, "2026-12-02") have no time
    // zone. Read as midnight UTC (see calendar-date.ts) and written in UTC, they show the same
    // day everywhere; in any other zone midnight UTC can be the day before or after.
    calendarDate: { dateStyle: "long", timeZone: "UTC" },
    calendarDateShort: { dateStyle: "medium", timeZone: "UTC" },
    calendarMonth: { month: "long", year: "numeric", timeZone: "UTC" },
    weekdayLong: { weekday: "long", timeZone: "UTC" },
    weekdayNarrow: { weekday: "narrow", timeZone: "UTC" },
    // Instants (`DateTime`: when something was submitted or sent) are shown in the
    // deployment's time zone, the request configuration's `timeZone`.
    instantDate: { dateStyle: "long" },
    instantDateTime: { dateStyle: "long", timeStyle: "short" },
  },
  number: {
    // Money is a decimal string from the API ("1234.50"); Intl formats such a string exactly.
    money: { style: "currency", currency: "USD" },
    moneyWhole: { style: "currency", currency: "USD", maximumFractionDigits: 0 },
    percent: { style: "percent", maximumFractionDigits: 2 },
  },
} as const satisfies Formats;

export type WebFormats = typeof webFormats;
export type DateFormatName = keyof WebFormats["dateTime"];
export type NumberFormatName = keyof WebFormats["number"];
