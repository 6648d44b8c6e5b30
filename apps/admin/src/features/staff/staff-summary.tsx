"use client";
// "Alex Rivera · Adjudicator, Supervisor" under the page title.
import { useSession } from "@openleave/web";
import { useTranslations } from "next-intl";
import { rolesForDisplay } from "./staff-roles";

export function StaffSummary() {
  const t = useTranslations();
  const session = useSession();
  if (session.status !== "signed-in") return null;
  const roles = rolesForDisplay(session.viewer.roles).map((role) => t(`roles.${role}`));
  return (
    <p className="text-base-dark margin-top-0">
      {t("home.staffLine", { name: session.viewer.name, roles: roles.join(", ") })}
    </p>
  );
}
