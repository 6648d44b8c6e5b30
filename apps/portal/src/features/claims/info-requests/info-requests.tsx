"use client";
// Staff's requests for information, answered where they are asked: a written answer and any
// documents, sent together. Answered requests show what was sent; a lapsed one says so.
import { useState, type FormEvent } from "react";
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
import { RespondToInfoRequestMutation } from "./info-request-documents";

export interface InfoRequestItem {
  id: string;
  message: string;
  dueDate: string;
  createdAt: string;
  respondedAt?: string | null;
  response?: string | null;
  lapsedAt?: string | null;
  documents: readonly { id: string; fileName: string; downloadPath?: string | null }[];
}

export function InfoRequests({
  claimId,
  requests,
  onChanged,
}: {
  claimId: string;
  requests: readonly InfoRequestItem[];
  onChanged: () => void;
}) {
  const t = useTranslations("infoRequests");
  const format = useFormat();
  return (
    <section aria-labelledby="requests-heading">
      <h2 id="requests-heading">{t("heading")}</h2>
      {requests.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled">
          {requests.map((request) => (
            <li key={request.id} className="margin-bottom-4 info-request">
              <h3 className="margin-bottom-1">{t("askedOn", { date: format.instantDate(request.createdAt) })}</h3>
              <p className="margin-y-1 notice-body">{request.message}</p>
              {request.respondedAt ? (
                <>
                  <p className="margin-y-1 text-bold">
                    {t("answered", { date: format.instantDate(request.respondedAt) })}
                  </p>
                  {request.response ? <p className="margin-y-1 notice-body">{request.response}</p> : null}
                  {request.documents.length > 0 ? (
                    <ul className="usa-list">
                      {request.documents.map((document) => (
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
                </>
              ) : request.lapsedAt ? (
                <p className="margin-y-1 text-bold">{t("lapsed", { date: format.calendarDate(request.dueDate) })}</p>
              ) : (
                <AnswerForm claimId={claimId} request={request} onAnswered={onChanged} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const FIELDS = ["response", "documentIds"] as const;
type Field = (typeof FIELDS)[number];

function AnswerForm({
  claimId,
  request,
  onAnswered,
}: {
  claimId: string;
  request: InfoRequestItem;
  onAnswered: () => void;
}) {
  const t = useTranslations("infoRequests");
  const format = useFormat();
  const problemMessage = useProblemMessage();
  const toOutcome = useApiOutcome();
  const [response, setResponse] = useState("");
  const [attached, setAttached] = useState<{ id: string; fileName: string }[]>([]);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failures, setFailures] = useState(0);
  const [{ fetching }, respond] = useMutation(RespondToInfoRequestMutation);
  const prefix = `answer-${request.id}`;

  const show = (errors: FieldErrors<Field>, form: string[] = []) => {
    setFieldErrors(errors);
    setFormErrors(form);
    setFailures((count) => count + 1);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const text = response.trim();
    if (!text) return show({ response: attached.length ? t("responseAboutDocuments") : t("responseRequired") });
    if (text.length > 5000) return show({ response: t("responseTooLong") });
    const answer = await respond({
      input: { infoRequestId: request.id, response: text, documentIds: attached.map((document) => document.id) },
    });
    const outcome = toOutcome(answer.data?.respondToInformationRequest, answer.error);
    if (outcome.kind === "success") return onAnswered();
    if (outcome.kind === "invalid-input") {
      const mapped = issuesToErrors(outcome.issues, FIELDS);
      return show(mapped.fieldErrors, mapped.formErrors);
    }
    show({}, [problemMessage(outcome)]);
  };

  return (
    <div className="margin-top-2">
      <p className="margin-y-1 text-bold">{t("due", { date: format.calendarDate(request.dueDate) })}</p>
      <form
        id={`${prefix}-form`}
        className="usa-form usa-form--large"
        noValidate
        onSubmit={submit}
        aria-busy={fetching}
      >
        <ErrorSummary
          items={summaryItems(FIELDS, fieldErrors, formErrors, (field) =>
            field === "response" ? `${prefix}-response` : `${prefix}-upload-file`,
          )}
          focusKey={failures}
        />
        <TextAreaField
          id={`${prefix}-response`}
          label={t("responseLabel")}
          hint={t("responseHint")}
          error={fieldErrors.response}
          value={response}
          onChange={setResponse}
        />
        {fieldErrors.documentIds ? (
          <span className="usa-error-message" role="alert">
            {fieldErrors.documentIds}
          </span>
        ) : null}
      </form>
      {/* Outside the answer's form: an upload is its own action, done before sending. */}
      <DocumentUploader
        claimId={claimId}
        id={`${prefix}-upload`}
        documentType={null}
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
      {/* Submits the answer's form (the `form` attribute), so Enter and the button do the same. */}
      <button type="submit" form={`${prefix}-form`} className="usa-button" disabled={fetching}>
        {fetching ? t("sending") : t("send")}
      </button>
    </div>
  );
}
