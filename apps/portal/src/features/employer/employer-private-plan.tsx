"use client";
// A verified administrator's private-plan exemption: the employer's applications with their
// status, the plan's documents and the staff's decision (effective dates, reason), and the form
// to apply with the plan's documents (sent to the application once it exists). Which kinds
// of plan are offered comes from the API (the rules package), never from this page; the API
// checks the input again and its field messages land next to the fields.
import type { ResultOf } from "gql.tada";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import {
  Button,
  ErrorSummary,
  FormGroup,
  Label,
  type FieldErrors,
  hasErrors,
  isEmailAddress,
  issuesToErrors,
  Notice,
  QueryProblemNotice,
  StatusMessage,
  summaryItems,
  toMutationOutcome,
  useFormat,
  useProblemMessage,
} from "@openleave/web";
import { useTranslations } from "next-intl";
import { InputField, RadioGroup, SelectField } from "@/features/apply/fields";
import {
  ApplyForPrivatePlanMutation,
  EmployerPrivatePlansQuery,
  RequestEvidenceUploadMutation,
} from "./employer-documents";

type Plan = ResultOf<typeof EmployerPrivatePlansQuery>["privatePlans"][number];
type Funding = "INSURED" | "SELF_FUNDED";

const FIELDS = [
  "funding",
  "administratorName",
  "policyNumber",
  "claimsContactPhone",
  "claimsContactEmail",
  "requestedEffectiveDate",
] as const;
type Field = (typeof FIELDS)[number];

/** The first day of this quarter and of the next four, YYYY-MM-DD (exemptions start on one). */
export function quarterStarts(today: Date, count = 5): string[] {
  let year = today.getFullYear();
  let month = Math.floor(today.getMonth() / 3) * 3;
  const starts: string[] = [];
  for (let i = 0; i < count; i++) {
    starts.push(`${year}-${String(month + 1).padStart(2, "0")}-01`);
    month += 3;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  return starts;
}

export function EmployerPrivatePlan({
  employerId,
  employerName,
  now = () => new Date(),
}: {
  employerId: string;
  employerName: string;
  now?: () => Date;
}) {
  const t = useTranslations("employers.privatePlan");
  const [result, reexecute] = useQuery({ query: EmployerPrivatePlansQuery, variables: { employerId } });
  const [applied, setApplied] = useState(false);
  const [uploadProblems, setUploadProblems] = useState<string[]>([]);
  const refetch = () => reexecute({ requestPolicy: "network-only" });
  let body;
  if (result.error && !result.data) {
    body = <QueryProblemNotice heading={t("error")} error={result.error} onRetry={refetch} />;
  } else if (!result.data) {
    body = <StatusMessage>{t("loading")}</StatusMessage>;
  } else {
    const plans = result.data.privatePlans;
    const option = result.data.privatePlanOption;
    const pending = plans.some((plan) => plan.status === "SUBMITTED");
    body = (
      <>
        <div aria-live="polite">
          {applied ? (
            <Notice type="success" slim>
              {t("applied")}
            </Notice>
          ) : null}
          {uploadProblems.length ? (
            <Notice type="warning" heading={t("uploadProblemsHeading")} headingLevel="h2">
              <ul className="usa-list">
                {uploadProblems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </Notice>
          ) : null}
        </div>
        <section aria-labelledby="plans-heading">
          <h2 id="plans-heading">{t("applicationsHeading")}</h2>
          {plans.length === 0 ? (
            <p>{t("none")}</p>
          ) : (
            <ul className="usa-list usa-list--unstyled">
              {plans.map((plan) => (
                <li key={plan.id}>
                  <PlanCard plan={plan} onChanged={refetch} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="apply-heading" className="margin-top-4">
          <h2 id="apply-heading">{t("applyHeading")}</h2>
          {!option?.allowed ? (
            <p>{t("notOffered")}</p>
          ) : pending ? (
            <p>{t("waiting")}</p>
          ) : (
            <ApplyForm
              employerId={employerId}
              funding={option.funding as Funding[]}
              starts={quarterStarts(now())}
              onApplied={(problems) => {
                setApplied(true);
                setUploadProblems(problems);
                refetch();
              }}
            />
          )}
        </section>
      </>
    );
  }
  return (
    <>
      <h1>{t("title", { name: employerName })}</h1>
      <p>{t("intro")}</p>
      <p>
        <Link className="usa-link" href={`/employers/${encodeURIComponent(employerId)}/premiums`}>
          {t("premiumsLink")}
        </Link>
      </p>
      {body}
    </>
  );
}

function PlanCard({ plan, onChanged }: { plan: Plan; onChanged: () => void }) {
  const t = useTranslations("employers.privatePlan");
  const format = useFormat();
  const id = `plan-${plan.id}`;
  const tag =
    plan.status === "APPROVED" ? "bg-success-dark" : plan.status === "DENIED" ? "bg-error-dark" : "bg-base-dark";
  return (
    <article className="claim-card" aria-labelledby={id}>
      <h3 id={id} className="margin-top-0 margin-bottom-1 font-sans-md">
        {t("cardTitle", { administrator: plan.administratorName })}
      </h3>
      <p className="margin-y-05">
        <span className={`usa-tag text-no-uppercase ${tag}`}>{t(`status.${plan.status as "SUBMITTED"}`)}</span>
      </p>
      <dl className="claim-facts">
        <div>
          <dt>{t("fundingLabel")}</dt>
          <dd>{t(`fundingKinds.${plan.funding as Funding}`)}</dd>
        </div>
        {plan.policyNumber ? (
          <div>
            <dt>{t("policyNumberLabel")}</dt>
            <dd>{plan.policyNumber}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("contactLabel")}</dt>
          <dd className="text-break-all">
            {[plan.claimsContactPhone, plan.claimsContactEmail].filter(Boolean).join(" · ")}
          </dd>
        </div>
        <div>
          <dt>{t("requestedLabel")}</dt>
          <dd>{format.calendarDate(plan.requestedEffectiveDate)}</dd>
        </div>
        <div>
          <dt>{t("submittedLabel")}</dt>
          <dd>{format.instantDate(plan.submittedAt)}</dd>
        </div>
        {plan.status === "APPROVED" && plan.effectiveFrom ? (
          <div>
            <dt>{t("effectiveLabel")}</dt>
            <dd>
              {plan.effectiveTo
                ? t("effectiveRange", {
                    from: format.calendarDate(plan.effectiveFrom),
                    to: format.calendarDate(plan.effectiveTo),
                  })
                : t("effectiveFrom", { from: format.calendarDate(plan.effectiveFrom) })}
            </dd>
          </div>
        ) : null}
        {plan.decidedAt ? (
          <div>
            <dt>{t("decidedLabel")}</dt>
            <dd>{format.instantDate(plan.decidedAt)}</dd>
          </div>
        ) : null}
        {plan.decisionReason ? (
          <div>
            <dt>{t("reasonLabel")}</dt>
            <dd>{plan.decisionReason}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("documentsLabel")}</dt>
          <dd>
            {plan.documents.some((document) => document.downloadPath) ? (
              <ul className="usa-list usa-list--unstyled">
                {plan.documents
                  .filter((document) => document.downloadPath)
                  .map((document) => (
                    <li key={document.id} className="text-break-all">
                      <a className="usa-link" href={document.downloadPath!}>
                        {document.fileName}
                      </a>
                    </li>
                  ))}
              </ul>
            ) : (
              t("noDocuments")
            )}
          </dd>
        </div>
      </dl>
      {plan.status === "SUBMITTED" ? (
        <>
          <p className="usa-hint margin-bottom-0">{t("waitingHint")}</p>
          <AddPlanDocuments planId={plan.id} onSent={onChanged} />
        </>
      ) : null}
    </article>
  );
}

/**
 * Sends documents to an application that exists: each through a signed upload URL. Returns what
 * went wrong, one line per file that did not arrive.
 */
function usePlanDocumentUpload() {
  const t = useTranslations("employers.privatePlan");
  const problemMessage = useProblemMessage();
  const [progress, setProgress] = useState<string | null>(null);
  const [, requestUpload] = useMutation(RequestEvidenceUploadMutation);
  const uploadDocuments = async (privatePlanId: string, files: File[]): Promise<string[]> => {
    const problems: string[] = [];
    for (const file of files) {
      setProgress(t("uploading", { name: file.name }));
      const answer = await requestUpload({
        input: { privatePlanId, type: "PRIVATE_PLAN_DOCUMENT", fileName: file.name, sizeBytes: file.size },
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
  return { progress, uploadDocuments };
}

/** More documents for an application still waiting (or again, after one did not arrive). */
function AddPlanDocuments({ planId, onSent }: { planId: string; onSent: () => void }) {
  const t = useTranslations("employers.privatePlan");
  const [files, setFiles] = useState<File[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [sent, setSent] = useState(false);
  const { progress, uploadDocuments } = usePlanDocumentUpload();
  const inputId = `add-documents-${planId}`;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (progress) return;
    setSent(false);
    if (files.length === 0) return setProblems([t("addDocumentsRequired")]);
    const failed = await uploadDocuments(planId, files);
    setProblems(failed);
    setSent(failed.length < files.length);
    onSent();
  };
  return (
    <form className="usa-form margin-top-2" method="post" noValidate onSubmit={submit}>
      <FormGroup error={problems.length > 0}>
        <Label htmlFor={inputId} error={problems.length > 0}>
          {t("addDocumentsLabel")}
        </Label>
        <span className="usa-hint" id={`${inputId}-hint`}>
          {t("documentsHint")}
        </span>
        {problems.length ? (
          <span className="usa-error-message" id={`${inputId}-error`} role="alert">
            {problems.join(" ")}
          </span>
        ) : null}
        <input
          id={inputId}
          className="usa-file-input"
          type="file"
          multiple
          accept="application/pdf,image/png,image/jpeg"
          aria-describedby={`${inputId}-hint${problems.length ? ` ${inputId}-error` : ""}`}
          onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
        />
      </FormGroup>
      <div aria-live="polite">
        {progress ? <StatusMessage>{progress}</StatusMessage> : null}
        {sent && !progress ? <p className="text-success-dark">{t("addDocumentsSent")}</p> : null}
      </div>
      <Button type="submit" outline className="margin-top-1">
        {progress ? t("sendingDocuments") : t("addDocuments")}
      </Button>
    </form>
  );
}

function ApplyForm({
  employerId,
  funding: kinds,
  starts,
  onApplied,
}: {
  employerId: string;
  funding: Funding[];
  starts: string[];
  /** Called once the application is in, with what went wrong uploading its documents (if anything). */
  onApplied: (uploadProblems: string[]) => void;
}) {
  const t = useTranslations("employers.privatePlan");
  const format = useFormat();
  const problemMessage = useProblemMessage();
  const [funding, setFunding] = useState<string>(kinds.length === 1 ? kinds[0]! : "");
  const [administratorName, setAdministratorName] = useState("");
  const [policyNumber, setPolicyNumber] = useState("");
  const [claimsContactPhone, setPhone] = useState("");
  const [claimsContactEmail, setEmail] = useState("");
  const [requestedEffectiveDate, setStart] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [files, setFiles] = useState<File[]>([]);
  const { progress, uploadDocuments } = usePlanDocumentUpload();
  const [{ fetching }, apply] = useMutation(ApplyForPrivatePlanMutation);

  const showProblems = (next: FieldErrors<Field>, form: string[] = []) => {
    setFieldErrors(next);
    setFormErrors(form);
    setFailedSubmits((count) => count + 1);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching || progress) return;
    const errors: FieldErrors<Field> = {};
    if (!funding) errors.funding = t("fundingRequired");
    if (administratorName.trim().length < 2) errors.administratorName = t("administratorRequired");
    if (!claimsContactPhone.trim()) errors.claimsContactPhone = t("phoneRequired");
    if (claimsContactEmail.trim() && !isEmailAddress(claimsContactEmail.trim()))
      errors.claimsContactEmail = t("emailInvalid");
    if (!requestedEffectiveDate) errors.requestedEffectiveDate = t("startRequired");
    if (hasErrors(errors)) return showProblems(errors);
    const answer = await apply({
      input: {
        employerId,
        funding: funding as Funding,
        administratorName: administratorName.trim(),
        policyNumber: policyNumber.trim() || null,
        claimsContactPhone: claimsContactPhone.trim(),
        claimsContactEmail: claimsContactEmail.trim() || null,
        requestedEffectiveDate,
      },
    });
    const outcome = toMutationOutcome(answer.data?.applyForPrivatePlan, answer.error);
    if (outcome.kind === "success") {
      setFieldErrors({});
      setFormErrors([]);
      onApplied(await uploadDocuments(outcome.data.id, files));
      return;
    }
    if (outcome.kind === "invalid-input") {
      const split = issuesToErrors(outcome.issues, FIELDS);
      return showProblems(split.fieldErrors, hasErrors(split.fieldErrors) ? split.formErrors : [outcome.message]);
    }
    showProblems({}, [problemMessage(outcome)]);
  };

  return (
    <form className="usa-form usa-form--large" method="post" noValidate onSubmit={submit}>
      <p>{t("applyIntro")}</p>
      <ErrorSummary items={summaryItems(FIELDS, fieldErrors, formErrors)} focusKey={failedSubmits} />
      <RadioGroup
        id="funding"
        legend={t("fundingLabel")}
        hint={kinds.length === 1 ? t("fundingOnly", { kind: t(`fundingKinds.${kinds[0]!}`) }) : undefined}
        error={fieldErrors.funding}
        value={funding}
        onChange={setFunding}
        options={kinds.map((kind) => ({
          value: kind,
          label: t(`fundingKinds.${kind}`),
          description: t(`fundingHints.${kind}`),
        }))}
      />
      <InputField
        id="administratorName"
        label={t("administratorLabel")}
        hint={t("administratorHint")}
        error={fieldErrors.administratorName}
        value={administratorName}
        onChange={setAdministratorName}
        autoComplete="organization"
      />
      <InputField
        id="policyNumber"
        label={t("policyNumberLabel")}
        optional={t("optional")}
        error={fieldErrors.policyNumber}
        value={policyNumber}
        onChange={setPolicyNumber}
        autoComplete="off"
      />
      <InputField
        id="claimsContactPhone"
        label={t("phoneLabel")}
        hint={t("phoneHint")}
        error={fieldErrors.claimsContactPhone}
        value={claimsContactPhone}
        onChange={setPhone}
        type="tel"
        inputMode="tel"
        autoComplete="off"
        width="md"
      />
      <InputField
        id="claimsContactEmail"
        label={t("emailLabel")}
        optional={t("optional")}
        error={fieldErrors.claimsContactEmail}
        value={claimsContactEmail}
        onChange={setEmail}
        autoComplete="off"
      />
      <SelectField
        id="requestedEffectiveDate"
        label={t("startLabel")}
        hint={t("startHint")}
        error={fieldErrors.requestedEffectiveDate}
        value={requestedEffectiveDate}
        onChange={setStart}
        placeholder={t("startPlaceholder")}
        options={starts.map((start) => ({ value: start, label: format.calendarDate(start) }))}
      />
      <FormGroup>
        <Label htmlFor="planDocuments">{t("documentsInputLabel")}</Label>
        <span className="usa-hint" id="planDocuments-hint">
          {t("documentsHint")}
        </span>
        <input
          id="planDocuments"
          name="planDocuments"
          className="usa-file-input"
          type="file"
          multiple
          accept="application/pdf,image/png,image/jpeg"
          aria-describedby="planDocuments-hint"
          onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
        />
      </FormGroup>
      {progress ? <StatusMessage>{progress}</StatusMessage> : null}
      <Button type="submit" className="margin-top-2">
        {fetching || progress ? t("applying") : t("apply")}
      </Button>
    </form>
  );
}
