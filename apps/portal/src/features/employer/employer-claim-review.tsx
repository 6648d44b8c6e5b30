"use client";
// One claim as its employer may see it (no medical or family detail, SSN masked), and the
// employer's answer: the employment facts confirmed or corrected, other paid leave, then confirm
// or contest with reason codes, a comment and evidence. The API refuses an answer after the
// due date; the page then says so, naming the deadline.
import type { ResultOf } from "gql.tada";
import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useMutation, useQuery } from "urql";
import {
  Button,
  Checkbox,
  ErrorMessage,
  ErrorSummary,
  type FieldErrors,
  Fieldset,
  FormGroup,
  issuesToErrors,
  Label,
  Notice,
  QueryProblemNotice,
  Radio,
  Select,
  StatusMessage,
  summaryItems,
  Textarea,
  TextInput,
  toMutationOutcome,
  useFormat,
  useProblemMessage,
} from "@openleave/web";
import { useTranslations } from "next-intl";
import { leaveSpan } from "@/features/claims/leave-dates";
import { EmployerAppeal } from "./employer-appeal";
import { EmployerClaimQuery, RequestEvidenceUploadMutation, RespondToClaimMutation } from "./employer-documents";

const FIELDS = [
  "reportedStartDate",
  "reportedHoursPerWeek",
  "reportedLeaveStart",
  "reportedLeaveEnd",
  "otherPaidLeave",
  "decision",
  "contestReasons",
  "comment",
] as const;
type Field = (typeof FIELDS)[number];
const PAID_LEAVE_KINDS = ["SICK", "VACATION", "PTO", "SHORT_TERM_DISABILITY", "SALARY_CONTINUATION", "OTHER"] as const;
type PaidLeaveKind = (typeof PAID_LEAVE_KINDS)[number];
const HOURS = /^\d{1,3}(\.\d{1,2})?$/;
const AMOUNT = /^\d{1,9}(\.\d{1,2})?$/;

type Claim = NonNullable<ResultOf<typeof EmployerClaimQuery>["claim"]>;
type Response = Claim["employerResponses"][number];
interface PaidLeaveRow {
  key: number;
  kind: PaidLeaveKind;
  startDate: string;
  endDate: string;
  amount: string;
}

export function EmployerClaimReview({ employerId, claimId }: { employerId: string; claimId: string }) {
  const t = useTranslations("employers.review");
  const [result, reexecute] = useQuery({ query: EmployerClaimQuery, variables: { id: claimId } });
  const claim = result.data?.claim;
  const back = (
    <p>
      <Link className="usa-link" href={`/employers/${encodeURIComponent(employerId)}`}>
        {t("back", { name: claim?.employer?.name ?? "" })}
      </Link>
    </p>
  );

  if (result.error && !result.data) {
    return (
      <QueryProblemNotice
        heading={t("error")}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  if (!result.data) return <StatusMessage>{t("loading")}</StatusMessage>;
  const response = claim?.employerResponses.find((candidate) => candidate.employer.id === employerId);
  if (!claim || claim.employer?.id !== employerId) {
    return <Notice type="error" heading={t("notFound")} />;
  }
  return (
    <>
      {back}
      <h1>{t("title", { number: claim.claimNumber ?? "" })}</h1>
      <p>{t("privacy")}</p>
      {claim.privatePlanRouting ? (
        // The state neither asks for a response nor decides it: the employer's own plan does.
        <Notice type="info" heading={t("privatePlanHeading")}>
          <p>{t("privatePlan", { administrator: claim.privatePlanRouting.administratorName })}</p>
        </Notice>
      ) : null}
      <ClaimFacts claim={claim} response={response} />
      {response ? (
        <ResponseSection
          claim={claim}
          response={response}
          onAnswered={() => reexecute({ requestPolicy: "network-only" })}
        />
      ) : null}
      <EmployerAppeal
        claimId={claim.id}
        canAppeal={claim.allowedActions.includes("APPEAL")}
        determination={claim.determinations.find((d) => !d.superseded) ?? null}
        employerAppeal={claim.appeals.find((a) => a.appellantRole === "EMPLOYER") ?? null}
        onFiled={() => reexecute({ requestPolicy: "network-only" })}
      />
    </>
  );
}

function ClaimFacts({ claim, response }: { claim: Claim; response: Response | undefined }) {
  const t = useTranslations("employers");
  const format = useFormat();
  const span = leaveSpan(claim.leavePeriods);
  return (
    <section aria-labelledby="claim-facts-heading" className="margin-bottom-4">
      <h2 id="claim-facts-heading">{t("review.factsHeading")}</h2>
      {response?.status === "PENDING" ? (
        <p className="text-bold">{t("review.respondBy", { date: format.calendarDate(response.dueDate) })}</p>
      ) : null}
      <dl className="claim-facts">
        <Fact term={t("review.worker")}>
          {claim.claimant.firstName} {claim.claimant.lastName}
        </Fact>
        <Fact term={t("review.ssn")}>{claim.claimant.taxIdMasked}</Fact>
        <Fact term={t("review.program")}>{claim.program.name}</Fact>
        <Fact term={t("review.reason")}>{claim.leaveReason ? t(`reasons.${claim.leaveReason}`) : "—"}</Fact>
        <Fact term={t("review.leaveDates")}>
          {span ? format.calendarDateRange(span.start, span.end) : t("review.notStated")}
        </Fact>
        {claim.applicationDate ? (
          <Fact term={t("review.applied")}>{format.calendarDate(claim.applicationDate)}</Fact>
        ) : null}
      </dl>
      {response ? <p className="usa-hint">{t("review.dueDateBasis", { basis: response.dueDateBasis })}</p> : null}
    </section>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function ResponseSection({
  claim,
  response,
  onAnswered,
}: {
  claim: Claim;
  response: Response;
  onAnswered: () => void;
}) {
  const t = useTranslations("employers.review");
  const format = useFormat();
  const evidence = claim.documents.filter((document) => document.type === "EMPLOYER_EVIDENCE");
  if (response.status === "PENDING") return <ResponseForm claim={claim} response={response} onAnswered={onAnswered} />;
  if (response.status === "EXPIRED") {
    return (
      <Notice type="warning" heading={t("windowClosedHeading")}>
        <p>{t("expiredBody", { date: format.calendarDate(response.dueDate) })}</p>
      </Notice>
    );
  }
  const when = response.respondedAt ? format.instantDate(response.respondedAt) : "";
  return (
    <section aria-labelledby="your-response-heading">
      <h2 id="your-response-heading">{t("respondHeading")}</h2>
      <Notice type="success" headingLevel="h3" heading={t("sentHeading")}>
        <p>
          {response.status === "CONTESTED" ? t("contestedBody", { date: when }) : t("confirmedBody", { date: when })}
        </p>
      </Notice>
      <dl className="claim-facts">
        {response.contestReasons.length ? (
          <Fact term={t("yourReasons")}>
            {format.list(response.contestReasons.map((reason) => t(`contestReasons.${reason}`)))}
          </Fact>
        ) : null}
        {response.comment ? <Fact term={t("yourComment")}>{response.comment}</Fact> : null}
        {response.correctedFields.length ? (
          <Fact term={t("corrections")}>
            {format.list(
              response.correctedFields
                .filter((field): field is "startDate" | "hoursPerWeek" | "leaveDates" =>
                  ["startDate", "hoursPerWeek", "leaveDates"].includes(field),
                )
                .map((field) => t(`correctedFields.${field}`)),
            )}
          </Fact>
        ) : null}
        <Fact term={t("evidenceHeading")}>
          {evidence.length ? (
            <ul className="usa-list usa-list--unstyled">
              {evidence.map((document) => (
                <li key={document.id}>{document.fileName}</li>
              ))}
            </ul>
          ) : (
            t("noEvidence")
          )}
        </Fact>
      </dl>
    </section>
  );
}

function ResponseForm({ claim, response, onAnswered }: { claim: Claim; response: Response; onAnswered: () => void }) {
  const t = useTranslations("employers.review");
  const format = useFormat();
  const problemMessage = useProblemMessage();
  const span = leaveSpan(claim.leavePeriods);
  const [startDate, setStartDate] = useState(claim.employmentStartDate ?? "");
  const [hours, setHours] = useState(claim.regularHoursPerWeek ?? "");
  const [leaveStart, setLeaveStart] = useState(span?.start ?? "");
  const [leaveEnd, setLeaveEnd] = useState(span?.end ?? "");
  const [paidLeave, setPaidLeave] = useState<PaidLeaveRow[]>([]);
  const [decision, setDecision] = useState<"CONFIRM" | "CONTEST" | null>(null);
  const [reasons, setReasons] = useState<string[]>([]);
  const [comment, setComment] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [windowClosed, setWindowClosed] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const [{ fetching }, respond] = useMutation(RespondToClaimMutation);
  const [, requestUpload] = useMutation(RequestEvidenceUploadMutation);
  const closedRef = useRef<HTMLDivElement>(null);
  const nextKey = useRef(1);

  useEffect(() => {
    if (windowClosed) closedRef.current?.focus();
  }, [windowClosed]);

  if (windowClosed) {
    return (
      <div ref={closedRef} tabIndex={-1}>
        <Notice type="error" heading={t("windowClosedHeading")}>
          <p>{t("windowClosed", { date: format.calendarDate(response.dueDate) })}</p>
        </Notice>
      </div>
    );
  }

  const showProblems = (next: FieldErrors<Field>, form: string[] = []) => {
    setFieldErrors(next);
    setFormErrors(form);
    setFailedSubmits((count) => count + 1);
  };

  const uploadEvidence = async (): Promise<string[]> => {
    const problems: string[] = [];
    for (const file of files) {
      setProgress(t("uploading", { name: file.name }));
      const answer = await requestUpload({
        // Sent with this response, so staff weigh it with the contest.
        input: {
          claimId: claim.id,
          employerResponseId: response.id,
          type: "EMPLOYER_EVIDENCE",
          fileName: file.name,
          sizeBytes: file.size,
        },
      });
      const outcome = toMutationOutcome(answer.data?.requestDocumentUpload, answer.error);
      if (outcome.kind !== "success") {
        problems.push(t("uploadFailed", { name: file.name, reason: problemMessage(outcome) }));
        continue;
      }
      // The signed URL names the API's own origin; this site forwards /files/ to it.
      const target = new URL(outcome.data.uploadUrl);
      const put = await fetch(`${target.pathname}${target.search}`, { method: "PUT", body: file }).catch(() => null);
      if (!put?.ok) {
        const body = (await put?.json().catch(() => null)) as { error?: string } | null;
        problems.push(t("uploadFailed", { name: file.name, reason: body?.error ?? String(put?.status ?? "") }));
      }
    }
    setProgress(null);
    return problems;
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching || progress) return;
    const errors: FieldErrors<Field> = {};
    if (hours.trim() && !HOURS.test(hours.trim())) errors.reportedHoursPerWeek = t("hoursHint");
    if (!decision) errors.decision = t("decisionRequired");
    if (decision === "CONTEST" && reasons.length === 0) errors.contestReasons = t("reasonsRequired");
    if (decision === "CONTEST" && !comment.trim()) errors.comment = t("commentRequired");
    if (paidLeave.some((row) => !row.startDate || !row.endDate || (row.amount && !AMOUNT.test(row.amount)))) {
      errors.otherPaidLeave = t("otherPaidLeaveInvalid");
    }
    if (Object.keys(errors).length) return showProblems(errors);

    const answer = await respond({
      input: {
        employerResponseId: response.id,
        expectedVersion: response.version,
        decision: decision!,
        contestReasons: decision === "CONTEST" ? (reasons as Response["contestReasons"]) : [],
        comment: comment.trim() || null,
        reportedStartDate: startDate || null,
        reportedHoursPerWeek: hours.trim() || null,
        reportedLeaveStart: leaveStart || null,
        reportedLeaveEnd: leaveEnd || null,
        otherPaidLeave: paidLeave.map((row) => ({
          kind: row.kind,
          startDate: row.startDate,
          endDate: row.endDate,
          amount: row.amount || null,
        })),
      },
    });
    const outcome = toMutationOutcome(answer.data?.respondToClaim, answer.error);
    switch (outcome.kind) {
      case "success": {
        const problems = await uploadEvidence();
        if (problems.length) setFormErrors(problems);
        onAnswered();
        return;
      }
      case "invalid-input": {
        const mapped = issuesToErrors(outcome.issues, FIELDS);
        return showProblems(mapped.fieldErrors, mapped.formErrors);
      }
      case "failed":
        if (outcome.code === "RESPONSE_WINDOW_CLOSED") return setWindowClosed(true);
        if (outcome.code === "STALE_VERSION" || outcome.code === "ILLEGAL_TRANSITION") {
          return showProblems({}, [t("stale")]);
        }
        return showProblems({}, [problemMessage(outcome)]);
      default:
        return showProblems({}, [problemMessage(outcome)]);
    }
  };

  const updateRow = (key: number, change: Partial<PaidLeaveRow>) =>
    setPaidLeave((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  return (
    <section aria-labelledby="respond-heading">
      <h2 id="respond-heading">{t("respondHeading")}</h2>
      <form className="usa-form usa-form--large" method="post" noValidate onSubmit={handleSubmit}>
        <ErrorSummary items={summaryItems(FIELDS, fieldErrors, formErrors)} focusKey={failedSubmits} />
        <Fieldset legend={t("employmentHeading")} legendStyle="large">
          <p className="usa-hint">{t("employmentIntro")}</p>
          <DateField
            id="reportedStartDate"
            label={t("startDateLabel")}
            value={startDate}
            onChange={setStartDate}
            error={fieldErrors.reportedStartDate}
          />
          <FormGroup error={!!fieldErrors.reportedHoursPerWeek}>
            <Label htmlFor="reportedHoursPerWeek">{t("hoursLabel")}</Label>
            <span className="usa-hint" id="reportedHoursPerWeek-hint">
              {t("hoursHint")}
            </span>
            {fieldErrors.reportedHoursPerWeek ? (
              <ErrorMessage id="reportedHoursPerWeek-error">{fieldErrors.reportedHoursPerWeek}</ErrorMessage>
            ) : null}
            <TextInput
              id="reportedHoursPerWeek"
              name="reportedHoursPerWeek"
              type="text"
              inputMode="decimal"
              aria-describedby={`reportedHoursPerWeek-hint${fieldErrors.reportedHoursPerWeek ? " reportedHoursPerWeek-error" : ""}`}
              value={hours}
              onChange={(event) => setHours(event.target.value)}
            />
          </FormGroup>
          <DateField
            id="reportedLeaveStart"
            label={t("leaveStartLabel")}
            value={leaveStart}
            onChange={setLeaveStart}
            error={fieldErrors.reportedLeaveStart}
          />
          <DateField
            id="reportedLeaveEnd"
            label={t("leaveEndLabel")}
            value={leaveEnd}
            onChange={setLeaveEnd}
            error={fieldErrors.reportedLeaveEnd}
          />
        </Fieldset>

        <Fieldset legend={t("otherPaidLeaveHeading")} legendStyle="large" id="otherPaidLeave">
          <p className="usa-hint">{t("otherPaidLeaveIntro")}</p>
          {fieldErrors.otherPaidLeave ? <ErrorMessage>{fieldErrors.otherPaidLeave}</ErrorMessage> : null}
          {paidLeave.map((row, index) => (
            <Fieldset
              key={row.key}
              legend={t("otherPaidLeaveRow", { number: String(index + 1) })}
              className="margin-top-2"
            >
              <Label htmlFor={`paid-kind-${row.key}`}>{t("otherPaidLeaveKind")}</Label>
              <Select
                id={`paid-kind-${row.key}`}
                name={`paid-kind-${row.key}`}
                value={row.kind}
                onChange={(event) => updateRow(row.key, { kind: event.target.value as PaidLeaveKind })}
              >
                {PAID_LEAVE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`paidLeaveKinds.${kind}`)}
                  </option>
                ))}
              </Select>
              <DateField
                id={`paid-start-${row.key}`}
                label={t("otherPaidLeaveStart")}
                value={row.startDate}
                onChange={(value) => updateRow(row.key, { startDate: value })}
              />
              <DateField
                id={`paid-end-${row.key}`}
                label={t("otherPaidLeaveEnd")}
                value={row.endDate}
                onChange={(value) => updateRow(row.key, { endDate: value })}
              />
              <Label htmlFor={`paid-amount-${row.key}`}>{t("otherPaidLeaveAmount")}</Label>
              <TextInput
                id={`paid-amount-${row.key}`}
                name={`paid-amount-${row.key}`}
                type="text"
                inputMode="decimal"
                value={row.amount}
                onChange={(event) => updateRow(row.key, { amount: event.target.value })}
              />
              <Button
                type="button"
                unstyled
                className="margin-top-1"
                onClick={() => setPaidLeave((rows) => rows.filter((candidate) => candidate.key !== row.key))}
              >
                {t("removeOtherPaidLeave")}
              </Button>
            </Fieldset>
          ))}
          <Button
            type="button"
            outline
            className="margin-top-2"
            onClick={() =>
              setPaidLeave((rows) => [
                ...rows,
                { key: nextKey.current++, kind: "SICK", startDate: "", endDate: "", amount: "" },
              ])
            }
          >
            {t("addOtherPaidLeave")}
          </Button>
        </Fieldset>

        <FormGroup error={!!fieldErrors.decision}>
          <Fieldset legend={t("decisionLegend")} legendStyle="large" id="decision">
            {fieldErrors.decision ? <ErrorMessage>{fieldErrors.decision}</ErrorMessage> : null}
            <Radio
              id="decision-confirm"
              name="decision"
              value="CONFIRM"
              label={t("confirm")}
              checked={decision === "CONFIRM"}
              onChange={() => setDecision("CONFIRM")}
            />
            <Radio
              id="decision-contest"
              name="decision"
              value="CONTEST"
              label={t("contest")}
              checked={decision === "CONTEST"}
              onChange={() => setDecision("CONTEST")}
            />
          </Fieldset>
        </FormGroup>

        {decision === "CONTEST" ? (
          <FormGroup error={!!fieldErrors.contestReasons}>
            <Fieldset legend={t("reasonsLegend")} id="contestReasons">
              <span className="usa-hint">{t("reasonsHint")}</span>
              {fieldErrors.contestReasons ? <ErrorMessage>{fieldErrors.contestReasons}</ErrorMessage> : null}
              {response.contestReasonChoices.map((reason) => (
                <Checkbox
                  key={reason}
                  id={`reason-${reason}`}
                  name="contestReasons"
                  value={reason}
                  label={t(`contestReasons.${reason}`)}
                  checked={reasons.includes(reason)}
                  onChange={(event) =>
                    setReasons((current) =>
                      event.target.checked ? [...current, reason] : current.filter((r) => r !== reason),
                    )
                  }
                />
              ))}
            </Fieldset>
          </FormGroup>
        ) : null}

        <FormGroup error={!!fieldErrors.comment}>
          <Label htmlFor="comment">{t("commentLabel")}</Label>
          <span className="usa-hint" id="comment-hint">
            {t("commentHint")}
          </span>
          {fieldErrors.comment ? <ErrorMessage id="comment-error">{fieldErrors.comment}</ErrorMessage> : null}
          <Textarea
            id="comment"
            name="comment"
            aria-describedby={`comment-hint${fieldErrors.comment ? " comment-error" : ""}`}
            value={comment}
            maxLength={4000}
            onChange={(event) => setComment(event.target.value)}
          />
        </FormGroup>

        <FormGroup>
          <Label htmlFor="evidence">{t("evidenceLabel")}</Label>
          <span className="usa-hint" id="evidence-hint">
            {t("evidenceHint")}
          </span>
          <input
            id="evidence"
            name="evidence"
            className="usa-file-input"
            type="file"
            multiple
            accept="application/pdf,image/png,image/jpeg"
            aria-describedby="evidence-hint"
            onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
          />
        </FormGroup>

        {progress ? <StatusMessage>{progress}</StatusMessage> : null}
        <Button type="submit" className="margin-top-3">
          {fetching || progress ? t("submitting") : t("submit")}
        </Button>
      </form>
    </section>
  );
}

function DateField({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const t = useTranslations("employers.review");
  return (
    <FormGroup error={!!error}>
      <Label htmlFor={id}>{label}</Label>
      <span className="usa-hint" id={`${id}-hint`}>
        {t("dateHint")}
      </span>
      {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
      <input
        className={`usa-input${error ? " usa-input--error" : ""}`}
        id={id}
        name={id}
        type="date"
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </FormGroup>
  );
}
