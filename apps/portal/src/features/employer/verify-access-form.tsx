"use client";
// Step two: prove the link with a figure only the employer knows. The page always says how many
// tries are left; after the last one it offers the way to program staff instead of the form.
import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import {
  Button,
  ErrorSummary,
  type FieldErrors,
  hasErrors,
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
  EmployerLinksQuery,
  RequestVerificationHelpMutation,
  VerifyEmployerAccessMutation,
} from "./employer-documents";

const FIELDS = ["amount"] as const;
type Field = (typeof FIELDS)[number];
const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

export function VerifyAccess({ linkId }: { linkId: string }) {
  const t = useTranslations("employers");
  const format = useFormat();
  const problemMessage = useProblemMessage();
  const [result, reexecute] = useQuery({ query: EmployerLinksQuery, requestPolicy: "cache-and-network" });
  const [amount, setAmount] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [{ fetching }, verify] = useMutation(VerifyEmployerAccessMutation);
  const [help, askForHelp] = useMutation(RequestVerificationHelpMutation);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const link = result.data?.myEmployerLinks.find((candidate) => candidate.id === linkId);
  const settled = link ? link.verified || link.verificationLocked : false;

  useEffect(() => {
    if (settled) outcomeRef.current?.focus();
  }, [settled]);

  if (result.error && !result.data) {
    return (
      <QueryProblemNotice
        heading={t("dashboard.error")}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  if (!result.data) return <StatusMessage>{t("dashboard.loading")}</StatusMessage>;
  if (!link) {
    return (
      <Notice type="error" heading={t("verify.unknownLink")}>
        <p>
          <Link className="usa-link" href="/employers">
            {t("title")}
          </Link>
        </p>
      </Notice>
    );
  }
  const name = link.employer.name;
  const refetch = () => reexecute({ requestPolicy: "network-only" });

  const showProblems = (next: FieldErrors<Field>, form: string[] = []) => {
    setFieldErrors(next);
    setFormErrors(form);
    setFailedSubmits((count) => count + 1);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const cleaned = amount.replace(/[$,\s]/g, "");
    if (!cleaned) return showProblems({ amount: t("verify.amountRequired") });
    if (!AMOUNT.test(cleaned)) return showProblems({ amount: t("verify.amountInvalid") });
    const answer = await verify({ input: { leaveAdministratorId: link.id, amount: cleaned } });
    const outcome = toMutationOutcome(answer.data?.verifyEmployerAccess, answer.error);
    switch (outcome.kind) {
      case "success":
        setFieldErrors({});
        setFormErrors([]);
        refetch();
        return;
      case "invalid-input": {
        const errors = issuesToErrors(outcome.issues, FIELDS);
        return showProblems(errors.fieldErrors, hasErrors(errors.fieldErrors) ? errors.formErrors : [outcome.message]);
      }
      case "failed":
        if (outcome.code === "VERIFICATION_FAILED") {
          const left = Math.max(0, link.verificationAttemptsRemaining - 1);
          setAmount("");
          refetch();
          return showProblems({ amount: t("verify.wrongAmount", { count: left }) });
        }
        if (outcome.code === "VERIFICATION_LOCKED") return refetch();
        return showProblems({}, [problemMessage(outcome)]);
      default:
        return showProblems({}, [problemMessage(outcome)]);
    }
  };

  const requestHelp = async () => {
    if (help.fetching) return;
    const answer = await askForHelp({ input: { leaveAdministratorId: link.id } });
    const outcome = toMutationOutcome(answer.data?.requestVerificationHelp, answer.error);
    if (outcome.kind === "success") return refetch();
    showProblems({}, [problemMessage(outcome)]);
  };

  if (link.verified) {
    return (
      <div ref={outcomeRef} tabIndex={-1}>
        <Notice type="success" heading={t("verify.verifiedHeading")}>
          <p>{t("verify.verifiedBody", { name })}</p>
        </Notice>
        <p>
          <Link className="usa-button" href={`/employers/${encodeURIComponent(link.employer.id)}`}>
            {t("verify.goToDashboard")}
          </Link>
        </p>
      </div>
    );
  }

  if (link.verificationLocked) {
    return (
      <div ref={outcomeRef} tabIndex={-1}>
        <ErrorSummary items={summaryItems([], {}, formErrors)} focusKey={failedSubmits} />
        {link.helpRequestedAt ? (
          <Notice type="info" heading={t("verify.helpRequestedHeading")}>
            <p>{t("verify.helpRequestedBody", { date: format.instantDate(link.helpRequestedAt) })}</p>
          </Notice>
        ) : (
          <>
            <Notice type="warning" heading={t("verify.lockedHeading")}>
              <p>{t("verify.lockedBody")}</p>
            </Notice>
            <Button type="button" className="margin-top-2" onClick={requestHelp}>
              {help.fetching ? t("verify.askingForHelp") : t("verify.askForHelp")}
            </Button>
          </>
        )}
      </div>
    );
  }

  return (
    <>
      <p className="usa-intro">{t("verify.intro")}</p>
      <p className="text-bold" aria-live="polite">
        {t("verify.attemptsLeft", { count: link.verificationAttemptsRemaining })}
      </p>
      <form className="usa-form usa-form--large" method="post" noValidate onSubmit={handleSubmit}>
        <ErrorSummary items={summaryItems(FIELDS, fieldErrors, formErrors)} focusKey={failedSubmits} />
        <TextField
          id="amount"
          label={t("verify.amountLabel")}
          hint={t("verify.amountHint")}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={setAmount}
          error={fieldErrors.amount}
        />
        <Button type="submit">{fetching ? t("verify.submitting") : t("verify.submit")}</Button>
      </form>
    </>
  );
}

/** The page heading needs the employer's name, which only the link knows. */
export function VerifyAccessHeading({ linkId }: { linkId: string }) {
  const t = useTranslations("employers");
  const [result] = useQuery({ query: EmployerLinksQuery });
  const link = result.data?.myEmployerLinks.find((candidate) => candidate.id === linkId);
  return <h1>{link ? t("verify.title", { name: link.employer.name }) : t("verify.titleFallback")}</h1>;
}
