"use client";
// One employer contest, for review: the employer's reasons, its own words and the evidence it
// attached (each opens in a new tab through the audited download), the claim's facts, and the
// finding form: the decision stands, or the claim goes back to adjudication. The finding names
// the response version on screen; if someone recorded one meanwhile, the page says so and shows it.
import type { ResultOf } from "gql.tada";
import Link from "next/link";
import { useCallback, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import {
  Button,
  ErrorSummary,
  issuesToErrors,
  QueryProblemNotice,
  StatusMessage,
  summaryItems,
  toMutationOutcome,
  useFormat,
  useProblemMessage,
  useSession,
  type FieldErrors,
} from "@openleave/web";
import { useTranslations } from "next-intl";
import { Field } from "@/features/claim-review/field";
import { Facts, Section } from "@/features/claim-review/section";
import { EmployerGrievanceQuery, RecordGrievanceFindingMutation } from "./grievances-query";

type Data = ResultOf<typeof EmployerGrievanceQuery>;
type Grievance = NonNullable<Data["employerGrievance"]>;
type Reason = Data["grievanceFindingReasons"][number];
type Outcome = "UPHELD" | "RETURNED_TO_REVIEW";
type FindingField = "outcome" | "reasonCode" | "findings";
const FINDING_FIELDS: FindingField[] = ["outcome", "reasonCode", "findings"];
/** Who records findings (the API checks it too): the staff who work the grievance queue. */
const DECIDING_ROLES = ["SUPERVISOR", "PROGRAM_ADMIN"];

export function GrievanceReview({ id }: { id: string }) {
  const t = useTranslations();
  const [result, reexecute] = useQuery({ query: EmployerGrievanceQuery, variables: { id } });
  const refresh = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  const [done, setDone] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);

  if (result.error && !result.data) {
    return (
      <>
        <h1>{t("grievances.reviewTitleUnknown")}</h1>
        <QueryProblemNotice
          headingLevel="h2"
          heading={t("grievances.loadError")}
          error={result.error}
          onRetry={refresh}
        />
      </>
    );
  }
  if (!result.data) return <StatusMessage>{t("grievances.loadingOne")}</StatusMessage>;
  const grievance = result.data.employerGrievance;
  if (!grievance) {
    return (
      <>
        <h1>{t("grievances.notFoundTitle")}</h1>
        <p>{t("grievances.notFoundBody")}</p>
        <Link className="usa-link" href="/grievances">
          {t("grievances.backToQueue")}
        </Link>
      </>
    );
  }
  const number = grievance.claim.claimNumber ?? t("claim.noNumber");
  const name = `${grievance.claim.claimant.firstName} ${grievance.claim.claimant.lastName}`;
  return (
    <>
      <nav aria-label={t("claim.breadcrumb")} className="usa-breadcrumb padding-top-0">
        <ol className="usa-breadcrumb__list">
          <li className="usa-breadcrumb__list-item">
            <Link className="usa-breadcrumb__link" href="/grievances">
              {t("layout.grievances")}
            </Link>
          </li>
          <li className="usa-breadcrumb__list-item usa-current" aria-current="page">
            {number}
          </li>
        </ol>
      </nav>
      <h1 className="margin-top-0">{t("grievances.reviewTitle", { number, name })}</h1>
      <div className="grid-row grid-gap-lg">
        <div className="desktop:grid-col-8">
          <ContestSection grievance={grievance} />
          <ClaimFactsSection grievance={grievance} />
        </div>
        <div className="desktop:grid-col-4">
          <section aria-labelledby="finding-heading" className="decision-panel">
            <h2 id="finding-heading" className="margin-top-0">
              {t("grievances.findingHeading")}
            </h2>
            {done ? (
              <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
                <div className="usa-alert__body">
                  <p className="usa-alert__text">{done}</p>
                </div>
              </div>
            ) : null}
            {conflict ? (
              <div className="usa-alert usa-alert--warning usa-alert--slim" role="alert">
                <div className="usa-alert__body">
                  <p className="usa-alert__text">{t("grievances.conflict")}</p>
                </div>
              </div>
            ) : null}
            {grievance.grievanceFinding ? (
              <RecordedFinding grievance={grievance} />
            ) : (
              <FindingForm
                key={grievance.version}
                grievance={grievance}
                reasons={result.data.grievanceFindingReasons}
                onDone={(message) => {
                  setConflict(false);
                  setDone(message);
                  refresh();
                }}
                onConflict={() => {
                  setDone(null);
                  setConflict(true);
                  refresh();
                }}
              />
            )}
          </section>
        </div>
      </div>
    </>
  );
}

function ContestSection({ grievance }: { grievance: Grievance }) {
  const t = useTranslations();
  const format = useFormat();
  const none = t("claim.none");
  return (
    <Section id="contest" title={t("grievances.contestHeading", { employer: grievance.employer.name })}>
      <Facts
        items={[
          [t("grievances.contestedOn"), grievance.respondedAt ? format.instantDate(grievance.respondedAt) : none],
          [
            t("grievances.reasons"),
            format.list(grievance.contestReasons.map((reason) => t(`claim.contestReasons.${reason}`))),
          ],
          [
            t("grievances.reportedLeave"),
            grievance.reportedLeaveStart && grievance.reportedLeaveEnd
              ? format.calendarDateRange(grievance.reportedLeaveStart, grievance.reportedLeaveEnd, "short")
              : none,
          ],
          [
            t("grievances.reportedStart"),
            grievance.reportedStartDate ? format.calendarDate(grievance.reportedStartDate, "short") : none,
          ],
          [t("grievances.reportedHours"), grievance.reportedHoursPerWeek ?? none],
        ]}
      />
      <h3>{t("grievances.commentHeading")}</h3>
      <p className="text-base-dark margin-top-0">{t("grievances.commentPrivate")}</p>
      {grievance.comment ? <blockquote className="claim-quote">{grievance.comment}</blockquote> : <p>{none}</p>}
      <h3>{t("grievances.evidenceHeading")}</h3>
      {grievance.documents.length === 0 ? (
        <p>{t("grievances.noEvidence")}</p>
      ) : (
        <ul className="usa-list">
          {grievance.documents.map((document) => (
            <li key={document.id}>
              {document.downloadPath ? (
                <a className="usa-link" href={document.downloadPath} target="_blank" rel="noreferrer">
                  {t("grievances.openEvidence", { name: document.fileName })}
                </a>
              ) : (
                <span>
                  {document.fileName} ({t("grievances.notUploaded")})
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function ClaimFactsSection({ grievance }: { grievance: Grievance }) {
  const t = useTranslations();
  const format = useFormat();
  const claim = grievance.claim;
  const current = claim.determinations.find((d) => !d.superseded);
  return (
    <Section id="claim-facts" title={t("grievances.claimHeading")}>
      <Facts
        items={[
          [t("grievances.claimStatus"), t(`claim.statuses.${claim.status}`)],
          [
            t("grievances.leaveReason"),
            claim.leaveReason ? t(`claim.leaveReasons.${claim.leaveReason}`) : t("claim.none"),
          ],
          [
            t("grievances.claimedLeave"),
            claim.leavePeriods.length
              ? format.list(
                  claim.leavePeriods.map(
                    (p) =>
                      `${format.calendarDateRange(p.startDate, p.endDate, "short")} (${t(`claim.periodDecisions.${p.decision}`)})`,
                  ),
                )
              : t("claim.none"),
          ],
          [
            t("grievances.claimedStart"),
            claim.employmentStartDate ? format.calendarDate(claim.employmentStartDate, "short") : t("claim.none"),
          ],
          [t("grievances.claimedHours"), claim.regularHoursPerWeek ?? t("claim.none")],
          [
            t("grievances.decision"),
            current
              ? `${t(`claim.outcomes.${current.outcome}`)} (${current.reasonCode}) · ${format.instantDate(current.decidedAt)}`
              : t("grievances.notDecided"),
          ],
        ]}
      />
      <p>
        <Link className="usa-link" href={`/claims/${claim.id}`}>
          {t("grievances.openClaim", { number: claim.claimNumber ?? t("claim.noNumber") })}
        </Link>
      </p>
    </Section>
  );
}

/** The catalog's words for a finding reason; a code this console does not know yet shows as itself. */
function reasonLabel(t: ReturnType<typeof useTranslations<"grievances">>, code: string): string {
  const key = `reasonCodes.${code}`;
  return t.has(key as never) ? t(key as never) : code;
}

function RecordedFinding({ grievance }: { grievance: Grievance }) {
  const t = useTranslations("grievances");
  const format = useFormat();
  const finding = grievance.grievanceFinding!;
  return (
    <Facts
      items={[
        [t("finding"), t(`outcomes.${finding.outcome}`)],
        [t("reasonLabel"), reasonLabel(t, finding.reasonCode)],
        [t("findingsLabel"), finding.findings],
        [
          t("recordedBy"),
          t("recordedByValue", { name: finding.decidedBy.name, date: format.instantDateTime(finding.decidedAt) }),
        ],
      ]}
    />
  );
}

function FindingForm({
  grievance,
  reasons,
  onDone,
  onConflict,
}: {
  grievance: Grievance;
  reasons: readonly Reason[];
  onDone: (message: string) => void;
  onConflict: () => void;
}) {
  const t = useTranslations("grievances");
  const session = useSession();
  const problemMessage = useProblemMessage();
  const [outcome, setOutcome] = useState<Outcome | "">("");
  const [reasonCode, setReasonCode] = useState("");
  const [findings, setFindings] = useState("");
  const [errors, setErrors] = useState<FieldErrors<FindingField>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [{ fetching }, record] = useMutation(RecordGrievanceFindingMutation);
  const roles = session.status === "signed-in" ? session.viewer.roles : [];
  if (!roles.some((role) => DECIDING_ROLES.includes(role))) return <p>{t("notYourQueue")}</p>;

  const choices = reasons.filter((reason) => reason.outcome === outcome);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const found: FieldErrors<FindingField> = {};
    if (!outcome) found.outcome = t("outcomeRequired");
    if (!reasonCode) found.reasonCode = t("reasonRequired");
    if (findings.trim().length < 10) found.findings = t("findingsRequired");
    setErrors(found);
    setFormErrors([]);
    if (Object.keys(found).length > 0 || !outcome) return;
    const result = await record({
      input: {
        employerResponseId: grievance.id,
        expectedVersion: grievance.version,
        outcome,
        reasonCode,
        findings: findings.trim(),
      },
    });
    const answer = toMutationOutcome(result.data?.recordGrievanceFinding, result.error);
    if (answer.kind === "success") {
      onDone(t(outcome === "UPHELD" ? "recordedUpheld" : "recordedReturned"));
      return;
    }
    if (answer.kind === "failed" && (answer.code === "STALE_VERSION" || answer.code === "ILLEGAL_TRANSITION")) {
      onConflict();
      return;
    }
    if (answer.kind === "invalid-input") {
      const split = issuesToErrors(answer.issues, FINDING_FIELDS);
      setErrors(split.fieldErrors);
      setFormErrors(split.formErrors.length ? split.formErrors : answer.issues.length ? [] : [answer.message]);
    } else setFormErrors([problemMessage(answer)]);
  };
  const items = summaryItems(FINDING_FIELDS, errors, formErrors, (field) =>
    field === "outcome" ? "finding-outcome-UPHELD" : `finding-${field}`,
  );
  return (
    <form onSubmit={submit} noValidate aria-labelledby="finding-form-heading">
      <h3 id="finding-form-heading">{t("formHeading")}</h3>
      <p className="text-base-dark">{t("formIntro")}</p>
      <ErrorSummary items={items} focusKey={attempt} />
      <fieldset className={`usa-fieldset usa-form-group${errors.outcome ? " usa-form-group--error" : ""}`}>
        <legend className="usa-legend">{t("outcomeLegend")}</legend>
        {errors.outcome ? (
          <span className="usa-error-message" id="finding-outcome-error">
            {errors.outcome}
          </span>
        ) : null}
        {(["UPHELD", "RETURNED_TO_REVIEW"] as const).map((value) => (
          <div key={value} className="usa-radio">
            <input
              className="usa-radio__input"
              type="radio"
              id={`finding-outcome-${value}`}
              name="finding-outcome"
              value={value}
              checked={outcome === value}
              onChange={() => {
                setOutcome(value);
                setReasonCode("");
              }}
              aria-describedby={`finding-outcome-${value}-hint${errors.outcome ? " finding-outcome-error" : ""}`}
            />
            <label className="usa-radio__label" htmlFor={`finding-outcome-${value}`}>
              {t(`outcomes.${value}`)}
              <span className="usa-checkbox__label-description" id={`finding-outcome-${value}-hint`}>
                {t(`outcomeHints.${value}`)}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      <Field
        id="finding-reasonCode"
        label={t("reasonLabel")}
        hint={outcome ? undefined : t("reasonHint")}
        error={errors.reasonCode}
      >
        <select
          className="usa-select"
          value={reasonCode}
          onChange={(e) => setReasonCode(e.target.value)}
          disabled={!outcome}
        >
          <option value="">{t("chooseReason")}</option>
          {choices.map((reason) => (
            <option key={reason.code} value={reason.code}>
              {reasonLabel(t, reason.code)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="finding-findings" label={t("findingsLabel")} hint={t("findingsHint")} error={errors.findings}>
        <textarea className="usa-textarea" rows={5} value={findings} onChange={(e) => setFindings(e.target.value)} />
      </Field>
      <Button type="submit" className="margin-top-2" disabled={fetching}>
        {fetching ? t("recording") : t("record")}
      </Button>
    </form>
  );
}
