// Who may use the staff console. The API enforces every permission itself; this only decides
// whether to show the console or the "this console is for program staff" page.

export const STAFF_ROLES = ["ADJUDICATOR", "SUPERVISOR", "APPEALS_OFFICER", "PROGRAM_ADMIN"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(role: string): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}

export function isStaff(roles: readonly string[]): boolean {
  return roles.some(isStaffRole);
}

/** Staff roles first (in STAFF_ROLES order), then any others, so the most relevant shows first. */
export function rolesForDisplay<TRole extends string>(roles: readonly TRole[]): TRole[] {
  const rank = (role: string) => {
    const index = (STAFF_ROLES as readonly string[]).indexOf(role);
    return index === -1 ? STAFF_ROLES.length : index;
  };
  return [...roles].sort((a, b) => rank(a) - rank(b));
}
