// The work queue's filters live in the URL (?queue=APPEALS&show=mine), so a filtered view can
// be bookmarked, shared and reached with the back button. Anything unknown is ignored.

export const TASK_QUEUES = [
  "ADJUDICATION",
  "DOCUMENT_REVIEW",
  "EMPLOYER_RESPONSE",
  "EMPLOYER_GRIEVANCE",
  "APPEALS",
  "OVERPAYMENTS",
  "PAYMENTS",
  "EMPLOYER_SUPPORT",
] as const;
export type TaskQueue = (typeof TASK_QUEUES)[number];

export const SHOW_OPTIONS = ["all", "mine", "unassigned"] as const;
export type ShowOption = (typeof SHOW_OPTIONS)[number];

export interface WorkQueueFilters {
  queue: TaskQueue | null;
  show: ShowOption;
}

type SearchParams = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function filtersFromSearchParams(params: SearchParams): WorkQueueFilters {
  const queue = single(params.queue);
  const show = single(params.show);
  return {
    queue: (TASK_QUEUES as readonly string[]).includes(queue ?? "") ? (queue as TaskQueue) : null,
    show: (SHOW_OPTIONS as readonly string[]).includes(show ?? "") ? (show as ShowOption) : "all",
  };
}

/** The workQueue query's arguments for these filters (the API defaults to open and in-progress tasks). */
export function filtersToVariables(filters: WorkQueueFilters) {
  return {
    queue: filters.queue,
    assignedToMe: filters.show === "mine" ? true : null,
    unassigned: filters.show === "unassigned" ? true : null,
  };
}

/** The work queue's URL for these filters ("/" when nothing is chosen). */
export function filtersHref(filters: WorkQueueFilters): string {
  const params = new URLSearchParams();
  if (filters.queue) params.set("queue", filters.queue);
  if (filters.show !== "all") params.set("show", filters.show);
  const query = params.toString();
  return query ? `/?${query}` : "/";
}
