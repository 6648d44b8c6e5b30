"use client";
// One tab per queue the signed-in staff member works, with its open, unassigned and overdue
// counts (queueSummaries), so the busiest queue is visible before opening it. Tabs are links:
// the chosen queue lives in the URL like the other filters.
import Link from "next/link";
import { useQuery } from "urql";
import { useTranslations } from "next-intl";
import { filtersHref, type TaskQueue, type WorkQueueFilters } from "./work-queue-filters";
import { QueueSummariesQuery } from "./work-queue-query";

export function QueueTabs({ filters }: { filters: WorkQueueFilters }) {
  const t = useTranslations();
  const [result] = useQuery({ query: QueueSummariesQuery });
  const summaries = result.data?.queueSummaries;
  if (result.error && !summaries) {
    return <p className="text-base-dark">{t("queueTabs.error")}</p>;
  }
  if (!summaries) return <p className="text-base-dark">{t("queueTabs.loading")}</p>;
  if (summaries.length === 0) return null;
  const total = summaries.reduce((sum, s) => sum + s.open, 0);
  const tab = (queue: TaskQueue | null, label: string, detail: string) => {
    const current = filters.queue === queue;
    return (
      <li key={queue ?? "all"} className="queue-tabs__item">
        <Link
          href={filtersHref({ ...filters, queue })}
          className={`queue-tabs__link${current ? " queue-tabs__link--current" : ""}`}
          aria-current={current ? "page" : undefined}
        >
          <span className="display-block text-bold">{label}</span>
          <span className="display-block font-sans-2xs">{detail}</span>
        </Link>
      </li>
    );
  };
  return (
    <nav aria-label={t("queueTabs.label")} className="margin-y-2">
      <ul className="queue-tabs">
        {tab(null, t("workQueue.allQueues"), t("queueTabs.openCount", { count: total }))}
        {summaries.map((summary) =>
          tab(
            summary.queue,
            t(`workQueue.queues.${summary.queue}`),
            t("queueTabs.counts", { open: summary.open, unassigned: summary.unassigned, overdue: summary.overdue }),
          ),
        )}
      </ul>
    </nav>
  );
}
