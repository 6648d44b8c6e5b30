"use client";
// The estimate before submitting: the rules evaluated on the wages employers reported, with
// the steps and citations behind each figure. A figure the rules cannot know for these dates
// (not published yet) is said so in words, never shown blank or guessed.
import type { ResultOf } from "gql.tada";
import { useEffect, useState } from "react";
import { useMutation } from "urql";
import { Notice, StatusMessage, useFormat, useProblemMessage } from "@openleave/web";
import { useApiOutcome } from "@/features/api-errors/use-api-outcome";
import { useTranslations } from "next-intl";
import { CheckEligibilityMutation } from "../application-documents";
import { StepForm } from "../step-form";
import { useStepForm, useWizard } from "../wizard-context";

type Snapshot = Extract<
  NonNullable<ResultOf<typeof CheckEligibilityMutation>["checkEligibility"]>,
  { __typename: "MutationCheckEligibilitySuccess" }
>["data"];

interface ExplanationCitation {
  title: string;
  section?: string;
  href?: string;
}
interface ExplanationStep {
  step: string;
  what: string;
  result?: unknown;
  cite?: ExplanationCitation[];
  parameters?: { id: string; label: string; value: unknown; from: string; cite?: ExplanationCitation[] }[];
  note?: string;
}

/** The explanation steps as the rules wrote them (English: the rules' own words, with citations). */
export function explanationSteps(explanation: unknown): ExplanationStep[] {
  if (!Array.isArray(explanation)) return [];
  return explanation.filter(
    (step): step is ExplanationStep =>
      typeof step === "object" && step !== null && typeof step.step === "string" && typeof step.what === "string",
  );
}

function shownValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

export function EstimateStep() {
  const t = useTranslations("wizard.estimate");
  const format = useFormat();
  const problemMessage = useProblemMessage();
  const toOutcome = useApiOutcome();
  const { claimId, profile, advance } = useWizard();
  const [{ fetching }, check] = useMutation(CheckEligibilityMutation);
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useStepForm([] as const);

  useEffect(() => {
    let live = true;
    void check({ claimId }).then((result) => {
      if (!live) return;
      const outcome = toOutcome(result.data?.checkEligibility, result.error);
      if (outcome.kind === "success") setSnapshot(outcome.data);
      else
        setProblem(
          outcome.kind === "invalid-input"
            ? outcome.issues.map((i) => i.message).join(" ") || outcome.message
            : problemMessage(outcome),
        );
    });
    return () => {
      live = false;
    };
  }, [check, claimId, problemMessage, toOutcome]);

  const money = (amount: string | null | undefined) => (amount ? format.money(amount) : t("unknownFigure"));
  const steps = snapshot ? explanationSteps(snapshot.explanation) : [];
  const reasons =
    snapshot && Array.isArray(snapshot.ineligibleReasons)
      ? (snapshot.ineligibleReasons as { code: string; message: string }[])
      : [];
  const wagesOf = (quarter: string) => {
    const [year, q] = quarter.split("-Q").map(Number);
    const records = profile.wageRecords.filter((r) => r.year === year && r.quarter === q);
    return records.length === 0 ? null : records.map((r) => r.wages);
  };

  return (
    <StepForm
      onSubmit={form.submit(
        () => ({}),
        async () => null,
        () => advance(),
      )}
      summary={[]}
      failedSubmits={form.failedSubmits}
      saving={form.saving}
      submitLabel={t("continue")}
    >
      <p>{t("intro")}</p>
      {fetching && !snapshot ? <StatusMessage>{t("working")}</StatusMessage> : null}
      {problem ? (
        <Notice type="warning" headingLevel="h2" heading={t("problemHeading")}>
          <p>{problem}</p>
        </Notice>
      ) : null}
      {snapshot ? (
        <>
          {snapshot.errorCode ? (
            <Notice type="warning" headingLevel="h2" heading={t("unknownHeading")}>
              <p>{t(snapshot.errorCode === "PARAMETER_NOT_KNOWN" ? "unknownBody" : "cannotEstimateBody")}</p>
            </Notice>
          ) : snapshot.eligible ? (
            <Notice type="success" headingLevel="h2" heading={t("eligibleHeading")}>
              <p>{t("eligibleBody")}</p>
            </Notice>
          ) : (
            <Notice type="warning" headingLevel="h2" heading={t("ineligibleHeading")}>
              <p>{t("ineligibleBody")}</p>
              <ul className="usa-list">
                {reasons.map((reason) => (
                  <li key={reason.code} lang="en">
                    {reason.message}
                  </li>
                ))}
              </ul>
            </Notice>
          )}
          <dl className="claim-facts margin-top-3" aria-label={t("figuresLabel")}>
            <div>
              <dt>{t("weeklyBenefit")}</dt>
              <dd>{money(snapshot.weeklyBenefitAmount)}</dd>
            </div>
            <div>
              <dt>{t("weeks")}</dt>
              <dd>
                {(snapshot.remainingWeeks ?? snapshot.maxWeeks)
                  ? t("weeksValue", { weeks: format.number(Number(snapshot.remainingWeeks ?? snapshot.maxWeeks)) })
                  : t("unknownFigure")}
              </dd>
            </div>
            <div>
              <dt>{t("waitingPeriod")}</dt>
              <dd>
                {snapshot.waitingPeriodDays == null
                  ? t("unknownFigure")
                  : t("waitingDays", { days: snapshot.waitingPeriodDays })}
              </dd>
            </div>
            <div>
              <dt>{t("averageWeeklyWage")}</dt>
              <dd>{money(snapshot.averageWeeklyWage)}</dd>
            </div>
            <div>
              <dt>{t("basePeriodWages")}</dt>
              <dd>{money(snapshot.basePeriodWages)}</dd>
            </div>
          </dl>
          {snapshot.basePeriodQuarters.length > 0 ? (
            <>
              <h2>{t("quartersHeading")}</h2>
              <table className="usa-table usa-table--borderless usa-table--stacked">
                <caption className="usa-sr-only">{t("quartersHeading")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("quarter")}</th>
                    <th scope="col">{t("wagesReported")}</th>
                  </tr>
                </thead>
                <tbody>
                  {snapshot.basePeriodQuarters.map((quarter) => {
                    const wages = wagesOf(quarter);
                    return (
                      <tr key={quarter}>
                        <th scope="row" data-label={t("quarter")}>
                          {quarter}
                        </th>
                        <td data-label={t("wagesReported")}>
                          {wages ? wages.map((w) => format.money(w)).join(" + ") : t("noWagesReported")}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </>
          ) : null}
          {steps.length > 0 ? (
            <details className="margin-top-3">
              <summary>{t("howHeading")}</summary>
              <p className="usa-hint">{t("howNote")}</p>
              <ol className="usa-list" lang="en">
                {steps.map((step, i) => (
                  <li key={`${step.step}-${i}`} className="margin-bottom-2">
                    <strong>{step.what}</strong>
                    {step.result !== undefined && step.result !== null ? <> — {shownValue(step.result)}</> : null}
                    {step.note ? <div className="text-base-dark">{step.note}</div> : null}
                    {[...(step.cite ?? []), ...(step.parameters ?? []).flatMap((p) => p.cite ?? [])].length > 0 ? (
                      <ul className="usa-list usa-list--unstyled font-body-2xs">
                        {[...(step.cite ?? []), ...(step.parameters ?? []).flatMap((p) => p.cite ?? [])]
                          .slice(0, 4)
                          .map((cite, j) => (
                            <li key={j}>
                              {cite.href ? (
                                <a className="usa-link" href={cite.href} rel="noreferrer" target="_blank">
                                  {cite.title}
                                  {cite.section ? ` ${cite.section}` : ""}
                                </a>
                              ) : (
                                `${cite.title}${cite.section ? ` ${cite.section}` : ""}`
                              )}
                            </li>
                          ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
          <p className="margin-top-3">{t("notADecision")}</p>
        </>
      ) : null}
    </StepForm>
  );
}
