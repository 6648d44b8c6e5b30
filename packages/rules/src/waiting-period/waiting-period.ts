/**
 * Waiting periods: the unpaid days at the start of a leave, unless a waiver applies. Programs
 * state their waivers in order (the first that applies is reported) and whether an earlier leave
 * in the same window already served the period (WA: once per claim year; MA: once per reason
 * per benefit year).
 */
import { type CalendarDate, addDays } from "../core/calendar-date";
import type { LeaveReason } from "../core/vocabulary";
import { type PriorLeave, daysInWindow } from "../entitlement/entitlement-ledger";
import type { LeaveWindow } from "../leave-window/leave-window";

export interface WaitingPeriodWaiver {
  readonly applies: boolean;
  /** Why there is no waiting period (shown in the explanation). */
  readonly because: string;
}

export interface WaitingPeriod {
  readonly days: number;
  readonly waivedBecause: string | null;
}

export function waitingPeriod(days: number, waivers: readonly WaitingPeriodWaiver[]): WaitingPeriod {
  for (const waiver of waivers) if (waiver.applies) return { days: 0, waivedBecause: waiver.because };
  return { days, waivedBecause: null };
}

/** True when a prior leave inside the window, for a reason that waits, already served the period. */
export function servedEarlierInWindow(
  priorLeave: readonly PriorLeave[],
  window: LeaveWindow,
  waits: (reason: LeaveReason) => boolean,
): boolean {
  return priorLeave.some((leave) => waits(leave.leaveReason) && daysInWindow(leave, window) > 0);
}

/**
 * True when an earlier leave for one of `reasons` ended before `leaveStart` and at most `days`
 * days before it: a recurrence that continues the earlier period of disability, so no new
 * waiting period (CA DI 60 days, PR 90 days; HI passes its gap + 1). The request does not carry
 * causes, so the earlier disability is taken to be the same or related.
 */
export function recurrenceWithinDays(
  priorLeave: readonly PriorLeave[],
  reasons: readonly LeaveReason[],
  leaveStart: CalendarDate,
  days: number,
): boolean {
  return priorLeave.some(
    (l) => reasons.includes(l.leaveReason) && l.endDate < leaveStart && addDays(l.endDate, days) >= leaveStart,
  );
}
