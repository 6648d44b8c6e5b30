"use client";
// A verified administrator's list of the employer's administrators, with invite and remove.
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import {
  Button,
  ErrorSummary,
  type FieldErrors,
  hasErrors,
  isEmailAddress,
  issuesToErrors,
  Notice,
  QueryProblemNotice,
  StatusMessage,
  summaryItems,
  TextField,
  toMutationOutcome,
  useFormat,
  useProblemMessage,
} from "@openleave/web";
import { useTranslations } from "next-intl";
import {
  EmployerAdministratorsQuery,
  InviteLeaveAdministratorMutation,
  RemoveLeaveAdministratorMutation,
} from "./employer-documents";

const FIELDS = ["email"] as const;
type Field = (typeof FIELDS)[number];

export function EmployerAdministrators({ employerId, employerName }: { employerId: string; employerName: string }) {
  const t = useTranslations("employers.administrators");
  const format = useFormat();
  const problemMessage = useProblemMessage();
  const [result, reexecute] = useQuery({ query: EmployerAdministratorsQuery, variables: { employerId } });
  const [email, setEmail] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const [invite, sendInvite] = useMutation(InviteLeaveAdministratorMutation);
  const [remove, sendRemove] = useMutation(RemoveLeaveAdministratorMutation);
  const refetch = () => reexecute({ requestPolicy: "network-only" });

  const showProblems = (next: FieldErrors<Field>, form: string[] = []) => {
    setFieldErrors(next);
    setFormErrors(form);
    setFailedSubmits((count) => count + 1);
  };

  const handleInvite = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (invite.fetching) return;
    const trimmed = email.trim();
    if (!trimmed) return showProblems({ email: t("emailRequired") });
    if (!isEmailAddress(trimmed)) return showProblems({ email: t("emailInvalid") });
    const answer = await sendInvite({ input: { employerId, email: trimmed } });
    const outcome = toMutationOutcome(answer.data?.inviteLeaveAdministrator, answer.error);
    switch (outcome.kind) {
      case "success":
        setFieldErrors({});
        setFormErrors([]);
        setEmail("");
        setStatus(t("invited", { email: outcome.data.email, date: format.instantDate(outcome.data.expiresAt) }));
        return;
      case "invalid-input": {
        const errors = issuesToErrors(outcome.issues, FIELDS);
        return showProblems(errors.fieldErrors, hasErrors(errors.fieldErrors) ? errors.formErrors : [outcome.message]);
      }
      case "failed":
        return showProblems(outcome.code === "ALREADY_ADMINISTRATOR" ? { email: t("already") } : {}, [
          ...(outcome.code === "ALREADY_ADMINISTRATOR" ? [] : [problemMessage(outcome)]),
        ]);
      default:
        return showProblems({}, [problemMessage(outcome)]);
    }
  };

  const handleRemove = async (id: string, name: string) => {
    if (remove.fetching) return;
    const answer = await sendRemove({ input: { leaveAdministratorId: id } });
    const outcome = toMutationOutcome(answer.data?.removeLeaveAdministrator, answer.error);
    if (outcome.kind === "success") {
      setStatus(t("removed", { name }));
      refetch();
      return;
    }
    showProblems({}, [problemMessage(outcome)]);
  };

  let list;
  if (result.error && !result.data) {
    list = <QueryProblemNotice heading={t("error")} error={result.error} onRetry={refetch} />;
  } else if (!result.data) {
    list = <StatusMessage>{t("loading")}</StatusMessage>;
  } else {
    list = (
      <ul className="usa-list usa-list--unstyled">
        {result.data.employerAdministrators.map((admin) => (
          <li key={admin.id} className="claim-card">
            <p className="text-bold margin-y-0">
              {admin.name} {admin.you ? `(${t("you")})` : ""}
            </p>
            <p className="margin-y-05 text-break-all">{admin.email}</p>
            <p className="margin-y-05">{admin.verified ? t("verified") : t("notVerified")}</p>
            {admin.you ? null : (
              <Button type="button" secondary onClick={() => handleRemove(admin.id, admin.name)}>
                {remove.fetching ? t("removing") : t("remove", { name: admin.name })}
              </Button>
            )}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <>
      <h1>{t("title", { name: employerName })}</h1>
      <p>{t("intro")}</p>
      <div aria-live="polite">
        {status ? (
          <Notice type="success" slim>
            {status}
          </Notice>
        ) : null}
      </div>
      {list}
      <section aria-labelledby="invite-heading" className="margin-top-4">
        <h2 id="invite-heading">{t("inviteHeading")}</h2>
        <p>{t("inviteIntro")}</p>
        <form className="usa-form usa-form--large" method="post" noValidate onSubmit={handleInvite}>
          <ErrorSummary items={summaryItems(FIELDS, fieldErrors, formErrors)} focusKey={failedSubmits} />
          <TextField
            id="email"
            label={t("emailLabel")}
            type="email"
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
            value={email}
            onChange={setEmail}
            error={fieldErrors.email}
          />
          <Button type="submit">{invite.fetching ? t("inviting") : t("invite")}</Button>
        </form>
      </section>
    </>
  );
}
