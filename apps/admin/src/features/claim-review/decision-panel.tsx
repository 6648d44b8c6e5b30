"use client";
// The decision side of the claim screen: start the review, run the rules, then approve,
// partially approve (the approved days APPROVED, the rest DENIED), deny with the program's
// reason codes, or ask for information with a due date. Every write names the claim version
// on screen; if someone else changed the claim meanwhile, the API refuses and this panel shows
// who changed it and what state it is in now.
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import {
  Button,
  ErrorSummary,
  type FieldErrors,
  issuesToErrors,
  type ProblemOutcome,
  summaryItems,
  toMutationOutcome,
  useFormat,
  useProblemMessage,
} from "@openleave/web";
import { useTranslations } from "next-intl";
import {
  CheckEligibilityMutation,
  RecordDeterminationMutation,
  RequestInformationMutation,
  StartReviewMutation,
} from "./claim-review-query";
import type { ReviewedClaim } from "./claim-types";
import { Field } from "./field";

/** The code an approval is recorded with: approvals carry no denial reason. */
export const APPROVAL_REASON_CODE = "ELIGIBLE";

type Outcome = "APPROVED" | "PARTIALLY_APPROVED" | "DENIED";
type DecisionField = "outcome" | "approvedStartDate" | "approvedEndDate" | "reasonCode" | "explanation";
const DECISION_FIELDS: DecisionField[] = [
  "outcome",
  "approvedStartDate",
  "approvedEndDate",
  "reasonCode",
  "explanation",
];
type InfoField = "message" | "dueDate";
const INFO_FIELDS: InfoField[] = ["message", "dueDate"];

const isConflict = (outcome: ProblemOutcome) =>
  outcome.kind === "failed" && (outcome.code === "STALE_VERSION" || outcome.code === "ILLEGAL_TRANSITION");

export function DecisionPanel({ claim, refresh }: { claim: ReviewedClaim; refresh: () => void }) {
  const t = useTranslations("claim.decide");
  const [conflict, setConflict] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const actions = new Set(claim.allowedActions);
  const onConflict = () => {
    setConflict(true);
    refresh();
  };
  const onDone = (message: string) => {
    setConflict(false);
    setDone(message);
    refresh();
  };
  return (
    <section aria-labelledby="decide-heading" className="decision-panel">
      <h2 id="decide-heading" className="margin-top-0">
        {t("heading")}
      </h2>
      {conflict ? <ConflictNotice claim={claim} /> : null}
      {done ? (
        <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{done}</p>
          </div>
        </div>
      ) : null}
      {actions.has("START_REVIEW") ? <StartReview claim={claim} onDone={onDone} onConflict={onConflict} /> : null}
      {actions.has("CHECK_ELIGIBILITY") ? <RunEligibility claim={claim} onDone={onDone} /> : null}
      {actions.has("DECIDE") ? (
        <DecisionForm key={claim.version} claim={claim} onDone={onDone} onConflict={onConflict} />
      ) : null}
      {actions.has("REQUEST_INFORMATION") ? (
        <InfoRequestForm key={`info-${claim.version}`} claim={claim} onDone={onDone} onConflict={onConflict} />
      ) : null}
      {!actions.has("DECIDE") && !actions.has("START_REVIEW") && !actions.has("REQUEST_INFORMATION") ? (
        <p>{t("nothingToDecide")}</p>
      ) : null}
    </section>
  );
}

/** Who changed the claim last and what it is now, from the claim as just reloaded. */
function ConflictNotice({ claim }: { claim: ReviewedClaim }) {
  const t = useTranslations("claim");
  const format = useFormat();
  const lastChange = claim.statusHistory.at(-1);
  const lastDecision = claim.determinations[0];
  const decidedLast =
    lastDecision && (!lastChange || new Date(lastDecision.decidedAt).getTime() >= new Date(lastChange.at).getTime());
  const who = decidedLast ? lastDecision.decidedBy.name : (lastChange?.changedBy?.name ?? t("history.system"));
  const at = decidedLast ? lastDecision.decidedAt : lastChange?.at;
  return (
    <div className="usa-alert usa-alert--warning" role="alert">
      <div className="usa-alert__body">
        <h3 className="usa-alert__heading">{t("conflict.heading")}</h3>
        <p className="usa-alert__text">
          {t("conflict.body", {
            status: t(`statuses.${claim.status}`),
            who,
            at: at ? format.instantDateTime(at) : "—",
          })}
        </p>
        <p className="usa-alert__text">{t("conflict.next")}</p>
      </div>
    </div>
  );
}

function StartReview({
  claim,
  onDone,
  onConflict,
}: {
  claim: ReviewedClaim;
  onDone: (message: string) => void;
  onConflict: () => void;
}) {
  const t = useTranslations("claim.decide");
  const problemMessage = useProblemMessage();
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, start] = useMutation(StartReviewMutation);
  const click = async () => {
    setProblem(null);
    const result = await start({ input: { claimId: claim.id, expectedVersion: claim.version } });
    const outcome = toMutationOutcome(result.data?.startReview, result.error);
    if (outcome.kind === "success") onDone(t("reviewStarted"));
    else if (isConflict(outcome)) onConflict();
    else setProblem(problemMessage(outcome));
  };
  return (
    <div className="margin-bottom-2">
      <p>{t("startReviewHint")}</p>
      <Button type="button" onClick={click} disabled={fetching}>
        {fetching ? t("starting") : t("startReview")}
      </Button>
      {problem ? (
        <p role="alert" className="text-error-dark">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

function RunEligibility({ claim, onDone }: { claim: ReviewedClaim; onDone: (message: string) => void }) {
  const t = useTranslations("claim.decide");
  const problemMessage = useProblemMessage();
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, check] = useMutation(CheckEligibilityMutation);
  const click = async () => {
    setProblem(null);
    const result = await check({ claimId: claim.id });
    const outcome = toMutationOutcome(result.data?.checkEligibility, result.error);
    if (outcome.kind === "success") onDone(t("eligibilityRun"));
    else setProblem(problemMessage(outcome));
  };
  return (
    <div className="margin-bottom-2">
      <Button type="button" outline onClick={click} disabled={fetching}>
        {fetching ? t("runningEligibility") : claim.eligibility ? t("rerunEligibility") : t("runEligibility")}
      </Button>
      {problem ? (
        <p role="alert" className="text-error-dark">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

function requestedRange(claim: ReviewedClaim): { start: string; end: string } | null {
  const starts = claim.leavePeriods.map((p) => p.startDate).sort();
  const ends = claim.leavePeriods.map((p) => p.endDate).sort();
  return starts[0] && ends.at(-1) ? { start: starts[0], end: ends.at(-1)! } : null;
}

function DecisionForm({
  claim,
  onDone,
  onConflict,
}: {
  claim: ReviewedClaim;
  onDone: (message: string) => void;
  onConflict: () => void;
}) {
  const t = useTranslations("claim");
  const format = useFormat();
  const problemMessage = useProblemMessage();
  const range = requestedRange(claim);
  const reasons = claim.program.rules.denialReasons;
  const [outcome, setOutcome] = useState<Outcome | "">("");
  const [start, setStart] = useState(range?.start ?? "");
  const [end, setEnd] = useState(range?.end ?? "");
  const [reasonCode, setReasonCode] = useState("");
  const [explanation, setExplanation] = useState("");
  const [errors, setErrors] = useState<FieldErrors<DecisionField>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [{ fetching }, record] = useMutation(RecordDeterminationMutation);

  const check = (): FieldErrors<DecisionField> => {
    const found: FieldErrors<DecisionField> = {};
    if (!outcome) found.outcome = t("decide.outcomeRequired");
    if (outcome === "PARTIALLY_APPROVED") {
      if (!start) found.approvedStartDate = t("decide.startRequired");
      if (!end) found.approvedEndDate = t("decide.endRequired");
      if (start && end && end < start) found.approvedEndDate = t("decide.endBeforeStart");
      if (range && start && end && start === range.start && end === range.end)
        found.approvedEndDate = t("decide.partialIsWhole");
    }
    if ((outcome === "DENIED" || outcome === "PARTIALLY_APPROVED") && !reasonCode)
      found.reasonCode = t("decide.reasonRequired");
    if (explanation.trim().length < 10) found.explanation = t("decide.explanationRequired");
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const found = check();
    setErrors(found);
    setFormErrors([]);
    if (Object.keys(found).length > 0 || !outcome) return;
    const approved = outcome === "APPROVED" ? range : outcome === "PARTIALLY_APPROVED" ? { start, end } : null;
    const result = await record({
      input: {
        claimId: claim.id,
        expectedVersion: claim.version,
        outcome,
        reasonCode: outcome === "APPROVED" ? APPROVAL_REASON_CODE : reasonCode,
        explanation: explanation.trim(),
        approvedStartDate: approved?.start ?? null,
        approvedEndDate: approved?.end ?? null,
      },
    });
    const answer = toMutationOutcome(result.data?.recordDetermination, result.error);
    if (answer.kind === "success") {
      onDone(t("decide.recorded", { outcome: t(`outcomes.${outcome}`) }));
      return;
    }
    if (isConflict(answer)) {
      onConflict();
      return;
    }
    if (answer.kind === "invalid-input") {
      const split = issuesToErrors(answer.issues, DECISION_FIELDS);
      setErrors(split.fieldErrors);
      setFormErrors(split.formErrors.length ? split.formErrors : answer.issues.length ? [] : [answer.message]);
    } else setFormErrors([problemMessage(answer)]);
  };

  const items = summaryItems(DECISION_FIELDS, errors, formErrors, (field) =>
    field === "outcome" ? "decision-outcome-APPROVED" : `decision-${field}`,
  );
  const needsReason = outcome === "DENIED" || outcome === "PARTIALLY_APPROVED";

  return (
    <form onSubmit={submit} noValidate className="margin-bottom-4" aria-labelledby="decision-form-heading">
      <h3 id="decision-form-heading">{t("decide.decisionHeading")}</h3>
      <ErrorSummary items={items} focusKey={attempt} />
      <fieldset className={`usa-fieldset usa-form-group${errors.outcome ? " usa-form-group--error" : ""}`}>
        <legend className="usa-legend">{t("decide.outcomeLegend")}</legend>
        {errors.outcome ? (
          <span className="usa-error-message" id="decision-outcome-error">
            {errors.outcome}
          </span>
        ) : null}
        {(["APPROVED", "PARTIALLY_APPROVED", "DENIED"] as const).map((value) => (
          <div key={value} className="usa-radio">
            <input
              className="usa-radio__input"
              type="radio"
              id={`decision-outcome-${value}`}
              name="outcome"
              value={value}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
              aria-describedby={errors.outcome ? "decision-outcome-error" : undefined}
            />
            <label className="usa-radio__label" htmlFor={`decision-outcome-${value}`}>
              {t(`decide.outcomeOptions.${value}`)}
            </label>
          </div>
        ))}
      </fieldset>
      {outcome === "APPROVED" && range ? (
        <p>{t("decide.approvesAll", { dates: format.calendarDateRange(range.start, range.end, "short") })}</p>
      ) : null}
      {outcome === "PARTIALLY_APPROVED" ? (
        <>
          <Field
            id="decision-approvedStartDate"
            label={t("decide.approvedStart")}
            hint={
              range
                ? t("decide.withinRequested", { dates: format.calendarDateRange(range.start, range.end, "short") })
                : undefined
            }
            error={errors.approvedStartDate}
          >
            <input className="usa-input" type="date" value={start} onChange={(e) => setStart(e.target.value)} />
          </Field>
          <Field
            id="decision-approvedEndDate"
            label={t("decide.approvedEnd")}
            hint={t("decide.restDenied")}
            error={errors.approvedEndDate}
          >
            <input className="usa-input" type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
          </Field>
        </>
      ) : null}
      {needsReason ? (
        <Field
          id="decision-reasonCode"
          label={outcome === "DENIED" ? t("decide.denialReason") : t("decide.deniedRestReason")}
          error={errors.reasonCode}
        >
          <select className="usa-select" value={reasonCode} onChange={(e) => setReasonCode(e.target.value)}>
            <option value="">{t("decide.chooseReason")}</option>
            {reasons.map((reason) => (
              <option key={reason.code} value={reason.code}>
                {reason.label} ({reason.code})
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field
        id="decision-explanation"
        label={t("decide.explanation")}
        hint={t("decide.explanationHint")}
        error={errors.explanation}
      >
        <textarea
          className="usa-textarea"
          rows={4}
          value={explanation}
          onChange={(e) => setExplanation(e.target.value)}
        />
      </Field>
      <Button type="submit" className="margin-top-2" disabled={fetching}>
        {fetching ? t("decide.recording") : t("decide.record")}
      </Button>
    </form>
  );
}

function InfoRequestForm({
  claim,
  onDone,
  onConflict,
}: {
  claim: ReviewedClaim;
  onDone: (message: string) => void;
  onConflict: () => void;
}) {
  const t = useTranslations("claim.decide");
  const problemMessage = useProblemMessage();
  const [message, setMessage] = useState("");
  const [dueDate, setDueDate] = useState("");
  const [errors, setErrors] = useState<FieldErrors<InfoField>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [{ fetching }, request] = useMutation(RequestInformationMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const found: FieldErrors<InfoField> = {};
    if (message.trim().length < 5) found.message = t("infoMessageRequired");
    if (!dueDate) found.dueDate = t("infoDueRequired");
    setErrors(found);
    setFormErrors([]);
    if (Object.keys(found).length > 0) return;
    const result = await request({
      input: { claimId: claim.id, expectedVersion: claim.version, message: message.trim(), dueDate },
    });
    const answer = toMutationOutcome(result.data?.requestInformation, result.error);
    if (answer.kind === "success") onDone(t("infoRequested"));
    else if (isConflict(answer)) onConflict();
    else if (answer.kind === "invalid-input") {
      const split = issuesToErrors(answer.issues, INFO_FIELDS);
      setErrors(split.fieldErrors);
      setFormErrors(split.formErrors.length ? split.formErrors : answer.issues.length ? [] : [answer.message]);
    } else setFormErrors([problemMessage(answer)]);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="info-form-heading">
      <h3 id="info-form-heading">{t("infoHeading")}</h3>
      <ErrorSummary items={summaryItems(INFO_FIELDS, errors, formErrors, (f) => `info-${f}`)} focusKey={attempt} />
      <Field id="info-message" label={t("infoMessage")} hint={t("infoMessageHint")} error={errors.message}>
        <textarea className="usa-textarea" rows={3} value={message} onChange={(e) => setMessage(e.target.value)} />
      </Field>
      <Field id="info-dueDate" label={t("infoDue")} error={errors.dueDate}>
        <input className="usa-input" type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
      </Field>
      <Button type="submit" outline className="margin-top-2" disabled={fetching}>
        {fetching ? t("infoSending") : t("infoSend")}
      </Button>
    </form>
  );
}
