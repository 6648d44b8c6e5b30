// USWDS step indicator: where the person is among the steps that apply to their application.
// Completed steps say so to screen readers; the current one has aria-current.
import { useTranslations } from "next-intl";
import type { Step } from "./wizard-steps";

export function StepIndicator({
  steps,
  current,
  complete,
}: {
  steps: readonly Step[];
  current: Step;
  complete: (step: Step) => boolean;
}) {
  const t = useTranslations("wizard");
  const index = steps.indexOf(current);
  return (
    <div className="usa-step-indicator usa-step-indicator--counters-sm margin-bottom-3" aria-label={t("progressLabel")}>
      <ol className="usa-step-indicator__segments">
        {steps.map((step, i) => {
          const state = step === current ? "current" : i < index || complete(step) ? "complete" : null;
          return (
            <li
              key={step}
              className={`usa-step-indicator__segment${state ? ` usa-step-indicator__segment--${state}` : ""}`}
              aria-current={step === current ? "step" : undefined}
            >
              <span className="usa-step-indicator__segment-label">
                {t(`steps.${step}`)}
                {state === "complete" ? <span className="usa-sr-only"> {t("stepComplete")}</span> : null}
                {state === null ? <span className="usa-sr-only"> {t("stepNotComplete")}</span> : null}
              </span>
            </li>
          );
        })}
      </ol>
      <div className="usa-step-indicator__header">
        <p className="usa-step-indicator__heading margin-0">
          <span className="usa-step-indicator__heading-counter">
            <span className="usa-sr-only">{t("stepWord")}</span>
            <span className="usa-step-indicator__current-step">{index + 1}</span>{" "}
            <span className="usa-step-indicator__total-steps">{t("ofTotal", { total: String(steps.length) })}</span>
          </span>
          <span className="usa-step-indicator__heading-text">{t(`steps.${current}`)}</span>
        </p>
      </div>
    </div>
  );
}
