"use client";
// The facts of the claim screen, one section each: who, what leave, which employer, wages and
// the rules' explanation, documents, requests for information, decisions, history, audit trail.
import Link from "next/link";
import { useId, useState } from "react";
import { useMutation } from "urql";
import { Button, toMutationOutcome, useFormat, useProblemMessage } from "@openleave/web";
import { useTranslations } from "next-intl";
import { ReviewDocumentMutation } from "./claim-review-query";
import type { ReviewedClaim } from "./claim-types";
import { citationText, explanationSteps, valueText } from "./explanation";
import { LeaveCalendar } from "./leave-calendar";
import { RevealTaxId } from "./reveal-tax-id";
import { Facts, Section } from "./section";

const quarterLabel = (year: number, quarter: number) => `${year}-Q${quarter}`;

export function ClaimantSection({ claim, onChanged }: { claim: ReviewedClaim; onChanged: () => void }) {
  const t = useTranslations("claim");
  const format = useFormat();
  const person = claim.claimant;
  return (
    <Section id="claimant" title={t("claimant.heading")}>
      <Facts
        items={[
          [t("claimant.name"), `${person.firstName} ${person.lastName}`],
          [
            t("claimant.taxId"),
            <RevealTaxId key="ssn" personId={person.id} masked={person.taxIdMasked} onRevealed={onChanged} />,
          ],
          [t("claimant.dateOfBirth"), person.dateOfBirth ? format.calendarDate(person.dateOfBirth) : t("none")],
          [t("claimant.email"), person.email ?? t("none")],
          [t("claimant.phone"), person.phone ?? t("none")],
        ]}
      />
    </Section>
  );
}

export function LeaveSection({ claim }: { claim: ReviewedClaim }) {
  const t = useTranslations("claim");
  const format = useFormat();
  const family = claim.familyMemberFirstName
    ? `${claim.familyMemberFirstName} ${claim.familyMemberLastName ?? ""}`.trim()
    : null;
  return (
    <Section id="leave" title={t("leave.heading")}>
      <Facts
        items={[
          [t("leave.reason"), claim.leaveReason ? t(`leaveReasons.${claim.leaveReason}`) : t("none")],
          ...(family
            ? [
                [
                  t("leave.familyMember"),
                  claim.familyRelationship ? `${family} (${t(`relationships.${claim.familyRelationship}`)})` : family,
                ] as [string, string],
              ]
            : []),
          ...(claim.conditionDescription
            ? [[t("leave.condition"), claim.conditionDescription] as [string, string]]
            : []),
          [t("leave.applied"), claim.applicationDate ? format.calendarDate(claim.applicationDate) : t("none")],
        ]}
      />
      <table className="usa-table usa-table--borderless usa-table--stacked width-full">
        <caption>{t("leave.periodsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("leave.dates")}</th>
            <th scope="col">{t("leave.kind")}</th>
            <th scope="col">{t("leave.decision")}</th>
          </tr>
        </thead>
        <tbody>
          {claim.leavePeriods.map((period) => (
            <tr key={period.id}>
              <th scope="row" data-label={t("leave.dates")}>
                {format.calendarDateRange(period.startDate, period.endDate, "short")}
              </th>
              <td data-label={t("leave.kind")}>
                {t(`periodKinds.${period.kind}`)}
                {period.hoursPerWeek ? ` · ${t("leave.hoursPerWeek", { hours: period.hoursPerWeek })}` : null}
              </td>
              <td data-label={t("leave.decision")}>
                <span
                  className={`usa-tag text-no-uppercase decision-tag decision-tag--${period.decision.toLowerCase()}`}
                >
                  {t(`periodDecisions.${period.decision}`)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <LeaveCalendar periods={claim.leavePeriods} />
    </Section>
  );
}

export function EmployerSection({ claim }: { claim: ReviewedClaim }) {
  const t = useTranslations("claim");
  const format = useFormat();
  const employer = claim.employer;
  return (
    <Section id="employer" title={t("employer.heading")}>
      {employer ? (
        <Facts
          items={[
            [t("employer.name"), employer.dba ? `${employer.name} (${employer.dba})` : employer.name],
            [t("employer.fein"), employer.fein],
            [
              t("employer.employment"),
              claim.employmentStartDate
                ? claim.employmentEndDate
                  ? format.calendarDateRange(claim.employmentStartDate, claim.employmentEndDate, "short")
                  : t("employer.since", { date: format.calendarDate(claim.employmentStartDate, "short") })
                : t("none"),
            ],
            [t("employer.hoursPerWeek"), claim.regularHoursPerWeek ?? t("none")],
          ]}
        />
      ) : (
        <p>{t("employer.none")}</p>
      )}
      <h3>{t("employer.responseHeading")}</h3>
      {claim.employerResponses.length === 0 ? (
        <p>{t("employer.noResponse")}</p>
      ) : (
        claim.employerResponses.map((response) => (
          <div key={response.id} className="margin-bottom-2">
            <p className="margin-y-1">
              <span className={`usa-tag text-no-uppercase ${response.status === "CONTESTED" ? "bg-error-dark" : ""}`}>
                {t(`responseStatuses.${response.status}`)}
              </span>{" "}
              {response.respondedAt
                ? t("employer.respondedOn", { date: format.instantDate(response.respondedAt) })
                : t("employer.dueOn", { date: format.calendarDate(response.dueDate) })}
            </p>
            {response.contestReasons.length > 0 ? (
              <p className="margin-y-1">
                {t("employer.contestReasons")}{" "}
                {format.list(response.contestReasons.map((reason) => t(`contestReasons.${reason}`)))}
              </p>
            ) : null}
            {response.reportedLeaveStart && response.reportedLeaveEnd ? (
              <p className="margin-y-1">
                {t("employer.reportedLeave", {
                  dates: format.calendarDateRange(response.reportedLeaveStart, response.reportedLeaveEnd, "short"),
                })}
              </p>
            ) : null}
            {response.comment ? <blockquote className="claim-quote">{response.comment}</blockquote> : null}
            {response.status === "CONTESTED" ? (
              <p className="margin-y-1">
                <Link className="usa-link" href={`/grievances/${response.id}`}>
                  {t("employer.reviewContest")}
                </Link>
              </p>
            ) : null}
          </div>
        ))
      )}
    </Section>
  );
}

export function WagesAndEligibilitySection({ claim }: { claim: ReviewedClaim }) {
  const t = useTranslations("claim");
  const format = useFormat();
  const eligibility = claim.eligibility;
  const basePeriod = new Set(eligibility?.basePeriodQuarters ?? []);
  const words = { yes: t("yes"), no: t("no"), none: t("none") };
  const steps = explanationSteps(eligibility?.explanation);
  const money = (amount: string | null | undefined) => (amount ? format.money(amount) : t("none"));
  return (
    <Section id="eligibility" title={t("eligibility.heading")}>
      <h3>{t("eligibility.wagesHeading")}</h3>
      {claim.claimant.wageRecords.length === 0 ? (
        <p>{t("eligibility.noWages")}</p>
      ) : (
        <table className="usa-table usa-table--borderless width-full">
          <caption className="usa-sr-only">{t("eligibility.wagesCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("eligibility.quarter")}</th>
              <th scope="col">{t("eligibility.wageEmployer")}</th>
              <th scope="col" className="text-right">
                {t("eligibility.wages")}
              </th>
              <th scope="col">{t("eligibility.inBasePeriod")}</th>
            </tr>
          </thead>
          <tbody>
            {claim.claimant.wageRecords.map((record) => {
              const label = quarterLabel(record.year, record.quarter);
              const used = basePeriod.has(label);
              return (
                <tr key={record.id} className={used ? "base-period-row" : undefined}>
                  <th scope="row">{label}</th>
                  <td>{record.employer.name}</td>
                  <td className="text-right text-tabular">{format.money(record.wages)}</td>
                  <td>{used ? t("eligibility.usedInBasePeriod") : ""}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h3>{t("eligibility.resultHeading")}</h3>
      {!eligibility ? (
        <p>{t("eligibility.notRun")}</p>
      ) : (
        <>
          <p className="margin-y-1">
            <span
              className={`usa-tag text-no-uppercase ${
                eligibility.eligible === true
                  ? "bg-success-dark"
                  : eligibility.eligible === false
                    ? "bg-error-dark"
                    : "bg-gold text-ink"
              }`}
            >
              {eligibility.eligible === true
                ? t("eligibility.eligible")
                : eligibility.eligible === false
                  ? t("eligibility.ineligible")
                  : t("eligibility.undecided")}
            </span>{" "}
            {t("eligibility.computedAt", { at: format.instantDateTime(eligibility.computedAt) })}
          </p>
          {eligibility.errorCode ? (
            <p className="margin-y-1">{t("eligibility.errorCode", { code: eligibility.errorCode })}</p>
          ) : null}
          <Facts
            items={[
              [
                t("eligibility.basePeriod"),
                eligibility.basePeriodQuarters.length ? eligibility.basePeriodQuarters.join(", ") : t("none"),
              ],
              [t("eligibility.basePeriodWages"), money(eligibility.basePeriodWages)],
              [t("eligibility.averageWeeklyWage"), money(eligibility.averageWeeklyWage)],
              [t("eligibility.weeklyBenefit"), money(eligibility.weeklyBenefitAmount)],
              [t("eligibility.maxWeeks"), eligibility.maxWeeks ?? t("none")],
              [t("eligibility.remainingWeeks"), eligibility.remainingWeeks ?? t("none")],
              [t("eligibility.waitingPeriod"), eligibility.waitingPeriodDays ?? t("none")],
            ]}
          />
          <h3>{t("eligibility.stepsHeading")}</h3>
          {steps.length === 0 ? (
            <p>{t("eligibility.noSteps")}</p>
          ) : (
            <ol className="explanation-steps">
              {steps.map((step, index) => (
                <li key={`${step.step}-${index}`} className="margin-bottom-2">
                  <span className="text-bold">{step.what || step.step}</span>
                  <span className="display-block">
                    {t("eligibility.stepResult")} {valueText(step.result, words)}
                  </span>
                  {step.note ? <span className="display-block text-base-dark">{step.note}</span> : null}
                  {step.parameters.length > 0 ? (
                    <ul className="margin-y-05">
                      {step.parameters.map((parameter) => (
                        <li key={parameter.id}>
                          {parameter.label}: {valueText(parameter.value, words)}
                          {parameter.from ? ` (${t("eligibility.since", { date: parameter.from })})` : null}
                          {parameter.cite.length ? <Citations items={parameter.cite} /> : null}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {step.cite.length ? <Citations items={step.cite} /> : null}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </Section>
  );
}

function Citations({ items }: { items: ReturnType<typeof explanationSteps>[number]["cite"] }) {
  const t = useTranslations("claim.eligibility");
  return (
    <span className="display-block font-sans-2xs text-base-dark">
      {t("citation")}{" "}
      {items.map((citation, index) => (
        <span key={`${citation.title}-${index}`}>
          {index > 0 ? "; " : null}
          {citation.href ? (
            <a className="usa-link" href={citation.href} rel="noreferrer" target="_blank">
              {citationText(citation)}
            </a>
          ) : (
            citationText(citation)
          )}
        </span>
      ))}
    </span>
  );
}

export function DocumentsSection({ claim, onChanged }: { claim: ReviewedClaim; onChanged: () => void }) {
  const t = useTranslations("claim");
  const format = useFormat();
  return (
    <Section id="documents" title={t("documents.heading")}>
      {claim.documents.length === 0 ? (
        <p>{t("documents.none")}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled">
          {claim.documents.map((document) => (
            <li key={document.id} className="claim-document">
              <span className="display-block text-bold">{t(`documentTypes.${document.type}`)}</span>
              <span className="display-block">
                {document.downloadPath ? (
                  <a className="usa-link" href={viewPath(document)} target="_blank" rel="noreferrer">
                    {document.fileName}
                    <span className="usa-sr-only"> {t("documents.opensInNewTab")}</span>
                  </a>
                ) : (
                  document.fileName
                )}{" "}
                · {t(`documentStatuses.${document.status}`)}
                {document.uploadedAt ? ` · ${format.instantDate(document.uploadedAt)}` : null}
              </span>
              {document.reviewNote ? <span className="display-block text-base-dark">{document.reviewNote}</span> : null}
              <DocumentPreview document={document} typeLabel={t(`documentTypes.${document.type}`)} />
              {document.status === "UPLOADED" ? (
                <DocumentReview documentId={document.id} label={document.fileName} onChanged={onChanged} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

type ClaimDocument = ReviewedClaim["documents"][number];

/** What browsers can show in a page; HEIC photos (iPhones) they cannot. */
const SHOWN_IMAGES = new Set(["image/jpeg", "image/png"]);
const HEIC = new Set(["image/heic", "image/heif"]);
const shownInline = (mimeType: string | null) =>
  mimeType === "application/pdf" || (mimeType !== null && SHOWN_IMAGES.has(mimeType));
/** Where the file name links: the view in the browser where it can show it, else the download. */
const viewPath = (document: ClaimDocument) =>
  shownInline(document.mimeType) ? `${document.downloadPath}?view=inline` : document.downloadPath!;

/**
 * The document itself, beside its review control: a PDF in a frame, a photo as an image, a HEIC
 * photo as a download (no browser shows HEIC). `?view=inline` asks the API for a view in the page;
 * it is served to staff only, framable by the console only, and audited like any download.
 * Loaded lazily, so opening a claim does not read every document on it.
 */
export function DocumentPreview({ document, typeLabel }: { document: ClaimDocument; typeLabel: string }) {
  const t = useTranslations("claim.documents");
  if (!document.downloadPath || !document.mimeType) return null;
  const view = viewPath(document);
  const download = (
    <a className="usa-link" href={document.downloadPath} download={document.fileName}>
      {t("download", { file: document.fileName })}
    </a>
  );
  if (document.mimeType === "application/pdf") {
    return (
      <div className="document-preview">
        <iframe
          className="document-preview__frame"
          src={view}
          title={t("pdfTitle", { type: typeLabel, file: document.fileName })}
          loading="lazy"
        />
        <p className="margin-y-05 font-sans-2xs">
          {t("pdfFallback")} {download}
        </p>
      </div>
    );
  }
  if (SHOWN_IMAGES.has(document.mimeType)) {
    return (
      <div className="document-preview">
        {/* eslint-disable-next-line @next/next/no-img-element -- the file comes through the API's authorized, audited route, never an image optimizer */}
        <img
          className="document-preview__image"
          src={view}
          alt={t("imageAlt", { type: typeLabel, file: document.fileName })}
          loading="lazy"
        />
      </div>
    );
  }
  if (HEIC.has(document.mimeType)) {
    return (
      <p className="document-preview margin-y-05">
        {t("heicNotShown")} {download}
      </p>
    );
  }
  return null;
}

function DocumentReview({
  documentId,
  label,
  onChanged,
}: {
  documentId: string;
  label: string;
  onChanged: () => void;
}) {
  const t = useTranslations("claim.documents");
  const problemMessage = useProblemMessage();
  const id = useId();
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, review] = useMutation(ReviewDocumentMutation);
  const decide = async (decision: "ACCEPTED" | "REJECTED") => {
    setProblem(null);
    const result = await review({ documentId, decision, note: note.trim() || null });
    const outcome = toMutationOutcome(result.data?.reviewDocument, result.error);
    if (outcome.kind === "success") onChanged();
    else setProblem(problemMessage(outcome));
  };
  return (
    <div className="margin-top-1">
      <label className="usa-label margin-top-0" htmlFor={`${id}-note`}>
        {t("noteLabel", { file: label })}
      </label>
      <input className="usa-input" id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      <div className="margin-top-1">
        <Button type="button" disabled={fetching} onClick={() => decide("ACCEPTED")}>
          {t("accept")}
          <span className="usa-sr-only">: {label}</span>
        </Button>
        <Button type="button" secondary disabled={fetching} onClick={() => decide("REJECTED")}>
          {t("reject")}
          <span className="usa-sr-only">: {label}</span>
        </Button>
      </div>
      {problem ? (
        <p role="alert" className="text-error-dark">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

export function InfoRequestsSection({ claim }: { claim: ReviewedClaim }) {
  const t = useTranslations("claim");
  const format = useFormat();
  return (
    <Section id="info-requests" title={t("infoRequests.heading")}>
      {claim.infoRequests.length === 0 ? (
        <p>{t("infoRequests.none")}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled">
          {claim.infoRequests.map((request) => (
            <li key={request.id} className="margin-bottom-2">
              <span className="display-block text-bold">
                {t("infoRequests.asked", {
                  date: format.instantDate(request.createdAt),
                  due: format.calendarDate(request.dueDate),
                })}
              </span>
              <span className="display-block">{request.message}</span>
              {request.respondedAt ? (
                <blockquote className="claim-quote">
                  <span className="display-block text-bold">
                    {t("infoRequests.answered", { date: format.instantDate(request.respondedAt) })}
                  </span>
                  {request.response}
                </blockquote>
              ) : (
                <span className="display-block text-base-dark">{t("infoRequests.waiting")}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function DeterminationsSection({ claim }: { claim: ReviewedClaim }) {
  const t = useTranslations("claim");
  const format = useFormat();
  if (claim.determinations.length === 0) return null;
  return (
    <Section id="determinations" title={t("determinations.heading")}>
      <ul className="usa-list usa-list--unstyled">
        {claim.determinations.map((determination) => (
          <li key={determination.id} className="margin-bottom-2">
            <span className="display-block text-bold">
              {t(`outcomes.${determination.outcome}`)}
              {determination.superseded ? ` · ${t("determinations.superseded")}` : null}
            </span>
            <span className="display-block">
              {t("determinations.by", {
                name: determination.decidedBy.name,
                at: format.instantDateTime(determination.decidedAt),
              })}
            </span>
            {determination.approvedStartDate && determination.approvedEndDate ? (
              <span className="display-block">
                {t("determinations.approvedDates", {
                  dates: format.calendarDateRange(
                    determination.approvedStartDate,
                    determination.approvedEndDate,
                    "short",
                  ),
                })}
              </span>
            ) : null}
            <span className="display-block">{t("determinations.reasonCode", { code: determination.reasonCode })}</span>
            <span className="display-block">{determination.explanation}</span>
            {determination.appealDeadline ? (
              <span className="display-block">
                {t("determinations.appealBy", { date: format.calendarDate(determination.appealDeadline) })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** What the payment schedule made of the decision, week by week: shown once the claim is approved. */
export function PaymentsSection({ claim }: { claim: ReviewedClaim }) {
  const t = useTranslations("claim.payments");
  const format = useFormat();
  const approved = claim.determinations.some((d) => !d.superseded && d.outcome !== "DENIED");
  if (claim.payments.length === 0 && !approved) return null;
  return (
    <Section id="payments" title={t("heading")}>
      {claim.payments.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked width-full">
          <caption>{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("week")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("gross")}</th>
              <th scope="col">{t("withholding")}</th>
              <th scope="col">{t("net")}</th>
              <th scope="col">{t("method")}</th>
              <th scope="col">{t("scheduledFor")}</th>
            </tr>
          </thead>
          <tbody>
            {claim.payments.map((payment) => (
              <tr key={payment.id}>
                <th scope="row" data-label={t("week")}>
                  {format.calendarDateRange(payment.periodStart, payment.periodEnd, "short")}
                </th>
                <td data-label={t("status")}>{t(`statuses.${payment.status}`)}</td>
                <td data-label={t("gross")}>{format.money(payment.gross)}</td>
                <td data-label={t("withholding")}>{format.money(payment.federalWithholding)}</td>
                <td data-label={t("net")}>{format.money(payment.net)}</td>
                <td data-label={t("method")}>{t(`methods.${payment.method}`)}</td>
                <td data-label={t("scheduledFor")}>{format.calendarDate(payment.scheduledFor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

export function HistorySection({ claim }: { claim: ReviewedClaim }) {
  const t = useTranslations("claim");
  const format = useFormat();
  return (
    <Section id="history" title={t("history.heading")}>
      {claim.statusHistory.length === 0 ? (
        <p>{t("history.none")}</p>
      ) : (
        <ol className="usa-list">
          {[...claim.statusHistory].reverse().map((change) => (
            <li key={change.id}>
              {t("history.change", {
                to: t(`statuses.${change.toStatus}`),
                at: format.instantDateTime(change.at),
                who: change.changedBy?.name ?? t("history.system"),
              })}
              {change.reason ? <span className="display-block text-base-dark">{change.reason}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

export function AuditTrailSection({ claim }: { claim: ReviewedClaim }) {
  const t = useTranslations("claim");
  const format = useFormat();
  return (
    <Section id="audit" title={t("audit.heading")}>
      {claim.auditTrail.length === 0 ? (
        <p>{t("audit.none")}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked width-full">
          <caption className="usa-sr-only">{t("audit.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("audit.when")}</th>
              <th scope="col">{t("audit.who")}</th>
              <th scope="col">{t("audit.what")}</th>
            </tr>
          </thead>
          <tbody>
            {claim.auditTrail.map((event) => {
              const purpose =
                event.action === "person.tax_id.read" && event.metadata && typeof event.metadata === "object"
                  ? (event.metadata as { purpose?: unknown }).purpose
                  : undefined;
              return (
                <tr key={event.id}>
                  <th scope="row" data-label={t("audit.when")}>
                    {format.instantDateTime(event.at)}
                  </th>
                  <td data-label={t("audit.who")}>{event.actor?.name ?? t("history.system")}</td>
                  <td data-label={t("audit.what")}>
                    <span className="text-mono">{event.action}</span>
                    {typeof purpose === "string" ? (
                      <span className="display-block">{t("audit.purpose", { purpose })}</span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Section>
  );
}
