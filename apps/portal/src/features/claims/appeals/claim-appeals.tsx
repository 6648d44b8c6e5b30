"use client";
// Appeals on a claim: each one filed, with its status and hearing date, and — while the
// decision in force can be appealed — the form to file one: the deadline first, a reason and
// evidence. A late appeal is accepted and marked late: good cause is for the officer to judge.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { useTranslations } from "next-intl";
import {
  ErrorSummary,
  type FieldErrors,
  issuesToErrors,
  summaryItems,
  useFormat,
  useProblemMessage,
} from "@openleave/web";
import { useApiOutcome } from "@/features/api-errors/use-api-outcome";
import { DocumentUploader } from "../../documents/document-uploader";
import { TextAreaField } from "../forms/text-area-field";
import { FileClaimAppealMutation } from "./appeal-documents";

export interface AppealItem {
  id: string;
  status: "FILED" | "HEARING_SCHEDULED" | "DECIDED" | "WITHDRAWN" | "DISMISSED";
  filedAt: string;
  deadline: string;
  filedLate: boolean;
  hearingAt?: string | null;
  outcome?: string | null;
  decisionSummary?: string | null;
  decidedAt?: string | null;
  reason?: string | null;
  appellantRole: string;
  documents: readonly { id: string; fileName: string; downloadPath?: string | null }[];
}

interface ClaimAppealsProps {
  claimId: string;
  appeals: readonly AppealItem[];
  /** The appeal deadline of the decision in force, when there is one. */
  deadline: string | null;
  /** The program's today (YYYY-MM-DD), to say whether the deadline has passed. */
  today: string;
  canAppeal: boolean;
  onChanged: () => void;
}

export function ClaimAppeals({ claimId, appeals, deadline, today, canAppeal, onChanged }: ClaimAppealsProps) {
  const t = useTranslations("appeals");
  const format = useFormat();
  const open = appeals.some(
    (appeal) =>
      appeal.appellantRole === "CLAIMANT" && (appeal.status === "FILED" || appeal.status === "HEARING_SCHEDULED"),
  );
  if (appeals.length === 0 && !canAppeal) return null;
  return (
    <section aria-labelledby="appeals-heading">
      <h2 id="appeals-heading">{t("heading")}</h2>
      {appeals.map((appeal) => (
        <article key={appeal.id} className="margin-bottom-3" aria-labelledby={`appeal-${appeal.id}`}>
          <h3 id={`appeal-${appeal.id}`} className="margin-bottom-1">
            {t(appeal.appellantRole === "CLAIMANT" ? "yourAppeal" : "employerAppeal", {
              date: format.instantDate(appeal.filedAt),
            })}
          </h3>
          <p className="margin-y-05">
            <span className="usa-tag text-no-uppercase bg-primary">{t(`statuses.${appeal.status}`)}</span>
            {appeal.filedLate ? <span className="margin-left-1">{t("filedLate")}</span> : null}
          </p>
          {appeal.status === "HEARING_SCHEDULED" && appeal.hearingAt ? (
            <p className="margin-y-05 text-bold">{t("hearing", { when: format.instantDateTime(appeal.hearingAt) })}</p>
          ) : appeal.status === "FILED" ? (
            <p className="margin-y-05">{t("waitingForHearing")}</p>
          ) : null}
          {appeal.status === "DECIDED" && appeal.outcome ? (
            <p className="margin-y-05">
              {t(`outcomes.${appeal.outcome as "AFFIRMED"}`)}
              {appeal.decidedAt ? ` · ${format.instantDate(appeal.decidedAt)}` : null}
            </p>
          ) : null}
          {appeal.decisionSummary ? <p className="margin-y-05 notice-body">{appeal.decisionSummary}</p> : null}
          {appeal.reason ? (
            <details>
              <summary>{t("yourReason")}</summary>
              <p className="notice-body">{appeal.reason}</p>
            </details>
          ) : null}
          {appeal.documents.length > 0 ? (
            <ul className="usa-list">
              {appeal.documents.map((document) => (
                <li key={document.id}>
                  {document.downloadPath ? (
                    <a className="usa-link" href={document.downloadPath}>
                      {document.fileName}
                    </a>
                  ) : (
                    document.fileName
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </article>
      ))}
      {canAppeal && !open ? (
        <AppealForm claimId={claimId} deadline={deadline} today={today} onFiled={onChanged} />
      ) : null}
    </section>
  );
}

const FIELDS = ["reason", "documentIds"] as const;
type Field = (typeof FIELDS)[number];

function AppealForm({
  claimId,
  deadline,
  today,
  onFiled,
}: {
  claimId: string;
  deadline: string | null;
  today: string;
  onFiled: () => void;
}) {
  const t = useTranslations("appeals");
  const format = useFormat();
  const problemMessage = useProblemMessage();
  const toOutcome = useApiOutcome();
  const [started, setStarted] = useState(false);
  const [reason, setReason] = useState("");
  const [attached, setAttached] = useState<{ id: string; fileName: string }[]>([]);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failures, setFailures] = useState(0);
  const [{ fetching }, fileAppeal] = useMutation(FileClaimAppealMutation);
  const late = deadline !== null && today > deadline;
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening the form moves focus to its heading, so the next thing read is the deadline.
  useEffect(() => {
    if (started) heading.current?.focus();
  }, [started]);

  const show = (errors: FieldErrors<Field>, form: string[] = []) => {
    setFieldErrors(errors);
    setFormErrors(form);
    setFailures((count) => count + 1);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const text = reason.trim();
    if (text.length < 10) return show({ reason: t("reasonTooShort") });
    if (text.length > 4000) return show({ reason: t("reasonTooLong") });
    const answer = await fileAppeal({
      input: { claimId, reason: text, documentIds: attached.map((document) => document.id) },
    });
    const outcome = toOutcome(answer.data?.fileAppeal, answer.error);
    if (outcome.kind === "success") return onFiled();
    if (outcome.kind === "invalid-input") {
      const mapped = issuesToErrors(outcome.issues, FIELDS);
      return show(mapped.fieldErrors, mapped.formErrors);
    }
    show({}, [problemMessage(outcome)]);
  };

  const deadlineText = deadline ? (
    <p className="text-bold">
      {late
        ? t("deadlinePassed", { date: format.calendarDate(deadline) })
        : t("deadline", { date: format.calendarDate(deadline) })}
    </p>
  ) : null;

  if (!started) {
    return (
      <>
        <p>{t("intro")}</p>
        <button type="button" className="usa-button usa-button--outline" onClick={() => setStarted(true)}>
          {t("start")}
        </button>
      </>
    );
  }
  return (
    <div className="margin-top-2">
      <h3 id="appeal-form-heading" tabIndex={-1} ref={heading}>
        {t("formHeading")}
      </h3>
      {deadlineText}
      <form id="appeal-form" className="usa-form usa-form--large" noValidate onSubmit={submit} aria-busy={fetching}>
        <ErrorSummary
          items={summaryItems(FIELDS, fieldErrors, formErrors, (field) =>
            field === "reason" ? "appeal-reason" : "appeal-upload-file",
          )}
          focusKey={failures}
        />
        <TextAreaField
          id="appeal-reason"
          label={t("reasonLabel")}
          hint={t("reasonHint")}
          error={fieldErrors.reason}
          value={reason}
          onChange={setReason}
        />
        {fieldErrors.documentIds ? (
          <span className="usa-error-message" role="alert">
            {fieldErrors.documentIds}
          </span>
        ) : null}
      </form>
      <DocumentUploader
        claimId={claimId}
        id="appeal-upload"
        documentType="APPEAL_EVIDENCE"
        label={t("uploadLabel")}
        onUploaded={(document) => setAttached((current) => [...current, document])}
      />
      {attached.length > 0 ? (
        <>
          <p className="margin-bottom-05">{t("attachedHeading")}</p>
          <ul className="usa-list margin-top-0">
            {attached.map((document) => (
              <li key={document.id}>{document.fileName}</li>
            ))}
          </ul>
        </>
      ) : null}
      <button type="submit" form="appeal-form" className="usa-button" disabled={fetching}>
        {fetching ? t("sending") : t("send")}
      </button>
    </div>
  );
}
