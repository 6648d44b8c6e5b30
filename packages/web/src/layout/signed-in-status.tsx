"use client";
// The "Signed in as …" line and its sign-out button, from the shared session.
import { SignOutButton } from "../session/sign-out-button";
import { useSession } from "../session/session-provider";
import { useTranslations } from "next-intl";

export function SignedInStatus({ afterSignOut = "/" }: { afterSignOut?: string }) {
  const session = useSession();
  const t = useTranslations("layout");
  if (session.status !== "signed-in") return null;
  return (
    <p className="signed-in margin-0">
      <span className="signed-in__name">{t("signedInAs", { name: session.viewer.name })}</span>
      <SignOutButton afterSignOut={afterSignOut} />
    </p>
  );
}
