"use client";
// Private-plan applications for staff: those waiting for a decision (oldest first) with the form
// to approve (effective dates by whole quarters) or deny, with a reason the employer reads; the
// decided ones by status, each with the plan's documents the employer sent (opened through the
// audited download); and the account of every exempt employer (owed for quarters before the
// exemption, paid for quarters it covers and owed back, the net). Supervisors and program administrators decide; the API
// checks that and the dates again, and its field messages land next to the fields.
import type { ResultOf } from "gql.tada";
import { useState, type FormEvent } from "react";
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
  toMutationOutcome,
  useFormat,
  useProblemMessage,
} from "@openleave/web";
import { useTranslations } from "next-intl";
import { Field } from "@/features/claim-review/field";
import type { PrivatePlanStatus } from "./private-plan-statuses";
import { DecidePrivatePlanMutation, ExemptEmployersQuery, PrivatePlanApplicationsQuery } from "./private-plans-query";

type Plan = ResultOf<typeof PrivatePlanApplicationsQuery>["privatePlanApplications"][number];

const FIELDS = ["decision", "effectiveFrom", "effectiveTo", "reason"] as const;
type DecideField = (typeof FIELDS)[number];

export function PrivatePlanApplications({ status, mayDecide }: { status: PrivatePlanStatus; mayDecide: boolean }) {
  const t = useTranslations("privatePlans");
  const [result, reexecute] = useQuery({ query: PrivatePlanApplicationsQuery, variables: { status } });
  const [decided, setDecided] = useState<string | null>(null);
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  let body;
  if (result.error && !result.data) {
    body = <QueryProblemNotice headingLevel="h2" heading={t("error")} error={result.error} onRetry={refresh} />;
  } else if (!result.data) {
    body = <StatusMessage>{t("loading")}</StatusMessage>;
  } else if (result.data.privatePlanApplications.length === 0) {
    body = (
      <div className="usa-summary-box" role="status">
        <div className="usa-summary-box__body">
          <p className="usa-summary-box__text margin-0">{t(`empty.${status}`)}</p>
        </div>
      </div>
    );
  } else {
    body = (
      <ul className="usa-list usa-list--unstyled">
        {result.data.privatePlanApplications.map((plan) => (
          <PlanCard
            key={plan.id}
            plan={plan}
            mayDecide={mayDecide}
            onDecided={(message) => {
              setDecided(message);
              refresh();
            }}
          />
        ))}
      </ul>
    );
  }
  return (
    <>
      <div aria-live="polite">
        {decided ? (
          <Notice type="success" slim>
            {decided}
          </Notice>
        ) : null}
      </div>
      {body}
    </>
  );
}

function PlanCard({
  plan,
  mayDecide,
  onDecided,
}: {
  plan: Plan;
  mayDecide: boolean;
  onDecided: (message: string) => void;
}) {
  const t = useTranslations("privatePlans");
  const format = useFormat();
  const headingId = `plan-${plan.id}-heading`;
  return (
    <li className="appeal-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="margin-top-0 font-heading-md">
        {t("cardTitle", { employer: plan.employer.name, state: plan.employer.jurisdiction })}
      </h2>
      <p className="margin-y-1">
        <span className="usa-tag text-no-uppercase">{t(`statuses.${plan.status as PrivatePlanStatus}`)}</span>
      </p>
      <dl className="claim-facts">
        <div className="claim-facts__row">
          <dt>{t("administrator")}</dt>
          <dd>{plan.administratorName}</dd>
        </div>
        <div className="claim-facts__row">
          <dt>{t("funding")}</dt>
          <dd>{t(`fundingKinds.${plan.funding as "INSURED"}`)}</dd>
        </div>
        <div className="claim-facts__row">
          <dt>{t("policyNumber")}</dt>
          <dd>{plan.policyNumber ?? t("none")}</dd>
        </div>
        <div className="claim-facts__row">
          <dt>{t("contact")}</dt>
          <dd className="text-break-all">
            {[plan.claimsContactPhone, plan.claimsContactEmail].filter(Boolean).join(" · ")}
          </dd>
        </div>
        <div className="claim-facts__row">
          <dt>{t("requested")}</dt>
          <dd>{format.calendarDate(plan.requestedEffectiveDate)}</dd>
        </div>
        <div className="claim-facts__row">
          <dt>{t("submitted")}</dt>
          <dd>{format.instantDate(plan.submittedAt)}</dd>
        </div>
        {plan.effectiveFrom ? (
          <div className="claim-facts__row">
            <dt>{t("effective")}</dt>
            <dd>
              {plan.effectiveTo
                ? format.calendarDateRange(plan.effectiveFrom, plan.effectiveTo)
                : t("effectiveOpen", { from: format.calendarDate(plan.effectiveFrom) })}
            </dd>
          </div>
        ) : null}
        {plan.decisionReason ? (
          <div className="claim-facts__row">
            <dt>{t("reason")}</dt>
            <dd>{plan.decisionReason}</dd>
          </div>
        ) : null}
        <div className="claim-facts__row">
          <dt>{t("documents")}</dt>
          <dd>
            <PlanDocuments documents={plan.documents} />
          </dd>
        </div>
      </dl>
      {plan.status === "SUBMITTED" ? (
        mayDecide ? (
          <DecideForm key={plan.version} plan={plan} onDecided={onDecided} />
        ) : (
          <p className="text-base-dark">{t("decideRoles")}</p>
        )
      ) : null}
    </li>
  );
}

/** The plan's documents the employer sent, each opened through the API's audited download. */
function PlanDocuments({ documents }: { documents: Plan["documents"] }) {
  const t = useTranslations("privatePlans");
  const uploaded = documents.filter((document) => document.downloadPath);
  if (uploaded.length === 0) return <>{t("noDocuments")}</>;
  return (
    <ul className="usa-list usa-list--unstyled">
      {uploaded.map((document) => (
        <li key={document.id}>
          <a className="usa-link text-break-all" href={document.downloadPath!}>
            {t("openDocument", { name: document.fileName })}
          </a>
        </li>
      ))}
    </ul>
  );
}

function DecideForm({ plan, onDecided }: { plan: Plan; onDecided: (message: string) => void }) {
  const t = useTranslations("privatePlans");
  const problemMessage = useProblemMessage();
  const [decision, setDecision] = useState<"" | "APPROVE" | "DENY">("");
  const [effectiveFrom, setFrom] = useState(plan.requestedEffectiveDate);
  const [effectiveTo, setTo] = useState("");
  const [reason, setReason] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<DecideField>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [{ fetching }, decide] = useMutation(DecidePrivatePlanMutation);
  const base = `decide-${plan.id}`;
  const idFor = (field: DecideField) => (field === "decision" ? `${base}-decision-APPROVE` : `${base}-${field}`);

  const showProblems = (next: FieldErrors<DecideField>, form: string[] = []) => {
    setFieldErrors(next);
    setFormErrors(form);
    setFailedSubmits((count) => count + 1);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const errors: FieldErrors<DecideField> = {};
    if (!decision) errors.decision = t("decisionRequired");
    if (decision === "APPROVE" && !effectiveFrom) errors.effectiveFrom = t("fromRequired");
    if (reason.trim().length < 3) errors.reason = t("reasonRequired");
    if (hasErrors(errors)) return showProblems(errors);
    const approve = decision === "APPROVE";
    const answer = await decide({
      input: {
        privatePlanId: plan.id,
        expectedVersion: plan.version,
        decision,
        effectiveFrom: approve ? effectiveFrom : null,
        effectiveTo: approve && effectiveTo ? effectiveTo : null,
        reason: reason.trim(),
      },
    });
    const outcome = toMutationOutcome(answer.data?.decidePrivatePlan, answer.error);
    if (outcome.kind === "success") {
      onDecided(t(approve ? "approved" : "denied", { employer: plan.employer.name }));
      return;
    }
    if (outcome.kind === "invalid-input") {
      const split = issuesToErrors(outcome.issues, FIELDS);
      return showProblems(split.fieldErrors, hasErrors(split.fieldErrors) ? split.formErrors : [outcome.message]);
    }
    if (outcome.kind === "failed" && outcome.code === "STALE_VERSION") return showProblems({}, [t("stale")]);
    showProblems({}, [problemMessage(outcome)]);
  };

  return (
    <form onSubmit={submit} noValidate className="margin-top-2">
      <h3 className="font-heading-sm margin-bottom-1">{t("decideHeading")}</h3>
      <ErrorSummary items={summaryItems(FIELDS, fieldErrors, formErrors, idFor)} focusKey={failedSubmits} />
      <div className={`usa-form-group${fieldErrors.decision ? " usa-form-group--error" : ""}`}>
        <fieldset
          className="usa-fieldset"
          aria-describedby={fieldErrors.decision ? `${base}-decision-error` : undefined}
        >
          <legend className={`usa-legend${fieldErrors.decision ? " usa-label--error" : ""}`}>
            {t("decisionLabel")}
          </legend>
          {fieldErrors.decision ? (
            <span className="usa-error-message" id={`${base}-decision-error`}>
              {fieldErrors.decision}
            </span>
          ) : null}
          {(["APPROVE", "DENY"] as const).map((option) => (
            <div className="usa-radio" key={option}>
              <input
                className="usa-radio__input"
                id={`${base}-decision-${option}`}
                type="radio"
                name={`${base}-decision`}
                value={option}
                checked={decision === option}
                onChange={() => setDecision(option)}
              />
              <label className="usa-radio__label" htmlFor={`${base}-decision-${option}`}>
                {t(`decisions.${option}`)}
              </label>
            </div>
          ))}
        </fieldset>
      </div>
      {decision === "APPROVE" ? (
        <>
          <Field
            id={`${base}-effectiveFrom`}
            label={t("fromLabel")}
            hint={t("fromHint")}
            error={fieldErrors.effectiveFrom}
          >
            <input className="usa-input" type="date" value={effectiveFrom} onChange={(e) => setFrom(e.target.value)} />
          </Field>
          <Field id={`${base}-effectiveTo`} label={t("toLabel")} hint={t("toHint")} error={fieldErrors.effectiveTo}>
            <input className="usa-input" type="date" value={effectiveTo} onChange={(e) => setTo(e.target.value)} />
          </Field>
        </>
      ) : null}
      <Field id={`${base}-reason`} label={t("reasonLabel")} hint={t("reasonHint")} error={fieldErrors.reason}>
        <textarea className="usa-textarea" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <Button type="submit" className="margin-top-1" disabled={fetching}>
        {fetching ? t("recording") : t("record")}
      </Button>
    </form>
  );
}

/**
 * Every exempt employer's account from its premium statements: what it owes for the quarters
 * before the exemption, what it paid for quarters the exemption now covers (owed back), the net.
 */
export function ExemptEmployers() {
  const t = useTranslations("privatePlans");
  const format = useFormat();
  const [result, reexecute] = useQuery({ query: ExemptEmployersQuery });
  if (result.error && !result.data) {
    return (
      <QueryProblemNotice
        headingLevel="h3"
        heading={t("exemptError")}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  if (!result.data) return <StatusMessage>{t("exemptLoading")}</StatusMessage>;
  const rows = result.data.exemptEmployers;
  if (rows.length === 0) return <p>{t("exemptEmpty")}</p>;
  return (
    <div className="usa-table-container--scrollable">
      <table className="usa-table usa-table--borderless usa-table--stacked">
        <caption className="usa-sr-only">{t("exemptCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("exemptEmployer")}</th>
            <th scope="col">{t("effective")}</th>
            <th scope="col">{t("owedBefore")}</th>
            <th scope="col">{t("paidWhileExempt")}</th>
            <th scope="col">{t("net")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const owedToEmployer = row.net.startsWith("-");
            return (
              <tr key={row.plan.id}>
                <th scope="row" data-label={t("exemptEmployer")}>
                  {row.plan.employer.name}
                </th>
                <td data-label={t("effective")}>
                  {row.plan.effectiveFrom
                    ? row.plan.effectiveTo
                      ? format.calendarDateRange(row.plan.effectiveFrom, row.plan.effectiveTo)
                      : t("effectiveOpen", { from: format.calendarDate(row.plan.effectiveFrom) })
                    : t("none")}
                </td>
                <td data-label={t("owedBefore")}>{format.money(row.owedBeforeExemption)}</td>
                <td data-label={t("paidWhileExempt")}>
                  {format.money(row.paidWhileExempt)}
                  <span className="display-block text-base-dark font-sans-3xs">
                    {t("exemptQuarters", { count: row.exemptQuarters })}
                  </span>
                </td>
                <td data-label={t("net")}>
                  {owedToEmployer
                    ? t("owedToEmployer", { amount: format.money(row.net.slice(1)) })
                    : t("owedByEmployer", { amount: format.money(row.net) })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
