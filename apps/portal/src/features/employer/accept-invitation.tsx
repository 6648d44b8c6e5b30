"use client";
// Opening the link from an invitation email: one button, for the account the invitation was for.
import Link from "next/link";
import { useState } from "react";
import { useMutation } from "urql";
import { Button, Notice, toMutationOutcome, useProblemMessage } from "@openleave/web";
import { useTranslations } from "next-intl";
import { AcceptLeaveAdministratorInvitationMutation } from "./employer-documents";

export function AcceptInvitation({ token }: { token: string | null }) {
  const t = useTranslations("employers.acceptInvitation");
  const problemMessage = useProblemMessage();
  const [{ fetching }, accept] = useMutation(AcceptLeaveAdministratorInvitationMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [employer, setEmployer] = useState<{ id: string; name: string } | null>(null);

  if (!token) return <Notice type="error" heading={t("missingToken")} />;
  if (employer) {
    return (
      <Notice type="success" heading={t("acceptedHeading", { name: employer.name })}>
        <p>
          <Link className="usa-link" href={`/employers/${encodeURIComponent(employer.id)}`}>
            {t("seeClaims")}
          </Link>
        </p>
      </Notice>
    );
  }
  const handleAccept = async () => {
    if (fetching) return;
    const answer = await accept({ input: { token } });
    const outcome = toMutationOutcome(answer.data?.acceptLeaveAdministratorInvitation, answer.error);
    if (outcome.kind === "success") return setEmployer(outcome.data.employer);
    if (outcome.kind === "failed" && outcome.code === "INVITATION_NOT_VALID") return setProblem(t("notValid"));
    if (outcome.kind === "failed" && outcome.code === "INVITATION_FOR_ANOTHER_ADDRESS") {
      return setProblem(t("otherAddress"));
    }
    setProblem(problemMessage(outcome));
  };
  return (
    <>
      <p className="usa-intro">{t("intro")}</p>
      <div role="alert">{problem ? <Notice type="error">{problem}</Notice> : null}</div>
      <Button type="button" onClick={handleAccept} className="margin-top-2">
        {fetching ? t("accepting") : t("accept")}
      </Button>
    </>
  );
}
