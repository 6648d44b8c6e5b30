"use client";
// The claim's leave on a calendar: each month the leave periods touch, every day marked with
// its period's decision (approved, denied, pending), so an adjudicator sees the approved part,
// the denied rest, gaps and weekends at a glance. Dates are calendar dates (no time zone): days
// are counted in UTC so that no browser shifts them.
import { useFormat } from "@openleave/web";
import { useTranslations } from "next-intl";
import type { ReviewedClaim } from "./claim-types";

type Decision = "PENDING" | "APPROVED" | "DENIED";
interface Period {
  startDate: string;
  endDate: string;
  decision: Decision;
}

/** A long leave is shown by its first months; the table above lists every period. */
const MAX_MONTHS = 12;
const DAY_MS = 86_400_000;

const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The decision of each day in a period (a later period wins on overlap, as the later decision does). */
function daysOf(periods: readonly Period[]): Map<string, Decision> {
  const days = new Map<string, Decision>();
  for (const period of periods) {
    for (let ms = utc(period.startDate); ms <= utc(period.endDate); ms += DAY_MS) days.set(isoDay(ms), period.decision);
  }
  return days;
}

/** First days of each month from the first period's month to the last one's, at most MAX_MONTHS. */
function monthsOf(periods: readonly Period[]): { months: number[]; truncated: boolean } {
  const first = new Date(Math.min(...periods.map((p) => utc(p.startDate))));
  const last = new Date(Math.max(...periods.map((p) => utc(p.endDate))));
  const months: number[] = [];
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth();
  while (year < last.getUTCFullYear() || (year === last.getUTCFullYear() && month <= last.getUTCMonth())) {
    if (months.length === MAX_MONTHS) return { months, truncated: true };
    months.push(Date.UTC(year, month, 1));
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  return { months, truncated: false };
}

/** The month's weeks, Sunday first; null for the days outside the month. */
function weeksOf(monthStart: number): (number | null)[][] {
  const start = new Date(monthStart);
  const daysInMonth = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)).getUTCDate();
  const cells: (number | null)[] = Array.from({ length: start.getUTCDay() }, () => null);
  for (let day = 0; day < daysInMonth; day++) cells.push(monthStart + day * DAY_MS);
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

export function LeaveCalendar({ periods }: { periods: ReviewedClaim["leavePeriods"] }) {
  const t = useTranslations("claim.calendar");
  const tDecision = useTranslations("claim.periodDecisions");
  const format = useFormat();
  if (periods.length === 0) return null;
  const days = daysOf(periods);
  const { months, truncated } = monthsOf(periods);
  // Any Sunday-to-Saturday week gives the weekday names in the page's language (2023-01-01 was a Sunday).
  const weekdays = Array.from({ length: 7 }, (_, i) => isoDay(Date.UTC(2023, 0, 1 + i)));
  const decisions = [...new Set(periods.map((p) => p.decision))];

  return (
    <div className="leave-calendar margin-top-3">
      <h3 className="margin-bottom-1">{t("heading")}</h3>
      <ul className="leave-calendar__legend usa-list usa-list--unstyled" aria-label={t("legend")}>
        {decisions.map((decision) => (
          <li key={decision}>
            <span className={`leave-calendar__swatch leave-day--${decision.toLowerCase()}`} aria-hidden="true" />
            {tDecision(decision)}
          </li>
        ))}
      </ul>
      <div className="leave-calendar__months">
        {months.map((monthStart) => (
          <table key={monthStart} className="leave-calendar__month">
            <caption>{format.calendarMonth(isoDay(monthStart))}</caption>
            <thead>
              <tr>
                {weekdays.map((day) => (
                  <th key={day} scope="col" abbr={format.weekday(day, "long")}>
                    {format.weekday(day, "narrow")}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeksOf(monthStart).map((week, i) => (
                <tr key={i}>
                  {week.map((ms, j) => {
                    if (ms === null) return <td key={j} />;
                    const decision = days.get(isoDay(ms));
                    return (
                      <td key={j} className={decision ? `leave-day--${decision.toLowerCase()}` : undefined}>
                        {new Date(ms).getUTCDate()}
                        {decision ? <span className="usa-sr-only">, {tDecision(decision)}</span> : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      {truncated ? <p className="text-base-dark">{t("truncated", { months: MAX_MONTHS })}</p> : null}
    </div>
  );
}
