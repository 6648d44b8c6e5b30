"use client";
// The staff work queue: open tasks, soonest due first, with the claim they belong to. On small
// screens the table stacks into one card per task (USWDS stacked table).
import type { ResultOf } from "gql.tada";
import Link from "next/link";
import { useRef, useState, type KeyboardEvent } from "react";
import { useMutation, useQuery } from "urql";
import {
  Button,
  QueryProblemNotice,
  StatusMessage,
  toMutationOutcome,
  useFormat,
  useProblemMessage,
} from "@openleave/web";
import { useTranslations } from "next-intl";
import { dueDateOf } from "./due-date";
import { filtersToVariables, type WorkQueueFilters } from "./work-queue-filters";
import { AssignTaskMutation, StaffMembersQuery, WorkQueueQuery } from "./work-queue-query";

const PAGE_SIZE = 25;

/**
 * Triage from the keyboard: j or ↓ moves to the next task, k or ↑ to the previous one (focus
 * lands on the task's claim link, so Enter opens it), a assigns the focused task to oneself.
 * Keys typed into a form control (a supervisor's "give to" list) are left alone.
 */
function triageKeys(event: KeyboardEvent<HTMLTableSectionElement>) {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target as HTMLElement;
  if (target.closest("input, select, textarea")) return;
  const row = target.closest<HTMLTableRowElement>("tr[data-task-row]");
  if (!row) return;
  const focusRow = (next: Element | null) => {
    const focusable = next?.querySelector<HTMLElement>('a[href^="/claims/"], a, button');
    if (!focusable) return;
    event.preventDefault();
    focusable.focus();
  };
  if (event.key === "j" || event.key === "ArrowDown") focusRow(row.nextElementSibling);
  else if (event.key === "k" || event.key === "ArrowUp") focusRow(row.previousElementSibling);
  else if (event.key === "a") {
    const assign = row.querySelector<HTMLButtonElement>("button[data-assign-to-me]");
    if (assign && !assign.disabled) {
      event.preventDefault();
      assign.click();
    }
  }
}

type Task = ResultOf<typeof WorkQueueQuery>["workQueue"]["edges"][number]["node"];

export function WorkQueueTable({
  filters,
  viewerId,
  supervisor = false,
}: {
  filters: WorkQueueFilters;
  viewerId: string;
  /** Supervisors may hand back anyone's task and give tasks to others. */
  supervisor?: boolean;
}) {
  const t = useTranslations();
  const [first, setFirst] = useState(PAGE_SIZE);
  const [result, reexecute] = useQuery({ query: WorkQueueQuery, variables: { first, ...filtersToVariables(filters) } });
  // Supervisors give work to others: whom they can choose from.
  const [staffResult] = useQuery({ query: StaffMembersQuery, pause: !supervisor });
  const staff = supervisor ? (staffResult.data?.staffMembers ?? []) : [];
  // Keep showing the rows we have while a longer page loads.
  const [lastData, setLastData] = useState(result.data);
  if (result.data && result.data !== lastData) setLastData(result.data);
  const data = result.data ?? lastData;
  // After "Assign to me" the row can leave the list (e.g. in "Not assigned"), taking focus with
  // it: say what happened in the status line and move focus there.
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);
  const handleAssigned = (message: string) => {
    setAnnouncement(message);
    statusLine.current?.focus();
  };

  if (result.error && !data) {
    return (
      <QueryProblemNotice
        headingLevel="h2"
        heading={t("workQueue.error")}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  if (!data) return <StatusMessage>{t("workQueue.loading")}</StatusMessage>;

  const tasks = data.workQueue.edges.map((edge) => edge.node);
  if (tasks.length === 0) {
    return (
      <div className="usa-summary-box" role="status">
        <div className="usa-summary-box__body">
          <p className="usa-summary-box__text margin-y-0">{t("workQueue.empty")}</p>
          <p className="usa-summary-box__text margin-bottom-0">{t("workQueue.emptyNext")}</p>
        </div>
      </div>
    );
  }

  return (
    <>
      <p role="status" className="text-base-dark" tabIndex={-1} ref={statusLine}>
        {announcement ? `${announcement} ` : null}
        {t("workQueue.shown", { count: tasks.length })}
      </p>
      <p className="text-base-dark font-sans-2xs margin-top-0" id="work-queue-keys">
        {t("workQueue.keyboardHint")}
      </p>
      <table
        className="usa-table usa-table--borderless usa-table--stacked work-queue-table"
        aria-describedby="work-queue-keys"
      >
        <caption className="usa-sr-only">{t("workQueue.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("workQueue.due")}</th>
            <th scope="col">{t("workQueue.task")}</th>
            <th scope="col">{t("workQueue.claim")}</th>
            <th scope="col">{t("workQueue.claimant")}</th>
            <th scope="col">{t("workQueue.assignee")}</th>
          </tr>
        </thead>
        {/* Keys come from the links and buttons inside the rows; the body only delegates them. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
        <tbody onKeyDown={triageKeys}>
          {tasks.map((task) => (
            <TaskRow
              key={task.id}
              task={task}
              viewerId={viewerId}
              supervisor={supervisor}
              staff={staff}
              onAssigned={handleAssigned}
            />
          ))}
        </tbody>
      </table>
      {data.workQueue.pageInfo.hasNextPage ? (
        <Button type="button" outline onClick={() => setFirst((count) => count + PAGE_SIZE)}>
          {result.fetching ? t("common.loading") : t("workQueue.loadMore")}
        </Button>
      ) : null}
    </>
  );
}

/** Whole days since the task was opened (its ageing), never negative. */
function daysOpen(createdAt: string): number {
  return Math.max(0, Math.floor((Date.now() - Date.parse(createdAt)) / 86_400_000));
}

function TaskRow({
  task,
  viewerId,
  supervisor,
  staff,
  onAssigned,
}: {
  task: Task;
  viewerId: string;
  supervisor: boolean;
  staff: readonly { id: string; name: string }[];
  onAssigned: (message: string) => void;
}) {
  const t = useTranslations();
  const format = useFormat();
  const claim = task.claim;
  const taskLabel = `${t(`workQueue.kinds.${task.kind}`)}, ${claim?.claimNumber ?? t("workQueue.noClaim")}`;
  return (
    <tr data-task-row="">
      <th scope="row" data-label={t("workQueue.due")}>
        {format.calendarDate(dueDateOf(task.dueAt), "short")}
        {task.overdue ? (
          <span className="usa-tag bg-error-dark text-white text-no-uppercase margin-left-1">
            {t("workQueue.overdue")}
          </span>
        ) : null}
      </th>
      <td data-label={t("workQueue.task")}>
        <span className="display-block text-bold">{t(`workQueue.kinds.${task.kind}`)}</span>
        <span className="display-block text-base-dark font-sans-2xs">
          {t(`workQueue.queues.${task.queue}`)} · {t(`workQueue.taskStatuses.${task.status}`)}
        </span>
        <span className="display-block text-base-dark font-sans-2xs">
          {t("workQueue.age", { days: daysOpen(task.createdAt) })}
        </span>
        {task.kind === "REVIEW_EMPLOYER_GRIEVANCE" ? (
          <Link className="usa-link display-block font-sans-2xs" href="/grievances">
            {t("workQueue.openGrievances")}
          </Link>
        ) : null}
      </td>
      <td data-label={t("workQueue.claim")}>
        {claim ? (
          <>
            <Link className="usa-link display-block" href={`/claims/${claim.id}`}>
              {claim.claimNumber ?? t("workQueue.openClaim")}
            </Link>
            <span className="display-block text-base-dark font-sans-2xs">
              {t(`workQueue.claimStatuses.${claim.status}`)}
            </span>
          </>
        ) : (
          t("workQueue.noClaim")
        )}
      </td>
      <td data-label={t("workQueue.claimant")}>
        {claim ? `${claim.claimant.firstName} ${claim.claimant.lastName}` : (task.employer?.name ?? "—")}
      </td>
      <td data-label={t("workQueue.assignee")}>
        {task.assignee ? (
          <>
            <span className="display-block">{task.assignee.name}</span>
            {task.assignee.id === viewerId || supervisor ? (
              <AssignButton
                taskId={task.id}
                assigneeId={null}
                label={t("workQueue.release")}
                busyLabel={t("workQueue.releasing")}
                taskLabel={taskLabel}
                doneMessage={t("workQueue.released", { task: taskLabel })}
                onAssigned={onAssigned}
              />
            ) : null}
          </>
        ) : (
          <>
            <span className="display-block text-base-dark">{t("workQueue.unassigned")}</span>
            <AssignButton
              taskId={task.id}
              assigneeId={viewerId}
              label={t("workQueue.assignToMe")}
              busyLabel={t("workQueue.assigning")}
              taskLabel={taskLabel}
              doneMessage={t("workQueue.assignedToYou", { task: taskLabel })}
              onAssigned={onAssigned}
            />
          </>
        )}
        {supervisor && staff.length > 0 ? (
          <Reassign
            taskId={task.id}
            taskLabel={taskLabel}
            staff={staff}
            currentId={task.assignee?.id ?? null}
            onAssigned={onAssigned}
          />
        ) : null}
      </td>
    </tr>
  );
}

/** A supervisor gives the task to a chosen staff member. */
function Reassign({
  taskId,
  taskLabel,
  staff,
  currentId,
  onAssigned,
}: {
  taskId: string;
  taskLabel: string;
  staff: readonly { id: string; name: string }[];
  currentId: string | null;
  onAssigned: (message: string) => void;
}) {
  const t = useTranslations();
  const problemMessage = useProblemMessage();
  const [chosen, setChosen] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, assign] = useMutation(AssignTaskMutation);
  const selectId = `reassign-${taskId}`;
  const submit = async () => {
    if (!chosen || fetching) return;
    setProblem(null);
    const result = await assign({ taskId, assigneeId: chosen }, { additionalTypenames: ["QueueSummary"] });
    const outcome = toMutationOutcome(result.data?.assignTask, result.error);
    const name = staff.find((member) => member.id === chosen)?.name ?? "";
    if (outcome.kind === "success") onAssigned(t("workQueue.reassigned", { task: taskLabel, name }));
    else setProblem(t("workQueue.assignFailed", { reason: problemMessage(outcome) }));
  };
  return (
    <div className="margin-top-1 reassign">
      <label className="usa-sr-only" htmlFor={selectId}>
        {t("workQueue.reassignLabel", { task: taskLabel })}
      </label>
      <select
        className="usa-select usa-select--small"
        id={selectId}
        value={chosen}
        onChange={(e) => setChosen(e.target.value)}
      >
        <option value="">{t("workQueue.reassignChoose")}</option>
        {staff
          .filter((member) => member.id !== currentId)
          .map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
      </select>
      <Button type="button" unstyled onClick={submit} disabled={!chosen || fetching}>
        {fetching ? t("workQueue.assigning") : t("workQueue.reassign")}
        <span className="usa-sr-only">: {taskLabel}</span>
      </Button>
      {problem ? (
        <span role="alert" className="display-block text-error-dark">
          {problem}
        </span>
      ) : null}
    </div>
  );
}

/** `taskLabel` is read out after the button text, since every row has such a button. */
function AssignButton({
  taskId,
  assigneeId,
  label,
  busyLabel,
  taskLabel,
  doneMessage,
  onAssigned,
}: {
  taskId: string;
  /** Who gets the task; null hands it back to the queue. */
  assigneeId: string | null;
  label: string;
  busyLabel: string;
  taskLabel: string;
  doneMessage: string;
  onAssigned: (message: string) => void;
}) {
  const t = useTranslations();
  const problemMessage = useProblemMessage();
  const [{ fetching }, assign] = useMutation(AssignTaskMutation);
  const [problem, setProblem] = useState<string | null>(null);

  const handleClick = async () => {
    if (fetching) return;
    setProblem(null);
    const result = await assign({ taskId, assigneeId }, { additionalTypenames: ["QueueSummary"] });
    const outcome = toMutationOutcome(result.data?.assignTask, result.error);
    // On success urql's cache refetches the queue (the answer is a Task), so the row updates itself.
    if (outcome.kind === "success") onAssigned(doneMessage);
    else setProblem(t("workQueue.assignFailed", { reason: problemMessage(outcome) }));
  };

  return (
    <>
      <Button
        type="button"
        unstyled
        onClick={handleClick}
        // The keyboard's "a" (assign to me) presses this button in the focused row.
        {...(assigneeId ? { "data-assign-to-me": "" } : {})}
      >
        {fetching ? busyLabel : label}
        <span className="usa-sr-only">: {taskLabel}</span>
      </Button>
      {problem ? (
        <span role="alert" className="display-block text-error-dark">
          {problem}
        </span>
      ) : null}
    </>
  );
}
