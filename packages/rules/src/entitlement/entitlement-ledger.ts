/**
 * Entitlement ledger: per-reason and combined caps on weeks of leave within a window, counted
 * from leave already taken (`priorLeave`). Usage is counted in calendar days of each prior leave
 * that fall inside the window; caps are in weeks (× 7 days).
 *
 * Reasons are grouped into buckets with their own cap (WA: medical 12, family 12; MA: medical
 * 20, family 12, servicemember caregiver 26). The combined cap covers all buckets plus any
 * reasons the program counts only toward the combined cap (NY PFL counts DBL disability leave).
 * A pregnancy extension adds weeks to the bucket holding PREGNANCY and to the combined cap
 * when the current leave or a prior leave in the window is for PREGNANCY (WA +2, CO +4);
 * pregnancy leave draws on the extension first, so the regular weeks stay available for the
 * other reasons in the same bucket (CO: 4 weeks of complications + 12 of bonding = 16).
 */
import { type CalendarDate, maxDate, minDate, toDayNumber } from "../core/calendar-date";
import type { LeaveReason } from "../core/vocabulary";
import type { LeaveWindow } from "../leave-window/leave-window";

export interface PriorLeave {
  readonly leaveReason: LeaveReason;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate;
  /** The employer the leave was taken from, when the caller tagged it. */
  readonly employer?: string | null;
}

export interface EntitlementBucket {
  readonly id: string;
  readonly reasons: readonly LeaveReason[];
  readonly weeks: number;
  /** A cap stated in days instead of weeks (CT: 12 days of family-violence leave); replaces
   * `weeks` × 7 when given. */
  readonly days?: number;
}

export interface EntitlementCaps {
  readonly buckets: readonly EntitlementBucket[];
  readonly combinedWeeks: number;
  /** Reasons this program does not pay but whose leave counts toward the combined cap. */
  readonly combinedOnlyReasons?: readonly LeaveReason[];
  readonly pregnancyExtensionWeeks?: number;
}

export interface Entitlement {
  /** Cap for the current reason's bucket, with any pregnancy extension. 0 if not covered. */
  readonly maxWeeks: number;
  readonly maxCombinedWeeks: number;
  readonly usedDaysForReason: number;
  readonly usedDaysCombined: number;
  readonly remainingDays: number;
  /** remainingDays ÷ 7, rounded down to hundredths of a week. */
  readonly remainingWeeks: number;
  readonly pregnancyExtensionApplied: boolean;
  /** Prior leaves that were ignored (reason not counted by this program). */
  readonly ignoredPriorLeaves: number;
}

export function daysInWindow(leave: PriorLeave, window: LeaveWindow): number {
  const start = maxDate(leave.startDate, window.start);
  const end = minDate(leave.endDate, window.end);
  return end < start ? 0 : toDayNumber(end) - toDayNumber(start) + 1;
}

/**
 * True when the current leave, or a prior leave overlapping the window, is for one of `reasons`:
 * for caps that change when two kinds of leave meet in one window (MD: bonding and own health in
 * one application year; DC: parental and prenatal leave in 52 weeks).
 */
export function reasonsInPlay(
  reasons: readonly LeaveReason[],
  current: LeaveReason,
  priorLeave: readonly PriorLeave[],
  window: LeaveWindow,
): boolean {
  return (
    reasons.includes(current) ||
    priorLeave.some((l) => reasons.includes(l.leaveReason) && l.endDate >= window.start && l.startDate <= window.end)
  );
}

function bucketOf(caps: EntitlementCaps, reason: LeaveReason): EntitlementBucket | undefined {
  for (const bucket of caps.buckets) if (bucket.reasons.includes(reason)) return bucket;
  return undefined;
}

export function weeksFromDays(days: number): number {
  return Math.floor((days * 100) / 7) / 100;
}

export function entitlementLedger(
  reason: LeaveReason,
  priorLeave: readonly PriorLeave[],
  window: LeaveWindow,
  caps: EntitlementCaps,
): Entitlement {
  const bucket = bucketOf(caps, reason);
  const extensionDays = (caps.pregnancyExtensionWeeks ?? 0) * 7;
  const combinedOnly = caps.combinedOnlyReasons ?? [];
  let pregnancyInPlay = reason === "PREGNANCY";
  let usedInBucket = 0;
  let usedPregnancy = 0;
  let usedCombined = 0;
  let ignored = 0;
  for (const leave of priorLeave) {
    const days = daysInWindow(leave, window);
    if (days === 0) continue;
    const leaveBucket = bucketOf(caps, leave.leaveReason);
    if (leaveBucket === undefined && !combinedOnly.includes(leave.leaveReason)) {
      ignored++;
      continue;
    }
    usedCombined += days;
    if (leave.leaveReason === "PREGNANCY" && leaveBucket !== undefined) {
      pregnancyInPlay = true;
      usedPregnancy += days;
    }
    if (bucket !== undefined && leaveBucket === bucket) usedInBucket += days;
  }
  const extensionApplies = extensionDays > 0 && pregnancyInPlay;
  const extension = extensionApplies ? extensionDays : 0;
  let maxDays = 0;
  let usedForReason = usedInBucket;
  if (bucket !== undefined) {
    maxDays = bucket.days ?? bucket.weeks * 7;
    if (reason === "PREGNANCY") {
      maxDays += extension;
    } else if (bucket === bucketOf(caps, "PREGNANCY")) {
      // Pregnancy leave draws on the extension first, leaving the regular weeks for other reasons.
      usedForReason -= Math.min(usedPregnancy, extension);
    }
  }
  const maxCombinedDays = caps.combinedWeeks * 7 + extension;
  const remainingDays =
    bucket === undefined ? 0 : Math.max(0, Math.min(maxDays - usedForReason, maxCombinedDays - usedCombined));
  return {
    maxWeeks: weeksFromDays(maxDays),
    maxCombinedWeeks: maxCombinedDays / 7,
    usedDaysForReason: usedForReason,
    usedDaysCombined: usedCombined,
    remainingDays,
    remainingWeeks: weeksFromDays(remainingDays),
    pregnancyExtensionApplied: extensionApplies,
    ignoredPriorLeaves: ignored,
  };
}
