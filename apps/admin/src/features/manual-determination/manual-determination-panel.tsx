"use client";
// Manual determination on the claim screen (two people). Shown when the rules answered that a
// figure is not known for the claim's dates: an adjudicator enters the weekly benefit, the weeks
// and the approved dates with a written reason; the proposal then waits for a second staff
// member, who approves it (which decides the claim and sends the notice) or rejects it with a
// note. The proposer is told to ask someone else: the API refuses their own approval too.
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import type { ResultOf } from "gql.tada";
import {
  Button,
  ErrorSummary,
  type FieldErrors,
  issuesToErrors,
  summaryItems,
  toMutationOutcome,
  useFormat,
  useProblemMessage,
  useSession,
} from "@openleave/web";
import { useTranslations } from "next-intl";
import { Field } from "../claim-review/field";
import { useFollowClaim } from "../claim-review/use-follow-claim";
import {
  ManualDeterminationsQuery,
  ProposeManualDeterminationMutation,
  ReviewManualDeterminationMutation,
} from "./manual-determination-query";

const NOT_KNOWN = "PARAMETER_NOT_KNOWN";
type ProposalField =
  "outcome" | "weeklyBenefitAmount" | "benefitWeeks" | "approvedStartDate" | "approvedEndDate" | "reason";
const FIELDS: ProposalField[] = [
  "outcome",
  "weeklyBenefitAmount",
  "benefitWeeks",
  "approvedStartDate",
  "approvedEndDate",
  "reason",
];
type LoadedClaim = NonNullable<ResultOf<typeof ManualDeterminationsQuery>["claim"]>;
type Proposal = LoadedClaim["manualDeterminations"][number];

export function ManualDeterminationPanel({
  claimId,
  claimState,
  onDecided,
}: {
  claimId: string;
  /** Changes when the claim screen's claim does (its version, its latest evaluation). */
  claimState: string;
  onDecided: () => void;
}) {
  const t = useTranslations("manualDetermination");
  const [result, reexecute] = useQuery({ query: ManualDeterminationsQuery, variables: { id: claimId } });
  const [done, setDone] = useState<string | null>(null);
  // The rules evaluated elsewhere on the screen: without this the form for a figure the rules do
  // not know would appear only on reload.
  useFollowClaim(claimState, reexecute);
  const claim = result.data?.claim;
  if (!claim) return null;
  const pending = claim.manualDeterminations.find((m) => m.status === "PROPOSED");
  const notKnown = claim.eligibility?.errorCode === NOT_KNOWN && claim.status === "IN_REVIEW";
  if (!pending && !notKnown && !done) return null;
  const reload = () => reexecute({ requestPolicy: "network-only" });

  return (
    <section aria-labelledby="manual-heading" className="decision-panel margin-top-2">
      <h2 id="manual-heading" className="margin-top-0">
        {t("heading")}
      </h2>
      {done ? (
        <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{done}</p>
          </div>
        </div>
      ) : null}
      {pending ? (
        <PendingProposal
          proposal={pending}
          onReviewed={(message, decided) => {
            setDone(message);
            reload();
            if (decided) onDecided();
          }}
        />
      ) : notKnown ? (
        <ProposalForm
          claim={claim}
          onProposed={() => {
            setDone(t("proposed"));
            reload();
          }}
        />
      ) : null}
    </section>
  );
}

function PendingProposal({
  proposal,
  onReviewed,
}: {
  proposal: Proposal;
  onReviewed: (message: string, decided: boolean) => void;
}) {
  const t = useTranslations("manualDetermination");
  const format = useFormat();
  const session = useSession();
  const problemMessage = useProblemMessage();
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, review] = useMutation(ReviewManualDeterminationMutation);
  const mine = session.status === "signed-in" && session.viewer.id === proposal.proposedBy.id;

  const send = async (approve: boolean) => {
    setProblem(null);
    setNoteError(null);
    if (!approve && note.trim().length < 10) {
      setNoteError(t("noteRequired"));
      return;
    }
    const result = await review({
      input: { manualDeterminationId: proposal.id, approve, note: note.trim() || null },
    });
    const outcome = toMutationOutcome(result.data?.reviewManualDetermination, result.error);
    if (outcome.kind === "success") onReviewed(approve ? t("approved") : t("rejected"), approve);
    else if (outcome.kind === "invalid-input") setNoteError(outcome.issues[0]?.message ?? outcome.message);
    else setProblem(problemMessage(outcome));
  };

  return (
    <div>
      <h3>{t("pendingHeading")}</h3>
      <dl className="claim-facts">
        <div className="claim-facts__row">
          <dt>{t("weeklyBenefitAmount")}</dt>
          <dd>{format.money(proposal.weeklyBenefitAmount)}</dd>
        </div>
        <div className="claim-facts__row">
          <dt>{t("benefitWeeks")}</dt>
          <dd>{proposal.benefitWeeks}</dd>
        </div>
        <div className="claim-facts__row">
          <dt>{t("dates")}</dt>
          <dd>{format.calendarDateRange(proposal.approvedStartDate, proposal.approvedEndDate, "short")}</dd>
        </div>
        <div className="claim-facts__row">
          <dt>{t("reason")}</dt>
          <dd>{proposal.reason}</dd>
        </div>
        <div className="claim-facts__row">
          <dt>{t("proposedBy")}</dt>
          <dd>
            {t("proposedByValue", { name: proposal.proposedBy.name, at: format.instantDateTime(proposal.proposedAt) })}
          </dd>
        </div>
      </dl>
      {mine ? (
        <p className="usa-alert usa-alert--info usa-alert--slim usa-alert__text padding-1">{t("waitingForSecond")}</p>
      ) : (
        <>
          <Field id="manual-note" label={t("note")} hint={t("noteHint")} error={noteError ?? undefined}>
            <textarea className="usa-textarea" value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
          <div className="margin-top-2">
            <Button type="button" onClick={() => send(true)} disabled={fetching}>
              {fetching ? t("working") : t("approve")}
            </Button>
            <Button type="button" outline onClick={() => send(false)} disabled={fetching}>
              {t("reject")}
            </Button>
          </div>
        </>
      )}
      {problem ? (
        <p role="alert" className="text-error-dark">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

function ProposalForm({ claim, onProposed }: { claim: LoadedClaim; onProposed: () => void }) {
  const t = useTranslations("manualDetermination");
  const format = useFormat();
  const problemMessage = useProblemMessage();
  const starts = claim.leavePeriods.map((p) => p.startDate).sort();
  const ends = claim.leavePeriods.map((p) => p.endDate).sort();
  const range = starts[0] && ends.at(-1) ? { start: starts[0], end: ends.at(-1)! } : null;
  const [outcome, setOutcome] = useState<"APPROVED" | "PARTIALLY_APPROVED">("APPROVED");
  const [weeklyBenefitAmount, setWeekly] = useState("");
  const [benefitWeeks, setWeeks] = useState("");
  const [start, setStart] = useState(range?.start ?? "");
  const [end, setEnd] = useState(range?.end ?? "");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldErrors<ProposalField>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [{ fetching }, propose] = useMutation(ProposeManualDeterminationMutation);

  const check = () => {
    const found: FieldErrors<ProposalField> = {};
    if (!/^\d{1,6}(\.\d{1,2})?$/.test(weeklyBenefitAmount.trim())) found.weeklyBenefitAmount = t("weeklyRequired");
    if (!/^\d{1,2}(\.\d{1,2})?$/.test(benefitWeeks.trim())) found.benefitWeeks = t("weeksRequired");
    if (outcome === "PARTIALLY_APPROVED") {
      if (!start) found.approvedStartDate = t("startRequired");
      if (!end) found.approvedEndDate = t("endRequired");
      if (start && end && end < start) found.approvedEndDate = t("endBeforeStart");
    }
    if (reason.trim().length < 20) found.reason = t("reasonRequired");
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const found = check();
    setErrors(found);
    setFormErrors([]);
    if (Object.keys(found).length > 0) return;
    const dates = outcome === "APPROVED" ? range : { start, end };
    const result = await propose({
      input: {
        claimId: claim.id,
        expectedVersion: claim.version,
        outcome,
        weeklyBenefitAmount: weeklyBenefitAmount.trim(),
        benefitWeeks: benefitWeeks.trim(),
        approvedStartDate: dates?.start ?? "",
        approvedEndDate: dates?.end ?? "",
        reason: reason.trim(),
      },
    });
    const answer = toMutationOutcome(result.data?.proposeManualDetermination, result.error);
    if (answer.kind === "success") return onProposed();
    if (answer.kind === "invalid-input") {
      const split = issuesToErrors(answer.issues, FIELDS);
      setErrors(split.fieldErrors);
      setFormErrors(split.formErrors.length ? split.formErrors : answer.issues.length ? [] : [answer.message]);
    } else setFormErrors([problemMessage(answer)]);
  };
  const items = summaryItems(FIELDS, errors, formErrors, (field) =>
    field === "outcome" ? "manual-outcome-APPROVED" : `manual-${field}`,
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby="manual-form-heading">
      <h3 id="manual-form-heading">{t("formHeading")}</h3>
      <p>{t("intro")}</p>
      <ErrorSummary items={items} focusKey={attempt} />
      <fieldset className="usa-fieldset usa-form-group">
        <legend className="usa-legend">{t("outcome")}</legend>
        {(["APPROVED", "PARTIALLY_APPROVED"] as const).map((value) => (
          <div key={value} className="usa-radio">
            <input
              className="usa-radio__input"
              type="radio"
              id={`manual-outcome-${value}`}
              name="manual-outcome"
              value={value}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
            />
            <label className="usa-radio__label" htmlFor={`manual-outcome-${value}`}>
              {t(`outcomes.${value}`)}
            </label>
          </div>
        ))}
      </fieldset>
      {outcome === "APPROVED" && range ? (
        <p>{t("approvesAll", { dates: format.calendarDateRange(range.start, range.end, "short") })}</p>
      ) : (
        <>
          <Field id="manual-approvedStartDate" label={t("start")} error={errors.approvedStartDate}>
            <input className="usa-input" type="date" value={start} onChange={(e) => setStart(e.target.value)} />
          </Field>
          <Field id="manual-approvedEndDate" label={t("end")} error={errors.approvedEndDate}>
            <input className="usa-input" type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
          </Field>
        </>
      )}
      <Field
        id="manual-weeklyBenefitAmount"
        label={t("weeklyBenefitAmount")}
        hint={t("weeklyHint")}
        error={errors.weeklyBenefitAmount}
      >
        <input
          className="usa-input usa-input--medium"
          inputMode="decimal"
          value={weeklyBenefitAmount}
          onChange={(e) => setWeekly(e.target.value)}
        />
      </Field>
      <Field id="manual-benefitWeeks" label={t("benefitWeeks")} hint={t("weeksHint")} error={errors.benefitWeeks}>
        <input
          className="usa-input usa-input--small"
          inputMode="decimal"
          value={benefitWeeks}
          onChange={(e) => setWeeks(e.target.value)}
        />
      </Field>
      <Field id="manual-reason" label={t("reason")} hint={t("reasonHint")} error={errors.reason}>
        <textarea className="usa-textarea" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <Button type="submit" disabled={fetching} className="margin-top-2">
        {fetching ? t("working") : t("propose")}
      </Button>
    </form>
  );
}
