"use client";
// Asking to extend approved leave: the requests already made with their status, and — while the
// program's window is open (until its extensionRequestTime after the leave ends) and no request
// for the period waits for a decision — a form with the new last day, the reason and an
// optional document. The page only hides a form the API would refuse; the API decides.
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useMutation } from "urql";
import { useTranslations } from "next-intl";
import {
  ErrorSummary,
  type FieldErrors,
  issuesToErrors,
  Notice,
  summaryItems,
  useFormat,
  useProblemMessage,
} from "@openleave/web";
import { useApiOutcome } from "@/features/api-errors/use-api-outcome";
import { InputField, SelectField } from "../../apply/fields";
import { type ClaimantDocumentType, DocumentUploader } from "../../documents/document-uploader";
import type { ClaimPageClaim } from "../claim-page/claim-page";
import { TextAreaField } from "../forms/text-area-field";
import { addDays, isCalendarDate, localToday } from "./calendar";
import { RequestLeaveExtensionMutation } from "./manage-documents";

type Period = ClaimPageClaim["leavePeriods"][number];

/** Approved periods that may still be extended from the page, given today's date. */
export function extendablePeriods(claim: ClaimPageClaim, today: string): Period[] {
  if (claim.status !== "APPROVED" && claim.status !== "PARTIALLY_APPROVED") return [];
  const windowDays = claim.program.rules.extensionRequestTime.days;
  return claim.leavePeriods.filter(
    (period) =>
      period.decision === "APPROVED" &&
      // An approved extension is a period of its own from the next day: that one is extended.
      !claim.leavePeriods.some(
        (next) => next.decision === "APPROVED" && next.startDate === addDays(period.endDate, 1),
      ) &&
      today <= addDays(period.endDate, windowDays) &&
      !claim.leaveExtensionRequests.some((r) => r.leavePeriodId === period.id && r.status === "PENDING"),
  );
}

export function LeaveExtension({
  claim,
  onChanged,
  today = localToday(),
}: {
  claim: ClaimPageClaim;
  onChanged: () => void;
  today?: string;
}) {
  const t = useTranslations("claimManage.extension");
  const format = useFormat();
  // Kept after sending, so the confirmation stays where the focus is.
  const [sent, setSent] = useState(false);
  const sentRef = useRef<HTMLDivElement>(null);
  const decided = claim.status === "APPROVED" || claim.status === "PARTIALLY_APPROVED";
  const requests = claim.leaveExtensionRequests;
  const periods = extendablePeriods(claim, today);

  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);

  if (!decided && requests.length === 0) return null;
  return (
    <section aria-labelledby="extension-heading">
      <h2 id="extension-heading">{t("heading")}</h2>
      {requests.length > 0 ? (
        <ul className="usa-list usa-list--unstyled">
          {requests.map((request) => (
            <li key={request.id} className="margin-bottom-2" data-testid="extension-request">
              <p className="margin-y-05 text-bold">
                {t(`statuses.${request.status}`, {
                  // Staff may approve fewer days than asked for: an approval says the day approved.
                  date: format.calendarDate(request.approvedEndDate ?? request.requestedEndDate),
                })}
              </p>
              <p className="margin-y-05">
                {t("askedOn", {
                  date: format.instantDate(request.createdAt),
                  current: format.calendarDate(request.currentEndDate),
                })}
              </p>
              <p className="margin-y-05 notice-body">{request.reason}</p>
              {request.status !== "PENDING" && request.explanation ? (
                <p className="margin-y-05 notice-body">{t("staffExplanation", { text: request.explanation })}</p>
              ) : null}
              {request.document ? (
                <p className="margin-y-05">
                  {request.document.downloadPath ? (
                    <a className="usa-link" href={request.document.downloadPath}>
                      {request.document.fileName}
                    </a>
                  ) : (
                    request.document.fileName
                  )}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <div ref={sentRef} tabIndex={-1}>
        {sent ? (
          <Notice type="success" heading={t("sentHeading")} headingLevel="h3">
            <p>{t("sent")}</p>
          </Notice>
        ) : null}
      </div>
      {periods.length > 0 ? (
        <ExtensionForm
          claim={claim}
          periods={periods}
          onSent={() => {
            setSent(true);
            onChanged();
          }}
        />
      ) : decided ? (
        <p>{requests.some((r) => r.status === "PENDING") ? t("pendingOnly") : t("closed")}</p>
      ) : null}
    </section>
  );
}

/** An updated certification of the kind the leave's reason needs, or anything else. */
function documentChoices(claim: ClaimPageClaim): ClaimantDocumentType[] {
  const required = claim.program.rules.documentRequirements
    .filter((requirement) => requirement.reason === claim.leaveReason)
    .flatMap((requirement) => requirement.documentTypes) as ClaimantDocumentType[];
  return [...new Set<ClaimantDocumentType>([...required, "OTHER"])];
}

const FIELDS = ["leavePeriodId", "requestedEndDate", "reason", "documentId"] as const;
type Field = (typeof FIELDS)[number];

function ExtensionForm({ claim, periods, onSent }: { claim: ClaimPageClaim; periods: Period[]; onSent: () => void }) {
  const t = useTranslations("claimManage.extension");
  const format = useFormat();
  const problemMessage = useProblemMessage();
  const toOutcome = useApiOutcome();
  const [periodId, setPeriodId] = useState(periods.length === 1 ? periods[0]!.id : "");
  const [endDate, setEndDate] = useState("");
  const [reason, setReason] = useState("");
  const [attached, setAttached] = useState<{ id: string; fileName: string } | null>(null);
  // The uploader opens on demand: most requests need no document.
  const [addingDocument, setAddingDocument] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failures, setFailures] = useState(0);
  const [{ fetching }, request] = useMutation(RequestLeaveExtensionMutation);
  const period = periods.find((p) => p.id === periodId);
  const idFor = (field: Field) => (field === "documentId" ? "extension-upload-file" : `extension-${field}`);

  const show = (errors: FieldErrors<Field>, form: string[] = []) => {
    setFieldErrors(errors);
    setFormErrors(form);
    setFailures((count) => count + 1);
  };

  const check = (): FieldErrors<Field> => {
    const errors: FieldErrors<Field> = {};
    if (!period) errors.leavePeriodId = t("periodRequired");
    if (!endDate) errors.requestedEndDate = t("endRequired");
    else if (!isCalendarDate(endDate)) errors.requestedEndDate = t("endFormat");
    else if (period && endDate <= period.endDate)
      errors.requestedEndDate = t("endAfter", { date: format.calendarDate(period.endDate) });
    if (!reason.trim()) errors.reason = t("reasonRequired");
    else if (reason.trim().length > 2000) errors.reason = t("reasonTooLong");
    return errors;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const errors = check();
    if (Object.keys(errors).length > 0) return show(errors);
    const answer = await request({
      input: {
        leavePeriodId: periodId,
        requestedEndDate: endDate,
        reason: reason.trim(),
        documentId: attached?.id ?? null,
      },
    });
    const outcome = toOutcome(answer.data?.requestLeaveExtension, answer.error);
    if (outcome.kind === "success") return onSent();
    if (outcome.kind === "invalid-input") {
      const mapped = issuesToErrors(outcome.issues, FIELDS);
      // A document the API will not take is uploaded again: open the uploader the summary links to.
      if (mapped.fieldErrors.documentId) {
        setAttached(null);
        setAddingDocument(true);
      }
      return show(mapped.fieldErrors, mapped.formErrors);
    }
    show({}, [problemMessage(outcome)]);
  };

  return (
    <div>
      <p>{t("intro", { days: claim.program.rules.extensionRequestTime.days })}</p>
      <form id="extension-form" className="usa-form usa-form--large" noValidate onSubmit={submit} aria-busy={fetching}>
        <ErrorSummary items={summaryItems(FIELDS, fieldErrors, formErrors, idFor)} focusKey={failures} />
        {periods.length > 1 ? (
          <SelectField
            id="extension-leavePeriodId"
            label={t("periodLabel")}
            value={periodId}
            onChange={setPeriodId}
            error={fieldErrors.leavePeriodId}
            placeholder={t("periodPlaceholder")}
            options={periods.map((p) => ({ value: p.id, label: format.calendarDateRange(p.startDate, p.endDate) }))}
          />
        ) : (
          <p id="extension-leavePeriodId" tabIndex={-1}>
            {t("currentEnd", { date: format.calendarDate(periods[0]!.endDate) })}
            {fieldErrors.leavePeriodId ? (
              <span className="usa-error-message display-block">{fieldErrors.leavePeriodId}</span>
            ) : null}
          </p>
        )}
        <InputField
          id="extension-requestedEndDate"
          type="date"
          label={t("endLabel")}
          hint={t("endHint")}
          value={endDate}
          onChange={setEndDate}
          error={fieldErrors.requestedEndDate}
        />
        <TextAreaField
          id="extension-reason"
          label={t("reasonLabel")}
          hint={t("reasonHint")}
          value={reason}
          onChange={setReason}
          error={fieldErrors.reason}
        />
        {fieldErrors.documentId ? (
          <span className="usa-error-message" role="alert">
            {fieldErrors.documentId}
          </span>
        ) : null}
      </form>
      {/* Outside the request's form: an upload is its own action, done before sending. */}
      {attached ? (
        <p>
          {t("attached", { name: attached.fileName })}{" "}
          <button type="button" className="usa-button usa-button--unstyled" onClick={() => setAttached(null)}>
            {t("removeDocument")}
          </button>
        </p>
      ) : !addingDocument ? (
        <p>
          <button type="button" className="usa-button usa-button--outline" onClick={() => setAddingDocument(true)}>
            {t("addDocument")}
          </button>
        </p>
      ) : (
        <DocumentUploader
          claimId={claim.id}
          id="extension-upload"
          documentType={null}
          choices={documentChoices(claim)}
          label={t("uploadLabel")}
          onUploaded={(document) => setAttached(document)}
        />
      )}
      <button type="submit" form="extension-form" className="usa-button margin-top-2" disabled={fetching}>
        {fetching ? t("sending") : t("send")}
      </button>
    </div>
  );
}
