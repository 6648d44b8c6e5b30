"use client";
// "Alex Rivera · Adjudicator, Supervisor" under the page title.
import { format, useSession } from "@openleave/web";
import { useMessages } from "@/i18n/i18n-provider";
import { rolesForDisplay } from "./staff-roles";

export function StaffSummary() {
  const t = useMessages();
  const session = useSession();
  if (session.status !== "signed-in") return null;
  const roles = rolesForDisplay(session.viewer.roles).map((role) => t.roles[role]);
  return (
    <p className="text-base-dark margin-top-0">
      {format(t.home.staffLine, { name: session.viewer.name, roles: roles.join(", ") })}
    </p>
  );
}
