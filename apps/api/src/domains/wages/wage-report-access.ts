import { hasRole, isStaff, type Actor } from "../../graphql/context.ts";

/** Who may file an employer's wage reports: its verified leave administrators and program administrators. */
export function mayFileWageReports(actor: Actor | null, employerId: string): boolean {
  return (
    hasRole(actor, "PROGRAM_ADMIN") ||
    (hasRole(actor, "LEAVE_ADMIN") && !!actor?.verifiedEmployerIds.includes(employerId))
  );
}

/** Who may see an employer's wage reports: its verified leave administrators and program staff. */
export function mayViewWageReports(actor: Actor | null, employerId: string): boolean {
  return isStaff(actor) || (hasRole(actor, "LEAVE_ADMIN") && !!actor?.verifiedEmployerIds.includes(employerId));
}
