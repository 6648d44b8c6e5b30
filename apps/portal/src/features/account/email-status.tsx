"use client";
import { useState } from "react";
import { useMutation } from "urql";
import { Button, StatusMessage, useProblemMessage, type Viewer } from "@openleave/web";
import { useApiOutcome } from "@/features/api-errors/use-api-outcome";
import { useTranslations } from "next-intl";
import { ResendVerificationEmailMutation } from "./account-mutations";

/** "Send a new link", with what happened said in a live region. */
export function ResendVerificationButton({ email }: { email: string }) {
  const t = useTranslations("verifyEmail");
  const problemMessage = useProblemMessage();
  const toOutcome = useApiOutcome();
  const [{ fetching }, resend] = useMutation(ResendVerificationEmailMutation);
  const [message, setMessage] = useState<string>();

  const onClick = async () => {
    if (fetching) return;
    const result = await resend({});
    const outcome = toOutcome(result.data?.resendVerificationEmail, result.error);
    if (outcome.kind === "success")
      setMessage(outcome.data ? t("resent", { email }) : t("alreadyConfirmed", { email }));
    else if (outcome.kind === "rate-limited") setMessage(t("tooManyResends"));
    else setMessage(problemMessage(outcome));
  };

  return (
    <>
      <Button type="button" outline onClick={onClick}>
        {fetching ? t("resending") : t("resend")}
      </Button>
      <div aria-live="polite">{message ? <StatusMessage>{message}</StatusMessage> : null}</div>
    </>
  );
}

/** The account page's line about the email address: confirmed, or how to confirm it. */
export function EmailStatus({ viewer }: { viewer: Viewer }) {
  const t = useTranslations("verifyEmail");
  return (
    <div>
      <dt>{t("statusLabel")}</dt>
      <dd>
        {viewer.email} —{" "}
        {viewer.emailVerifiedAt ? (
          <strong>{t("statusConfirmed")}</strong>
        ) : (
          <>
            <strong>{t("statusPending")}</strong>
            <ResendVerificationButton email={viewer.email} />
          </>
        )}
      </dd>
    </div>
  );
}
