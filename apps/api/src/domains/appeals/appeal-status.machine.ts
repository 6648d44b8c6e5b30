// The appeal lifecycle as data: which status may follow which, and who may cause it. Every
// appeal status change goes through `assertAppealTransition`; anything not listed here is an
// IllegalTransitionError. (A decision's effect on the claim is the claim machine's business:
// see `by: "appeal"` in claim-status.machine.ts.)
import type { AppealStatus } from "@openleave/db";
import { IllegalTransitionError } from "../../errors/domain-errors.ts";

/** Who causes a transition: the party that filed the appeal, or an appeals officer. */
export type AppealCause = "appellant" | "officer";

interface Transition {
  from: readonly AppealStatus[];
  to: AppealStatus;
  by: readonly AppealCause[];
}

const OPEN: readonly AppealStatus[] = ["FILED", "HEARING_SCHEDULED"];

export const APPEAL_TRANSITIONS: readonly Transition[] = [
  { from: ["FILED"], to: "HEARING_SCHEDULED", by: ["officer"] },
  // Moving a hearing to another date keeps the appeal scheduled.
  { from: ["HEARING_SCHEDULED"], to: "HEARING_SCHEDULED", by: ["officer"] },
  // A decision on the merits follows a hearing.
  { from: ["HEARING_SCHEDULED"], to: "DECIDED", by: ["officer"] },
  // The appellant may drop the appeal, and an officer may dismiss it (e.g. no good cause for
  // filing late, or no appearance at the hearing), at any point before a decision.
  { from: OPEN, to: "WITHDRAWN", by: ["appellant"] },
  { from: OPEN, to: "DISMISSED", by: ["officer"] },
];

export function canTransitionAppeal(from: AppealStatus, to: AppealStatus, by: AppealCause): boolean {
  return APPEAL_TRANSITIONS.some((t) => t.to === to && t.from.includes(from) && t.by.includes(by));
}

export function assertAppealTransition(from: AppealStatus, to: AppealStatus, by: AppealCause): void {
  if (!canTransitionAppeal(from, to, by)) throw new IllegalTransitionError("appeal", from, to);
}

export function isOpenAppeal(status: AppealStatus): boolean {
  return OPEN.includes(status);
}

export const OPEN_APPEAL_STATUSES = OPEN;
