// The console's navigation: one list, in the order the header shows it. To add a page, add a
// line here (and its label under `layout` in both catalogs). `roles` hides a link from staff the
// API would refuse anyway, so nobody is sent to a page that can only say "not allowed"; leave it
// out for a page every staff member may open. The API still checks every permission itself.
import type { StaffRole } from "../staff/staff-roles";
import type { Messages } from "../../i18n/messages/en";

export type LayoutLabel = keyof Messages["layout"];

export interface ConsoleLink {
  href: string;
  label: LayoutLabel;
  roles?: readonly StaffRole[];
}

export const CONSOLE_LINKS: readonly ConsoleLink[] = [
  { href: "/", label: "workQueue" },
  { href: "/search", label: "findClaim" },
  { href: "/appeals", label: "appeals", roles: ["APPEALS_OFFICER", "SUPERVISOR"] },
  { href: "/grievances", label: "grievances" },
  { href: "/figures", label: "figures" },
  { href: "/dashboards", label: "dashboards", roles: ["SUPERVISOR", "PROGRAM_ADMIN"] },
  { href: "/users", label: "users", roles: ["PROGRAM_ADMIN"] },
  { href: "/payments", label: "payments" },
  { href: "/overpayments", label: "overpayments" },
  { href: "/payments/jobs", label: "jobs" },
  { href: "/private-plans", label: "privatePlans" },
];

/** The links a person with these roles sees, in header order. */
export function consoleLinksFor(roles: readonly string[]): ConsoleLink[] {
  return CONSOLE_LINKS.filter((link) => !link.roles || link.roles.some((role) => roles.includes(role)));
}
