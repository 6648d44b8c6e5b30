"use client";
// Find a claim by what a caller can say: its number, their name, or their SSN's last four.
// The search runs only when the form is sent (each search is audited by the API).
import Form from "next/form";
import Link from "next/link";
import { useQuery } from "urql";
import { QueryProblemNotice, StatusMessage, useFormat } from "@openleave/web";
import { useTranslations } from "next-intl";
import { FindClaimsQuery } from "./claim-search-query";

export function ClaimSearch({ search }: { search: string }) {
  const t = useTranslations("search");
  const term = search.trim();
  return (
    <>
      <Form action="/search" className="usa-search usa-search--big margin-bottom-3" role="search" key={term}>
        <label className="usa-label" htmlFor="search-q">
          {t("label")}
        </label>
        <span className="usa-hint display-block" id="search-q-hint">
          {t("hint")}
        </span>
        <div className="display-flex margin-top-1">
          <input
            className="usa-input"
            id="search-q"
            type="search"
            name="q"
            defaultValue={term}
            aria-describedby="search-q-hint"
            autoComplete="off"
            minLength={2}
            maxLength={100}
          />
          <button className="usa-button" type="submit">
            {t("submit")}
          </button>
        </div>
      </Form>
      {term.length >= 2 ? <SearchResults search={term} /> : term ? <p>{t("tooShort")}</p> : null}
    </>
  );
}

function SearchResults({ search }: { search: string }) {
  const t = useTranslations();
  const format = useFormat();
  const [result, reexecute] = useQuery({ query: FindClaimsQuery, variables: { search } });
  if (result.error && !result.data) {
    return (
      <QueryProblemNotice
        headingLevel="h2"
        heading={t("search.error")}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  if (!result.data) return <StatusMessage>{t("search.loading")}</StatusMessage>;
  const claims = result.data.findClaims;
  if (claims.length === 0) {
    return (
      <div className="usa-summary-box" role="status">
        <div className="usa-summary-box__body">
          <p className="usa-summary-box__text margin-0">{t("search.none", { search })}</p>
        </div>
      </div>
    );
  }
  return (
    <>
      <p role="status">{t("search.found", { count: claims.length })}</p>
      <table className="usa-table usa-table--borderless usa-table--stacked width-full">
        <caption className="usa-sr-only">{t("search.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("search.claim")}</th>
            <th scope="col">{t("search.claimant")}</th>
            <th scope="col">{t("search.status")}</th>
            <th scope="col">{t("search.submitted")}</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((claim) => (
            <tr key={claim.id}>
              <th scope="row" data-label={t("search.claim")}>
                <Link className="usa-link" href={`/claims/${claim.id}`}>
                  {claim.claimNumber ?? t("claim.noNumber")}
                </Link>
              </th>
              <td data-label={t("search.claimant")}>
                {claim.claimant.firstName} {claim.claimant.lastName}{" "}
                <span className="text-base-dark text-mono">{claim.claimant.taxIdMasked}</span>
              </td>
              <td data-label={t("search.status")}>{t(`claim.statuses.${claim.status}`)}</td>
              <td data-label={t("search.submitted")}>
                {claim.submittedAt ? format.instantDate(claim.submittedAt) : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
