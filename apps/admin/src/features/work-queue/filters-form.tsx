// A GET form: it works without JavaScript, and with it next/form navigates without a reload.
import Form from "next/form";
import { useTranslations } from "next-intl";
import { SHOW_OPTIONS, TASK_QUEUES, type ShowOption, type WorkQueueFilters } from "./work-queue-filters";

export function FiltersForm({ filters }: { filters: WorkQueueFilters }) {
  const t = useTranslations();
  const showLabels: Record<ShowOption, string> = {
    all: t("workQueue.showAll"),
    mine: t("workQueue.showMine"),
    unassigned: t("workQueue.showUnassigned"),
  };
  return (
    <Form action="/" className="work-queue-filters" key={`${filters.queue}-${filters.show}`}>
      <fieldset className="usa-fieldset">
        <legend className="usa-sr-only">{t("workQueue.filtersLegend")}</legend>
        <div className="work-queue-filters__row">
          <div>
            <label className="usa-label margin-top-0" htmlFor="queue">
              {t("workQueue.queueLabel")}
            </label>
            <select className="usa-select" id="queue" name="queue" defaultValue={filters.queue ?? ""}>
              <option value="">{t("workQueue.allQueues")}</option>
              {TASK_QUEUES.map((queue) => (
                <option key={queue} value={queue}>
                  {t(`workQueue.queues.${queue}`)}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="usa-fieldset">
            <legend className="usa-legend margin-top-0">{t("workQueue.showLegend")}</legend>
            {SHOW_OPTIONS.map((option) => (
              <div key={option} className="usa-radio">
                <input
                  className="usa-radio__input"
                  id={`show-${option}`}
                  type="radio"
                  name="show"
                  value={option}
                  defaultChecked={filters.show === option}
                />
                <label className="usa-radio__label" htmlFor={`show-${option}`}>
                  {showLabels[option]}
                </label>
              </div>
            ))}
          </fieldset>
          <div>
            <button type="submit" className="usa-button margin-top-0">
              {t("workQueue.applyFilters")}
            </button>
          </div>
        </div>
      </fieldset>
    </Form>
  );
}
