"use client";
// Figures this deployment publishes: the list with each figure's status, who proposed and who
// decided it; approve/reject for a second program administrator; and the form to propose one.
import { useCallback } from "react";
import { useQuery } from "urql";
import { QueryProblemNotice, StatusMessage, useFormat, useSession } from "@openleave/web";
import { useTranslations } from "next-intl";
import { DecideFigure } from "./decide-figure";
import { ProposeFigureForm } from "./propose-figure-form";
import { PublishedFiguresQuery } from "./published-figures-query";
import type { PublishedFigure } from "./published-figures-types";

export function PublishedFigures() {
  const t = useTranslations("figures");
  const session = useSession();
  const [result, reexecute] = useQuery({ query: PublishedFiguresQuery });
  const refresh = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  const isProgramAdmin = session.status === "signed-in" && session.viewer.roles.includes("PROGRAM_ADMIN");

  let list;
  if (result.error && !result.data) {
    list = <QueryProblemNotice headingLevel="h2" heading={t("loadError")} error={result.error} onRetry={refresh} />;
  } else if (!result.data) {
    list = <StatusMessage>{t("loading")}</StatusMessage>;
  } else if (result.data.publishedFigures.length === 0) {
    list = <p>{t("empty")}</p>;
  } else {
    list = <FiguresTable figures={result.data.publishedFigures} onDecided={refresh} />;
  }

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="usa-intro">{t("intro")}</p>
      <section aria-labelledby="figures-list-heading">
        <h2 id="figures-list-heading">{t("listHeading")}</h2>
        {list}
      </section>
      {isProgramAdmin && result.data ? (
        <section className="margin-top-6">
          <ProposeFigureForm
            programs={result.data.programs}
            parameters={result.data.figureParameters}
            onProposed={refresh}
          />
        </section>
      ) : null}
      {!isProgramAdmin ? <p className="margin-top-4 text-base-dark">{t("onlyAdmins")}</p> : null}
    </>
  );
}

function FiguresTable({ figures, onDecided }: { figures: readonly PublishedFigure[]; onDecided: () => void }) {
  const t = useTranslations("figures");
  const format = useFormat();
  return (
    // Stacked on phones (each row becomes a card with its column labels), so nothing scrolls sideways.
    <div>
      <table className="usa-table usa-table--borderless usa-table--stacked">
        <caption className="usa-sr-only">{t("listHeading")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("column.figure")}</th>
            <th scope="col">{t("column.value")}</th>
            <th scope="col">{t("column.dates")}</th>
            <th scope="col">{t("column.source")}</th>
            <th scope="col">{t("column.status")}</th>
            <th scope="col">{t("column.action")}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.id}>
              <th scope="row" data-label={t("column.figure")}>
                {figure.parameter?.label ?? figure.parameterId}
                <span className="display-block font-mono-3xs text-base-dark">{figure.parameterId}</span>
              </th>
              <td data-label={t("column.value")}>
                {figure.value}
                {figure.parameter ? <span className="text-base-dark"> {figure.parameter.unit}</span> : null}
              </td>
              <td data-label={t("column.dates")}>
                {figure.effectiveTo
                  ? format.calendarDateRange(figure.effectiveFrom, figure.effectiveTo, "short")
                  : t("openEnded", { from: format.calendarDate(figure.effectiveFrom, "short") })}
              </td>
              <td data-label={t("column.source")}>
                {figure.citationHref ? (
                  <a className="usa-link" href={figure.citationHref} rel="noreferrer" target="_blank">
                    {figure.citationTitle}
                  </a>
                ) : (
                  figure.citationTitle
                )}
                {figure.citationSection ? <span className="display-block">{figure.citationSection}</span> : null}
              </td>
              <td data-label={t("column.status")}>
                <span className="usa-tag">{t(`status.${figure.status}`)}</span>
                <span className="display-block font-body-3xs margin-top-05">
                  {t("proposedBy", { name: figure.proposedBy.name, at: format.instantDateTime(figure.proposedAt) })}
                </span>
                {figure.decidedBy && figure.decidedAt ? (
                  <span className="display-block font-body-3xs">
                    {t("decidedBy", { name: figure.decidedBy.name, at: format.instantDateTime(figure.decidedAt) })}
                  </span>
                ) : null}
                {figure.decisionNote ? (
                  <span className="display-block font-body-3xs">{figure.decisionNote}</span>
                ) : null}
              </td>
              <td data-label={t("column.action")}>
                {figure.canDecide ? (
                  <DecideFigure figure={figure} onDecided={onDecided} />
                ) : figure.status === "PENDING_APPROVAL" ? (
                  t("waitingForAnother")
                ) : (
                  t("noAction")
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
