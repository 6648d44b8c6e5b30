"use client";
// One employer's claims for its verified leave administrators: what needs action now, the claims
// with filters (status, due soon, leave reason, worker name) and the response deadline on every
// open item. An administrator of several employers switches between them here.
import type { ResultOf, VariablesOf } from "gql.tada";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useQuery } from "urql";
import {
  Button,
  Checkbox,
  Fieldset,
  Label,
  QueryProblemNotice,
  Select,
  StatusMessage,
  TextInput,
  useFormat,
} from "@openleave/web";
import { useTranslations } from "next-intl";
import { leaveSpan } from "@/features/claims/leave-dates";
import { TONES } from "@/features/claims/status-tones";
import { toneForStatus } from "@/features/claims/claim-status";
import { EmployerDashboardQuery, EmployerLinksQuery } from "./employer-documents";
import { EmployerSections } from "./employer-sections";

const PAGE_SIZE = 20;
const STATUSES = [
  "PENDING_EMPLOYER_RESPONSE",
  "SUBMITTED",
  "IN_REVIEW",
  "INFO_REQUESTED",
  "APPROVED",
  "PARTIALLY_APPROVED",
  "DENIED",
  "WITHDRAWN",
  "CLOSED",
] as const;
const REASONS = [
  "OWN_HEALTH",
  "PREGNANCY",
  "PRENATAL",
  "BONDING",
  "FAMILY_CARE",
  "MILITARY_EXIGENCY",
  "MILITARY_CAREGIVER",
  "SAFE_LEAVE",
  "ORGAN_DONATION",
] as const;

type Variables = VariablesOf<typeof EmployerDashboardQuery>;
type Filters = Pick<Variables, "status" | "leaveReason" | "workerName" | "dueSoon" | "awaitingResponse">;
type ClaimRow = ResultOf<typeof EmployerDashboardQuery>["employerClaims"]["edges"][number]["node"];

export function EmployerDashboard({ employerId }: { employerId: string }) {
  const t = useTranslations("employers");
  const [links, reexecuteLinks] = useQuery({ query: EmployerLinksQuery });
  const verified = links.data?.myEmployerLinks.filter((link) => link.verified) ?? [];
  const current = verified.find((link) => link.employer.id === employerId);

  if (links.error && !links.data) {
    return (
      <QueryProblemNotice
        heading={t("dashboard.error")}
        error={links.error}
        onRetry={() => reexecuteLinks({ requestPolicy: "network-only" })}
      />
    );
  }
  if (!links.data) return <StatusMessage>{t("dashboard.loading")}</StatusMessage>;
  if (!current) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p>{t("dashboard.notVerified")}</p>
        <Link className="usa-link" href="/employers">
          {t("title")}
        </Link>
      </>
    );
  }
  return (
    <>
      <EmployerSections employerId={employerId} />
      <h1>{t("dashboard.title", { name: current.employer.name })}</h1>
      {verified.length > 1 ? (
        <EmployerSwitcher employerId={employerId} employers={verified.map((link) => link.employer)} />
      ) : null}
      <EmployerClaims key={employerId} employerId={employerId} />
    </>
  );
}

function EmployerSwitcher({
  employerId,
  employers,
}: {
  employerId: string;
  employers: { id: string; name: string }[];
}) {
  const t = useTranslations("employers.dashboard");
  const router = useRouter();
  const [choice, setChoice] = useState(employerId);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (choice !== employerId) router.push(`/employers/${encodeURIComponent(choice)}`);
  };
  return (
    <form className="usa-form margin-bottom-3" onSubmit={submit}>
      <Label htmlFor="employer-switch">{t("switchLabel")}</Label>
      <span className="usa-hint" id="employer-switch-hint">
        {t("switchHint")}
      </span>
      <div className="display-flex flex-row flex-align-end flex-wrap">
        <Select
          id="employer-switch"
          name="employer"
          aria-describedby="employer-switch-hint"
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
        >
          {employers.map((employer) => (
            <option key={employer.id} value={employer.id}>
              {employer.name}
            </option>
          ))}
        </Select>
        <Button type="submit" outline className="margin-left-1 margin-top-1">
          {t("switchSubmit")}
        </Button>
      </div>
    </form>
  );
}

function EmployerClaims({ employerId }: { employerId: string }) {
  const t = useTranslations("employers");
  const [draft, setDraft] = useState<Filters>({});
  const [filters, setFilters] = useState<Filters>({});
  const [first, setFirst] = useState(PAGE_SIZE);
  const [result, reexecute] = useQuery({
    query: EmployerDashboardQuery,
    variables: { employerId, first, ...filters },
    requestPolicy: "cache-and-network",
  });
  const counts = result.data?.employerActionCounts;
  const claims = result.data?.employerClaims.edges.map((edge) => edge.node) ?? [];
  const filtered = Object.values(filters).some((value) => value !== undefined && value !== "" && value !== false);

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFirst(PAGE_SIZE);
    setFilters({ ...draft, workerName: draft.workerName?.trim() || undefined });
  };
  const clear = () => {
    setDraft({});
    setFilters({});
  };

  let list;
  if (result.error && !result.data) {
    list = (
      <QueryProblemNotice
        heading={t("dashboard.error")}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  } else if (!result.data) {
    list = <StatusMessage>{t("dashboard.loading")}</StatusMessage>;
  } else if (claims.length === 0) {
    list = <p>{filtered ? t("dashboard.empty") : t("dashboard.emptyAll")}</p>;
  } else {
    list = (
      <>
        <ul className="usa-list usa-list--unstyled claim-list">
          {claims.map((claim) => (
            <li key={claim.id}>
              <EmployerClaimCard claim={claim} employerId={employerId} />
            </li>
          ))}
        </ul>
        {result.data.employerClaims.pageInfo.hasNextPage ? (
          <Button type="button" outline onClick={() => setFirst((count) => count + PAGE_SIZE)}>
            {t("dashboard.loadMore")}
          </Button>
        ) : null}
      </>
    );
  }

  return (
    <>
      <section aria-labelledby="counts-heading" className="margin-bottom-4">
        <h2 id="counts-heading">{t("dashboard.countsHeading")}</h2>
        {counts ? (
          <ul className="usa-list">
            <li>{t("dashboard.awaiting", { count: counts.awaitingResponse })}</li>
            <li>{t("dashboard.dueSoon", { count: counts.dueSoon })}</li>
            <li>{t("dashboard.contested", { count: counts.contested })}</li>
          </ul>
        ) : (
          <StatusMessage>{t("dashboard.loading")}</StatusMessage>
        )}
      </section>

      <section aria-labelledby="filters-heading" className="margin-bottom-4">
        <h2 id="filters-heading">{t("dashboard.filtersHeading")}</h2>
        <form className="usa-form" onSubmit={apply}>
          <Label htmlFor="filter-status">{t("dashboard.statusLabel")}</Label>
          <Select
            id="filter-status"
            name="status"
            value={draft.status ?? ""}
            onChange={(event) => setDraft({ ...draft, status: (event.target.value || undefined) as Filters["status"] })}
          >
            <option value="">{t("dashboard.anyStatus")}</option>
            {STATUSES.map((status) => (
              <EmployerStatusOption key={status} status={status} />
            ))}
          </Select>
          <Label htmlFor="filter-reason">{t("dashboard.reasonLabel")}</Label>
          <Select
            id="filter-reason"
            name="leaveReason"
            value={draft.leaveReason ?? ""}
            onChange={(event) =>
              setDraft({ ...draft, leaveReason: (event.target.value || undefined) as Filters["leaveReason"] })
            }
          >
            <option value="">{t("dashboard.anyReason")}</option>
            {REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {t(`reasons.${reason}`)}
              </option>
            ))}
          </Select>
          <Label htmlFor="filter-worker">{t("dashboard.workerLabel")}</Label>
          <span className="usa-hint" id="filter-worker-hint">
            {t("dashboard.workerHint")}
          </span>
          <TextInput
            id="filter-worker"
            name="workerName"
            type="text"
            aria-describedby="filter-worker-hint"
            value={draft.workerName ?? ""}
            onChange={(event) => setDraft({ ...draft, workerName: event.target.value })}
          />
          <Fieldset legend={t("dashboard.filtersHeading")} legendStyle="srOnly" className="margin-top-2">
            <Checkbox
              id="filter-awaiting"
              name="awaitingResponse"
              label={t("dashboard.awaitingLabel")}
              checked={!!draft.awaitingResponse}
              onChange={(event) => setDraft({ ...draft, awaitingResponse: event.target.checked || undefined })}
            />
            <Checkbox
              id="filter-due-soon"
              name="dueSoon"
              label={t("dashboard.dueSoonLabel")}
              checked={!!draft.dueSoon}
              onChange={(event) => setDraft({ ...draft, dueSoon: event.target.checked || undefined })}
            />
          </Fieldset>
          <div className="margin-top-2">
            <Button type="submit">{t("dashboard.apply")}</Button>
            {filtered ? (
              <Button type="button" unstyled className="margin-left-2" onClick={clear}>
                {t("dashboard.clear")}
              </Button>
            ) : null}
          </div>
        </form>
      </section>

      <section aria-labelledby="claims-heading" aria-busy={result.fetching}>
        <h2 id="claims-heading">{t("dashboard.resultsHeading")}</h2>
        {list}
      </section>
    </>
  );
}

function EmployerStatusOption({ status }: { status: (typeof STATUSES)[number] }) {
  return <option value={status}>{useEmployerStatusLabel()(status)}</option>;
}

/** Claim statuses in the employer's words: "waiting for your employer" is, to them, waiting for their response. */
function useEmployerStatusLabel() {
  const t = useTranslations();
  return (status: ClaimRow["status"]) =>
    status === "PENDING_EMPLOYER_RESPONSE" ? t("employers.responseStatuses.PENDING") : t(`claims.statuses.${status}`);
}

function EmployerClaimCard({ claim, employerId }: { claim: ClaimRow; employerId: string }) {
  const t = useTranslations();
  const format = useFormat();
  const span = leaveSpan(claim.leavePeriods);
  const response = claim.employerResponses.find((candidate) => candidate.employer.id === employerId);
  const tone = TONES[toneForStatus(claim.status)];
  const statusLabel = useEmployerStatusLabel();
  const number = claim.claimNumber ?? "";
  return (
    <article className="claim-card" aria-labelledby={`employer-claim-${claim.id}`}>
      <h3 id={`employer-claim-${claim.id}`} className="margin-top-0 margin-bottom-1">
        <Link
          className="usa-link"
          href={`/employers/${encodeURIComponent(employerId)}/claims/${encodeURIComponent(claim.id)}`}
        >
          {t("employers.dashboard.review", { number })}
        </Link>
      </h3>
      <p className="margin-y-1">
        <span className="usa-sr-only">{t("claims.status")}: </span>
        <span className={`usa-tag text-no-uppercase ${tone.className}`}>{statusLabel(claim.status)}</span>
        {response?.dueSoon ? (
          <span className="usa-tag text-no-uppercase bg-error-dark text-white margin-left-1">
            {t("employers.dashboard.dueSoonTag")}
          </span>
        ) : null}
      </p>
      {response?.status === "PENDING" ? (
        <p className="text-bold margin-y-1">
          {t("employers.dashboard.respondBy", { date: format.calendarDate(response.dueDate) })}
        </p>
      ) : response ? (
        <p className="margin-y-1">{t(`employers.responseStatuses.${response.status}`)}</p>
      ) : null}
      <dl className="claim-facts">
        <div>
          <dt>{t("employers.dashboard.worker")}</dt>
          <dd>
            {claim.claimant.firstName} {claim.claimant.lastName}
          </dd>
        </div>
        <div>
          <dt>{t("claims.reason")}</dt>
          <dd>{claim.leaveReason ? t(`employers.reasons.${claim.leaveReason}`) : t("common.notProvided")}</dd>
        </div>
        <div>
          <dt>{t("employers.dashboard.leaveDates")}</dt>
          <dd>
            {span
              ? t("claims.dateRange", { start: format.calendarDate(span.start), end: format.calendarDate(span.end) })
              : t("claims.noDates")}
          </dd>
        </div>
        {claim.submittedAt ? (
          <div>
            <dt>{t("employers.dashboard.submitted")}</dt>
            <dd>{format.instantDate(claim.submittedAt)}</dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
