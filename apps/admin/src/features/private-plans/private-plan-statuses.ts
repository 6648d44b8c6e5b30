// The statuses the console's private-plan tabs show (a plain module: the page, a Server
// Component, reads it, so it cannot come from a "use client" file).
export const PRIVATE_PLAN_STATUSES = ["SUBMITTED", "APPROVED", "DENIED"] as const;
export type PrivatePlanStatus = (typeof PRIVATE_PLAN_STATUSES)[number];

/** The tab a ?status= value names; waiting for a decision when it names none. */
export function privatePlanStatusFromParam(value: string | undefined): PrivatePlanStatus {
  return PRIVATE_PLAN_STATUSES.find((status) => status === value) ?? "SUBMITTED";
}
