"use client";
// The appeals docket: open appeals oldest filed first, each with its hearing and the officer's
// actions. A decision on the merits waits for the hearing (the API refuses it before); a
// dismissal can come at any time. Each write names the appeal version on screen.
import type { ResultOf } from "gql.tada";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import {
  Button,
  type MutationOutcome,
  QueryProblemNotice,
  StatusMessage,
  toMutationOutcome,
  useFormat,
  useProblemMessage,
} from "@openleave/web";
import { useTranslations } from "next-intl";
import { Field } from "@/features/claim-review/field";
import type { AppealStatusFilter } from "./appeal-statuses";
import { AppealsQuery, DecideAppealMutation, ScheduleHearingMutation } from "./appeals-query";

type Appeal = ResultOf<typeof AppealsQuery>["appeals"]["edges"][number]["node"];
type Outcome = "AFFIRMED" | "REVERSED" | "MODIFIED" | "DISMISSED";

export function AppealsDocket({ status, now = () => new Date() }: { status: AppealStatusFilter; now?: () => Date }) {
  const t = useTranslations("appeals");
  const [result, reexecute] = useQuery({ query: AppealsQuery, variables: { first: 50, status } });
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  if (result.error && !result.data) {
    return <QueryProblemNotice headingLevel="h2" heading={t("error")} error={result.error} onRetry={refresh} />;
  }
  if (!result.data) return <StatusMessage>{t("loading")}</StatusMessage>;
  const appeals = result.data.appeals.edges.map((edge) => edge.node);
  if (appeals.length === 0) {
    return (
      <div className="usa-summary-box" role="status">
        <div className="usa-summary-box__body">
          <p className="usa-summary-box__text margin-0">{t("empty")}</p>
        </div>
      </div>
    );
  }
  return (
    <>
      <p role="status">{t("shown", { count: appeals.length })}</p>
      <ul className="usa-list usa-list--unstyled">
        {appeals.map((appeal) => (
          <AppealCard key={appeal.id} appeal={appeal} onChanged={refresh} now={now} />
        ))}
      </ul>
    </>
  );
}

function AppealCard({ appeal, onChanged, now }: { appeal: Appeal; onChanged: () => void; now: () => Date }) {
  const t = useTranslations();
  const format = useFormat();
  const actions = new Set(appeal.allowedActions);
  const headingId = `appeal-${appeal.id}-heading`;
  const claimant = `${appeal.claim.claimant.firstName} ${appeal.claim.claimant.lastName}`;
  const hearingHeld = appeal.hearingAt ? new Date(appeal.hearingAt).getTime() <= now().getTime() : false;
  return (
    <li className="appeal-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="margin-top-0 font-heading-md">
        {t("appeals.cardTitle", { number: appeal.claim.claimNumber ?? t("claim.noNumber"), name: claimant })}
      </h2>
      <p className="margin-y-1">
        <span className="usa-tag text-no-uppercase">{t(`appeals.statuses.${appeal.status}`)}</span>{" "}
        {appeal.filedLate ? <span className="usa-tag bg-error-dark text-no-uppercase">{t("appeals.late")}</span> : null}
      </p>
      <dl className="claim-facts">
        <div className="claim-facts__row">
          <dt>{t("appeals.appellant")}</dt>
          <dd>{t(`appeals.appellants.${appeal.appellantRole}`)}</dd>
        </div>
        <div className="claim-facts__row">
          <dt>{t("appeals.appealed")}</dt>
          <dd>
            {t(`claim.outcomes.${appeal.determination.outcome}`)} ({appeal.determination.reasonCode})
          </dd>
        </div>
        <div className="claim-facts__row">
          <dt>{t("appeals.filed")}</dt>
          <dd>
            {t("appeals.filedOn", {
              date: format.instantDate(appeal.filedAt),
              deadline: format.calendarDate(appeal.deadline),
            })}
          </dd>
        </div>
        <div className="claim-facts__row">
          <dt>{t("appeals.hearing")}</dt>
          <dd>{appeal.hearingAt ? format.instantDateTime(appeal.hearingAt) : t("appeals.noHearing")}</dd>
        </div>
        <div className="claim-facts__row">
          <dt>{t("appeals.officer")}</dt>
          <dd>{appeal.officer?.name ?? t("appeals.noOfficer")}</dd>
        </div>
        {appeal.reason ? (
          <div className="claim-facts__row">
            <dt>{t("appeals.grounds")}</dt>
            <dd>{appeal.reason}</dd>
          </div>
        ) : null}
        {appeal.outcome ? (
          <div className="claim-facts__row">
            <dt>{t("appeals.outcome")}</dt>
            <dd>
              {t(`appeals.results.${appeal.outcome}`)}
              {appeal.decisionSummary ? ` · ${appeal.decisionSummary}` : null}
            </dd>
          </div>
        ) : null}
      </dl>
      <p className="margin-y-1">
        <Link className="usa-link" href={`/claims/${appeal.claim.id}`}>
          {t("appeals.openClaim", { number: appeal.claim.claimNumber ?? t("claim.noNumber") })}
        </Link>
      </p>
      {actions.has("SCHEDULE_HEARING") ? <ScheduleHearing appeal={appeal} onChanged={onChanged} /> : null}
      {actions.has("DECIDE") || actions.has("DISMISS") ? (
        <DecideAppeal
          key={appeal.version}
          appeal={appeal}
          onChanged={onChanged}
          mayDecideOnMerits={actions.has("DECIDE") && (!appeal.hearingAt || hearingHeld)}
          mayDismiss={actions.has("DISMISS")}
        />
      ) : null}
      {actions.has("DECIDE") && appeal.hearingAt && !hearingHeld ? (
        <p className="text-base-dark">
          {t("appeals.decideAfterHearing", { at: format.instantDateTime(appeal.hearingAt) })}
        </p>
      ) : null}
    </li>
  );
}

function useOutcomeMessage() {
  const t = useTranslations("appeals");
  const problemMessage = useProblemMessage();
  return (outcome: Exclude<MutationOutcome<unknown>, { kind: "success" }>) =>
    outcome.kind === "failed" && outcome.code === "STALE_VERSION"
      ? t("stale")
      : outcome.kind === "invalid-input"
        ? (outcome.issues[0]?.message ?? outcome.message)
        : problemMessage(outcome);
}

function ScheduleHearing({ appeal, onChanged }: { appeal: Appeal; onChanged: () => void }) {
  const t = useTranslations("appeals");
  const message = useOutcomeMessage();
  const [when, setWhen] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [{ fetching }, schedule] = useMutation(ScheduleHearingMutation);
  const id = `hearing-${appeal.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const at = when ? new Date(when) : null;
    if (!at || Number.isNaN(at.getTime())) {
      setError(t("hearingRequired"));
      return;
    }
    setError(undefined);
    // The browser's local time, sent as an instant with its offset (UTC).
    const result = await schedule({
      input: { appealId: appeal.id, expectedVersion: appeal.version, hearingAt: at.toISOString() },
    });
    const outcome = toMutationOutcome(result.data?.scheduleHearing, result.error);
    if (outcome.kind === "success") onChanged();
    else setError(message(outcome));
  };
  return (
    <form onSubmit={submit} noValidate className="margin-bottom-2">
      <Field
        id={id}
        label={appeal.hearingAt ? t("moveHearing") : t("scheduleHearing")}
        hint={t("hearingHint")}
        error={error}
      >
        <input className="usa-input" type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
      </Field>
      <Button type="submit" outline className="margin-top-1" disabled={fetching}>
        {fetching ? t("scheduling") : appeal.hearingAt ? t("moveHearingButton") : t("scheduleHearingButton")}
      </Button>
    </form>
  );
}

function DecideAppeal({
  appeal,
  onChanged,
  mayDecideOnMerits,
  mayDismiss,
}: {
  appeal: Appeal;
  onChanged: () => void;
  mayDecideOnMerits: boolean;
  mayDismiss: boolean;
}) {
  const t = useTranslations("appeals");
  const message = useOutcomeMessage();
  const starts = appeal.claim.leavePeriods.map((p) => p.startDate).sort();
  const ends = appeal.claim.leavePeriods.map((p) => p.endDate).sort();
  const options: Outcome[] = [
    ...(mayDecideOnMerits ? (["AFFIRMED", "REVERSED", "MODIFIED"] as const) : []),
    ...(mayDismiss ? (["DISMISSED"] as const) : []),
  ];
  const [outcome, setOutcome] = useState<Outcome | "">("");
  const [summary, setSummary] = useState("");
  const [start, setStart] = useState(starts[0] ?? "");
  const [end, setEnd] = useState(ends.at(-1) ?? "");
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, decide] = useMutation(DecideAppealMutation);
  if (options.length === 0) return null;
  // Reversing a denial or modifying a decision sets the approved dates anew.
  const needsDates = outcome === "MODIFIED" || (outcome === "REVERSED" && appeal.determination.outcome === "DENIED");
  const base = `decide-${appeal.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!outcome) return setError(t("outcomeRequired"));
    if (summary.trim().length < 10) return setError(t("summaryRequired"));
    setError(null);
    const result = await decide({
      input: {
        appealId: appeal.id,
        expectedVersion: appeal.version,
        outcome,
        summary: summary.trim(),
        approvedStartDate: needsDates ? start : null,
        approvedEndDate: needsDates ? end : null,
      },
    });
    const answer = toMutationOutcome(result.data?.decideAppeal, result.error);
    if (answer.kind === "success") onChanged();
    else setError(message(answer));
  };
  return (
    <form onSubmit={submit} noValidate>
      <Field id={`${base}-outcome`} label={t("outcomeLabel")}>
        <select className="usa-select" value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome | "")}>
          <option value="">{t("chooseOutcome")}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {t(`outcomes.${option}`)}
            </option>
          ))}
        </select>
      </Field>
      {needsDates ? (
        <>
          <Field id={`${base}-start`} label={t("approvedStart")}>
            <input className="usa-input" type="date" value={start} onChange={(e) => setStart(e.target.value)} />
          </Field>
          <Field id={`${base}-end`} label={t("approvedEnd")}>
            <input className="usa-input" type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
          </Field>
        </>
      ) : null}
      <Field id={`${base}-summary`} label={t("summaryLabel")} hint={t("summaryHint")}>
        <textarea className="usa-textarea" rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </Field>
      {error ? (
        <p role="alert" className="text-error-dark">
          {error}
        </p>
      ) : null}
      <Button type="submit" className="margin-top-1" disabled={fetching}>
        {fetching ? t("recording") : t("record")}
      </Button>
    </form>
  );
}
