/**
 * The entitlement window of a request, as a program's `leaveWindow` rule. Each builder takes the
 * program's documented choice once (anchor, length, label) and returns the rule.
 */
import { type ForwardYearRule, forwardYear, rollingBack12Months, rollingBack52Weeks } from "./leave-window";
import type { CalendarDate } from "../core/calendar-date";
import type { LeaveReason } from "../core/vocabulary";
import type { ValidatedRequest } from "../evaluation/request";
import type { BenefitRules } from "../programs/program";

type LeaveWindowRule = BenefitRules["leaveWindow"];

/** Start dates of the prior leaves that open years (all of them, or those for `reasons`). */
function earlierStarts(request: ValidatedRequest, reasons: readonly LeaveReason[] | undefined): CalendarDate[] {
  const starts: CalendarDate[] = [];
  for (const leave of request.priorLeave)
    if (reasons === undefined || reasons.includes(leave.leaveReason)) starts.push(leave.startDate);
  return starts;
}

export const LeaveWindows = {
  /**
   * A benefit (claim, application) year running forward from the request's `anchor`. Earlier
   * years are opened by the start dates of prior leave, which stand in for the earlier
   * applications the request does not carry. With `countedReasons`, only prior leave for those
   * reasons opens years (a program sharing its claimant's history with a sibling program).
   */
  forwardYear(
    anchor: "applicationDate" | "leaveStartDate",
    rule: ForwardYearRule,
    countedReasons?: readonly LeaveReason[],
  ): LeaveWindowRule {
    return (request) => forwardYear(request[anchor], earlierStarts(request, countedReasons), rule);
  },

  /** The 52 weeks before the first day of leave. */
  rollingBack52Weeks(label: string): LeaveWindowRule {
    return (request) => rollingBack52Weeks(request.leaveStartDate, label);
  },

  /** The 12 months before the first day of leave. */
  rollingBack12Months(label: string): LeaveWindowRule {
    return (request) => rollingBack12Months(request.leaveStartDate, label);
  },
} as const;
