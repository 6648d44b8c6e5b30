"use client";
// A claimant's requests to extend approved leave, beside the decision panel: what was asked and
// why, and for a request still pending the decision — approve through a new last day (the day
// asked for, or earlier) or decline with one of the program's reasons — with the explanation the
// claimant reads in the notice. Like the other decisions it names the claim version on screen.
import { useState, type FormEvent } from "react";
import { type ResultOf } from "gql.tada";
import { useMutation, useQuery } from "urql";
import {
  Button,
  ErrorSummary,
  type FieldErrors,
  issuesToErrors,
  summaryItems,
  toMutationOutcome,
  useFormat,
  useProblemMessage,
} from "@openleave/web";
import { useTranslations } from "next-intl";
import { ClaimLeaveExtensionsQuery, DecideLeaveExtensionMutation } from "./claim-review-query";
import type { ReviewedClaim } from "./claim-types";
import { Field } from "./field";
import { useFollowClaim } from "./use-follow-claim";

type ExtensionRequest = NonNullable<
  ResultOf<typeof ClaimLeaveExtensionsQuery>["claim"]
>["leaveExtensionRequests"][number];
type Decision = "APPROVED" | "DENIED";
type ExtensionField = "decision" | "approvedEndDate" | "reasonCode" | "explanation";
const FIELDS: ExtensionField[] = ["decision", "approvedEndDate", "reasonCode", "explanation"];

export function LeaveExtensionPanel({
  claim,
  claimState,
  refresh,
}: {
  claim: ReviewedClaim;
  claimState: string;
  refresh: () => void;
}) {
  const t = useTranslations("claim.extensions");
  const format = useFormat();
  const [message, setMessage] = useState<{ kind: "done" | "conflict"; text: string } | null>(null);
  const [result, reexecute] = useQuery({
    query: ClaimLeaveExtensionsQuery,
    variables: { id: claim.id },
    requestPolicy: "cache-and-network",
  });
  // A decision bumps the claim's version: the requests follow it.
  useFollowClaim(claimState, reexecute);
  const requests = result.data?.claim?.leaveExtensionRequests ?? [];
  if (requests.length === 0 && !message) return null;
  const reasons = claim.program.rules.denialReasons;
  const reasonLabel = (code: string | null) => reasons.find((r) => r.code === code)?.label ?? code ?? "";
  return (
    <section aria-labelledby="extensions-heading" className="decision-panel margin-top-3">
      <h2 id="extensions-heading" className="margin-top-0">
        {t("heading")}
      </h2>
      {message ? (
        <div
          className={`usa-alert usa-alert--slim ${message.kind === "done" ? "usa-alert--success" : "usa-alert--warning"}`}
          role={message.kind === "done" ? "status" : "alert"}
        >
          <div className="usa-alert__body">
            <p className="usa-alert__text">{message.text}</p>
          </div>
        </div>
      ) : null}
      <ul className="usa-list usa-list--unstyled">
        {requests.map((request) => (
          <li key={request.id} className="margin-bottom-3">
            <h3 className="margin-bottom-05">
              {t("asked", {
                date: format.calendarDate(request.requestedEndDate),
              })}
            </h3>
            <p className="margin-y-05">
              <span className="usa-tag text-no-uppercase">{t(`statuses.${request.status}`)}</span>{" "}
              {t("askedOn", {
                date: format.instantDate(request.createdAt),
                current: format.calendarDate(request.currentEndDate),
              })}
            </p>
            <blockquote className="claim-quote">{request.reason}</blockquote>
            {request.document?.downloadPath ? (
              <p className="margin-y-05">
                {t("document")}{" "}
                <a className="usa-link" href={request.document.downloadPath}>
                  {request.document.fileName}
                </a>
              </p>
            ) : null}
            {request.status === "APPROVED" && request.approvedEndDate ? (
              <p className="margin-y-05">
                {t("approvedThrough", { date: format.calendarDate(request.approvedEndDate) })}
              </p>
            ) : null}
            {request.status === "DENIED" ? (
              <p className="margin-y-05">{t("deniedFor", { reason: reasonLabel(request.denialReasonCode) })}</p>
            ) : null}
            {request.status !== "PENDING" && request.explanation ? (
              <p className="margin-y-05 text-base-dark">{request.explanation}</p>
            ) : null}
            {request.status === "PENDING" ? (
              <ExtensionDecisionForm
                key={`${request.id}-${claim.version}`}
                claim={claim}
                request={request}
                onDone={(text) => {
                  setMessage({ kind: "done", text });
                  refresh();
                }}
                onConflict={() => {
                  setMessage({ kind: "conflict", text: t("conflict") });
                  refresh();
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ExtensionDecisionForm({
  claim,
  request,
  onDone,
  onConflict,
}: {
  claim: ReviewedClaim;
  request: ExtensionRequest;
  onDone: (message: string) => void;
  onConflict: () => void;
}) {
  const t = useTranslations("claim.extensions");
  const format = useFormat();
  const problemMessage = useProblemMessage();
  const reasons = claim.program.rules.denialReasons;
  const prefix = `extension-${request.id}`;
  const [decision, setDecision] = useState<Decision | "">("");
  const [end, setEnd] = useState(request.requestedEndDate);
  const [reasonCode, setReasonCode] = useState("");
  const [explanation, setExplanation] = useState("");
  const [errors, setErrors] = useState<FieldErrors<ExtensionField>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [{ fetching }, decide] = useMutation(DecideLeaveExtensionMutation);

  const check = (): FieldErrors<ExtensionField> => {
    const found: FieldErrors<ExtensionField> = {};
    if (!decision) found.decision = t("decisionRequired");
    if (decision === "APPROVED") {
      if (!end) found.approvedEndDate = t("endRequired");
      else if (end <= request.currentEndDate || end > request.requestedEndDate)
        found.approvedEndDate = t("endOutside", {
          current: format.calendarDate(request.currentEndDate),
          requested: format.calendarDate(request.requestedEndDate),
        });
    }
    if (decision === "DENIED" && !reasonCode) found.reasonCode = t("reasonRequired");
    if (explanation.trim().length < 10) found.explanation = t("explanationRequired");
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const found = check();
    setErrors(found);
    setFormErrors([]);
    if (Object.keys(found).length > 0 || !decision) return;
    const result = await decide({
      input: {
        requestId: request.id,
        expectedVersion: claim.version,
        decision,
        approvedEndDate: decision === "APPROVED" ? end : null,
        reasonCode: decision === "DENIED" ? reasonCode : null,
        explanation: explanation.trim(),
      },
    });
    const answer = toMutationOutcome(result.data?.decideLeaveExtension, result.error);
    if (answer.kind === "success") {
      onDone(decision === "APPROVED" ? t("approved", { date: format.calendarDate(end) }) : t("denied"));
      return;
    }
    if (answer.kind === "failed" && (answer.code === "STALE_VERSION" || answer.code === "ILLEGAL_TRANSITION")) {
      onConflict();
      return;
    }
    if (answer.kind === "invalid-input") {
      const split = issuesToErrors(answer.issues, FIELDS);
      setErrors(split.fieldErrors);
      setFormErrors(split.formErrors.length ? split.formErrors : answer.issues.length ? [] : [answer.message]);
    } else setFormErrors([problemMessage(answer)]);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${prefix}-heading`}>
      <h4 id={`${prefix}-heading`} className="margin-bottom-1">
        {t("formHeading")}
      </h4>
      <ErrorSummary
        items={summaryItems(FIELDS, errors, formErrors, (field) =>
          field === "decision" ? `${prefix}-decision-APPROVED` : `${prefix}-${field}`,
        )}
        focusKey={attempt}
      />
      <fieldset className={`usa-fieldset usa-form-group${errors.decision ? " usa-form-group--error" : ""}`}>
        <legend className="usa-legend">{t("decisionLegend")}</legend>
        {errors.decision ? (
          <span className="usa-error-message" id={`${prefix}-decision-error`}>
            {errors.decision}
          </span>
        ) : null}
        {(["APPROVED", "DENIED"] as const).map((value) => (
          <div key={value} className="usa-radio">
            <input
              className="usa-radio__input"
              type="radio"
              id={`${prefix}-decision-${value}`}
              name={`${prefix}-decision`}
              value={value}
              checked={decision === value}
              onChange={() => setDecision(value)}
              aria-describedby={errors.decision ? `${prefix}-decision-error` : undefined}
            />
            <label className="usa-radio__label" htmlFor={`${prefix}-decision-${value}`}>
              {t(`decisions.${value}`)}
            </label>
          </div>
        ))}
      </fieldset>
      {decision === "APPROVED" ? (
        <Field
          id={`${prefix}-approvedEndDate`}
          label={t("endLabel")}
          hint={t("endHint", {
            current: format.calendarDate(request.currentEndDate),
            requested: format.calendarDate(request.requestedEndDate),
          })}
          error={errors.approvedEndDate}
        >
          <input className="usa-input" type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
        </Field>
      ) : null}
      {decision === "DENIED" ? (
        <Field id={`${prefix}-reasonCode`} label={t("reasonLabel")} error={errors.reasonCode}>
          <select className="usa-select" value={reasonCode} onChange={(e) => setReasonCode(e.target.value)}>
            <option value="">{t("chooseReason")}</option>
            {reasons.map((reason) => (
              <option key={reason.code} value={reason.code}>
                {reason.label} ({reason.code})
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field
        id={`${prefix}-explanation`}
        label={t("explanationLabel")}
        hint={t("explanationHint")}
        error={errors.explanation}
      >
        <textarea
          className="usa-textarea"
          rows={3}
          value={explanation}
          onChange={(e) => setExplanation(e.target.value)}
        />
      </Field>
      <Button type="submit" className="margin-top-2" disabled={fetching}>
        {fetching ? t("recording") : t("record")}
      </Button>
    </form>
  );
}
