// The docket's status filter, shared by the page (a Server Component) and the docket: kept out
// of the "use client" module, whose exports a Server Component only sees as references.
export const APPEAL_STATUSES = ["FILED", "HEARING_SCHEDULED", "DECIDED", "DISMISSED", "WITHDRAWN"] as const;
export type AppealStatusFilter = (typeof APPEAL_STATUSES)[number] | null;

export function appealStatusFromParam(value: string | undefined): AppealStatusFilter {
  return (APPEAL_STATUSES as readonly string[]).includes(value ?? "") ? (value as AppealStatusFilter) : null;
}
