"use client";
// Someone already signed in who opens the sign-in or sign-up page goes straight on: to the
// page they were headed for (a same-site path only) or the given default.
import { useEffect } from "react";
import { StatusMessage, safeReturnPath, useSession } from "@openleave/web";
import { useTranslations } from "next-intl";

export function SignedInRedirect({ to, returnTo }: { to: string; returnTo?: string }) {
  const session = useSession();
  const t = useTranslations("signIn");
  const target = safeReturnPath(returnTo, to);
  const signedIn = session.status === "signed-in";
  useEffect(() => {
    if (signedIn) window.location.replace(target);
  }, [signedIn, target]);
  return signedIn ? <StatusMessage>{t("signedInRedirecting")}</StatusMessage> : null;
}
