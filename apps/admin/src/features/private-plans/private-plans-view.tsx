"use client";
import { useSession } from "@openleave/web";
import { useTranslations } from "next-intl";
import { ExemptEmployers, PrivatePlanApplications } from "./private-plan-applications";
import type { PrivatePlanStatus } from "./private-plan-statuses";

// The API lets supervisors and program administrators decide; others see the applications only.
const DECIDERS = ["SUPERVISOR", "PROGRAM_ADMIN"];

export function PrivatePlansView({ status }: { status: PrivatePlanStatus }) {
  const t = useTranslations("privatePlans");
  const session = useSession();
  const roles: readonly string[] = session.status === "signed-in" ? session.viewer.roles : [];
  return (
    <>
      <PrivatePlanApplications status={status} mayDecide={roles.some((role) => DECIDERS.includes(role))} />
      <section aria-labelledby="exempt-heading" className="margin-top-4">
        <h2 id="exempt-heading">{t("exemptHeading")}</h2>
        <p>{t("exemptIntro")}</p>
        <ExemptEmployers />
      </section>
    </>
  );
}
