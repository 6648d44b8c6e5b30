// The claim's history as dated steps, oldest first: submitted, the employer's response, review,
// each request for information and answer, each decision, the first payment, appeals and their
// hearings, each request to extend the leave, a withdrawal. Instants stay instants ("at"),
// calendar dates stay dates ("on").

export interface TimelineClaim {
  submittedAt?: string | null;
  withdrawnAt?: string | null;
  statusHistory: readonly { at: string; toStatus: string }[];
  employerResponses: readonly { status: string; dueDate: string; respondedAt?: string | null }[];
  infoRequests: readonly { createdAt: string; respondedAt?: string | null }[];
  determinations: readonly { outcome: string; decidedAt: string; superseded: boolean }[];
  payments: readonly { status: string; sentAt?: string | null; paidAt?: string | null }[];
  appeals: readonly {
    filedAt: string;
    hearingAt?: string | null;
    decidedAt?: string | null;
    status: string;
    outcome?: string | null;
  }[];
  leaveExtensionRequests?: readonly { createdAt: string }[];
}

export type TimelineEvent =
  | { kind: "SUBMITTED"; at: string }
  | { kind: "EMPLOYER_RESPONDED"; at: string }
  | { kind: "EMPLOYER_NO_RESPONSE"; on: string }
  | { kind: "IN_REVIEW"; at: string }
  | { kind: "INFO_REQUESTED"; at: string }
  | { kind: "INFO_ANSWERED"; at: string }
  | { kind: "DECISION"; at: string; outcome: string }
  | { kind: "FIRST_PAYMENT"; at: string }
  | { kind: "APPEAL_FILED"; at: string }
  | { kind: "HEARING"; at: string }
  | { kind: "APPEAL_DECIDED"; at: string; outcome: string }
  | { kind: "EXTENSION_REQUESTED"; at: string }
  | { kind: "WITHDRAWN"; at: string };

const sortKey = (event: TimelineEvent) => ("at" in event ? event.at : `${event.on}T23:59:59.999Z`);

export function timelineEvents(claim: TimelineClaim): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  if (claim.submittedAt) events.push({ kind: "SUBMITTED", at: claim.submittedAt });
  for (const response of claim.employerResponses) {
    if (response.respondedAt) events.push({ kind: "EMPLOYER_RESPONDED", at: response.respondedAt });
    else if (response.status === "EXPIRED") events.push({ kind: "EMPLOYER_NO_RESPONSE", on: response.dueDate });
  }
  const review = claim.statusHistory
    .filter((change) => change.toStatus === "IN_REVIEW")
    .sort((a, b) => a.at.localeCompare(b.at))[0];
  if (review) events.push({ kind: "IN_REVIEW", at: review.at });
  for (const request of claim.infoRequests) {
    events.push({ kind: "INFO_REQUESTED", at: request.createdAt });
    if (request.respondedAt) events.push({ kind: "INFO_ANSWERED", at: request.respondedAt });
  }
  for (const determination of claim.determinations) {
    events.push({ kind: "DECISION", at: determination.decidedAt, outcome: determination.outcome });
  }
  const firstPaid = claim.payments
    .map((payment) => payment.sentAt ?? payment.paidAt)
    .filter((when): when is string => Boolean(when))
    .sort()[0];
  if (firstPaid) events.push({ kind: "FIRST_PAYMENT", at: firstPaid });
  for (const appeal of claim.appeals) {
    events.push({ kind: "APPEAL_FILED", at: appeal.filedAt });
    if (appeal.hearingAt) events.push({ kind: "HEARING", at: appeal.hearingAt });
    if (appeal.decidedAt && appeal.outcome)
      events.push({ kind: "APPEAL_DECIDED", at: appeal.decidedAt, outcome: appeal.outcome });
  }
  for (const request of claim.leaveExtensionRequests ?? [])
    events.push({ kind: "EXTENSION_REQUESTED", at: request.createdAt });
  if (claim.withdrawnAt) events.push({ kind: "WITHDRAWN", at: claim.withdrawnAt });
  return events.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
}
