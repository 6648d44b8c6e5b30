"use client";
// The part of the home page that belongs to the signed-in person: their claims if they are a
// claimant, their employers if they are a leave administrator.
import { Button, Notice, useSession } from "@openleave/web";
import { useTranslations } from "next-intl";
import { MyClaimsSection } from "@/features/claims/my-claims-section";
import { AdministerEmployerCallToAction, MyEmployersSection } from "@/features/employer/my-employers-section";

export function SignedInHome() {
  const t = useTranslations();
  const session = useSession();

  if (session.status === "unavailable") {
    return (
      <Notice type="warning" headingLevel="h2" heading={t("protectedPage.unavailable")} className="margin-bottom-4">
        <p>{t("errors.unreachable")}</p>
        <Button type="button" onClick={session.retry}>
          {t("common.tryAgain")}
        </Button>
      </Notice>
    );
  }
  if (session.status !== "signed-in") return null;

  const { viewer } = session;
  const isClaimant = viewer.roles.includes("CLAIMANT");
  const isLeaveAdmin = viewer.roles.includes("LEAVE_ADMIN");
  return (
    <div className="margin-bottom-4">
      <p className="font-sans-lg text-bold margin-top-0">{t("home.welcome", { name: viewer.name })}</p>
      {isClaimant && viewer.personId ? <MyClaimsSection /> : null}
      {isClaimant && !viewer.personId ? (
        <Notice type="info" headingLevel="h3" heading={t("claims.heading")}>
          <p>{t("claims.notLinked")}</p>
          <p>{t("claims.notLinkedNext")}</p>
        </Notice>
      ) : null}
      {isLeaveAdmin ? <MyEmployersSection /> : <AdministerEmployerCallToAction />}
    </div>
  );
}
