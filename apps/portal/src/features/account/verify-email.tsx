"use client";
// /verify-email: with ?token= it consumes the emailed link (once, even under React's double
// effects); without, it tells a newly signed-up person to check their inbox, with a resend.
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useMutation } from "urql";
import { Notice, StatusMessage, toMutationOutcome, useProblemMessage, useSession } from "@openleave/web";
import { useLocalizeOutcome } from "@/features/api-errors/use-api-outcome";
import { useTranslations } from "next-intl";
import { VerifyEmailMutation } from "./account-mutations";
import { ResendVerificationButton } from "./email-status";

type State =
  { kind: "checking" } | { kind: "confirmed" } | { kind: "failed"; reason: "expired" | "alreadyUsed" | string };

export function VerifyEmail({ token }: { token: string | null }) {
  return token ? <ConsumeLink token={token} /> : <CheckInbox />;
}

function ConsumeLink({ token }: { token: string }) {
  const t = useTranslations("verifyEmail");
  const problemMessage = useProblemMessage();
  const localize = useLocalizeOutcome();
  const [state, setState] = useState<State>({ kind: "checking" });
  const [, verify] = useMutation(VerifyEmailMutation);
  const sent = useRef(false);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    void verify({ token }).then((result) => {
      const outcome = toMutationOutcome(result.data?.verifyEmail, result.error);
      if (outcome.kind === "success") return setState({ kind: "confirmed" });
      if (outcome.kind === "invalid-input")
        return setState({
          kind: "failed",
          reason: outcome.issues.some((issue) => /already used/i.test(issue.message)) ? "alreadyUsed" : "expired",
        });
      setState({ kind: "failed", reason: problemMessage(localize(outcome)) });
    });
  }, [token, verify, problemMessage, localize]);

  useEffect(() => {
    if (state.kind !== "checking") panel.current?.focus();
  }, [state.kind]);

  if (state.kind === "checking") return <StatusMessage>{t("checking")}</StatusMessage>;
  return (
    <div ref={panel} tabIndex={-1}>
      {state.kind === "confirmed" ? (
        <Notice type="success" heading={t("confirmedHeading")}>
          <p>{t("confirmedBody")}</p>
          <Link className="usa-button" href="/account">
            {t("goToAccount")}
          </Link>
        </Notice>
      ) : (
        <Notice type="warning" heading={t("failedHeading")}>
          <p>
            {state.reason === "expired"
              ? t("expired")
              : state.reason === "alreadyUsed"
                ? t("alreadyUsed")
                : state.reason}
          </p>
          <ResendOrSignIn />
        </Notice>
      )}
    </div>
  );
}

function ResendOrSignIn() {
  const t = useTranslations("verifyEmail");
  const session = useSession();
  if (session.status === "signed-in")
    return session.viewer.emailVerifiedAt ? (
      <p>{t("alreadyConfirmed", { email: session.viewer.email })}</p>
    ) : (
      <ResendVerificationButton email={session.viewer.email} />
    );
  if (session.status === "signed-out")
    return (
      <p>
        <Link className="usa-link" href="/sign-in?returnTo=%2Fverify-email">
          {t("signInToResend")}
        </Link>
      </p>
    );
  return null;
}

function CheckInbox() {
  const t = useTranslations("verifyEmail");
  const session = useSession();
  if (session.status !== "signed-in") return <ResendOrSignIn />;
  const { viewer } = session;
  if (viewer.emailVerifiedAt)
    return (
      <Notice type="success" heading={t("confirmedHeading")}>
        <p>{t("alreadyConfirmed", { email: viewer.email })}</p>
        <Link className="usa-button" href="/account">
          {t("goToAccount")}
        </Link>
      </Notice>
    );
  return (
    <Notice type="info" heading={t("checkInboxHeading")}>
      <p>{t("checkInboxBody", { email: viewer.email })}</p>
      <ResendVerificationButton email={viewer.email} />
    </Notice>
  );
}
