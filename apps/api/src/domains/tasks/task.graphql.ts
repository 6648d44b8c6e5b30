// Staff work queues: tasks with a service-level due date, oldest due first.
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { ForbiddenError, InvalidInputError, NotFoundError, StaleVersionError } from "../../errors/domain-errors.ts";
import { builder } from "../../graphql/builder.ts";
import { prismaQuery, reload } from "../../graphql/reload.ts";
import { Prisma, type Role, type TaskQueue } from "@openleave/db";
import { hasRole, STAFF_ROLES } from "../../graphql/context.ts";
import { TaskKindEnum, TaskQueueEnum, TaskStatusEnum } from "../../graphql/enums.ts";
import { parseInput } from "../../graphql/parse-input.ts";

builder.prismaObject("Task", {
  authScopes: { staff: true },
  // Every column a task row shows, on every load (see graphql/type-columns-plugin.ts).
  select: { id: true, queue: true, kind: true, status: true, dueAt: true, createdAt: true, completedAt: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    queue: t.expose("queue", { type: TaskQueueEnum }),
    kind: t.expose("kind", { type: TaskKindEnum }),
    status: t.expose("status", { type: TaskStatusEnum }),
    claim: t.relation("claim", { nullable: true }),
    employer: t.relation("employer", { nullable: true }),
    assignee: t.relation("assignee", { nullable: true }),
    dueAt: t.expose("dueAt", { type: "DateTime" }),
    overdue: t.boolean({
      select: { status: true, dueAt: true },
      resolve: (task, _args, ctx) => task.status !== "DONE" && task.status !== "CANCELLED" && task.dueAt < ctx.now(),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    completedAt: t.expose("completedAt", { type: "DateTime", nullable: true }),
  }),
});

builder.prismaObject("User", {
  description: "A staff member, as shown on tasks and decisions (name only).",
  // Never the password hash or sign-in counters: only what a query asks for.
  select: { id: true, name: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
  }),
});

builder.queryField("workQueue", (t) =>
  t.prismaConnection({
    type: "Task",
    cursor: "id",
    authScopes: { staff: true },
    description: "Open work, soonest due first. Defaults to open and in-progress tasks in every queue.",
    args: {
      queue: t.arg({ type: TaskQueueEnum }),
      statuses: t.arg({ type: [TaskStatusEnum] }),
      assignedToMe: t.arg.boolean(),
      unassigned: t.arg.boolean(),
    },
    resolve: (query, _root, args, ctx) => {
      // Open work is `completedAt: null` (a trigger keeps it in step with the status), which the
      // ORM writes literally and the partial open-task index matches: one statement per page.
      const where = {
        ...(args.queue ? { queue: args.queue } : {}),
        ...(args.statuses?.length ? { status: { in: args.statuses } } : { completedAt: null }),
        ...(args.assignedToMe ? { assigneeId: ctx.actor!.userId } : {}),
        ...(args.unassigned ? { assigneeId: null } : {}),
      };
      return ctx.db.task.findMany({ ...prismaQuery(query), where, orderBy: [{ dueAt: "asc" }, { id: "asc" }] });
    },
  }),
);

const AssignTaskInput = z.object({
  taskId: z.uuid("Unknown task."),
  assigneeId: z.uuid("Unknown staff member.").nullish(),
});

builder.mutationField("assignTask", (t) =>
  t.prismaField({
    type: "Task",
    errors: {},
    authScopes: { staff: true },
    description: "Take a task (assignee = yourself), hand it back (null), or — as a supervisor — give it to anyone.",
    args: { taskId: t.arg.id({ required: true }), assigneeId: t.arg.id() },
    resolve: async (query, _root, args, ctx) => {
      const input = parseInput(AssignTaskInput, {
        taskId: String(args.taskId),
        assigneeId: args.assigneeId ? String(args.assigneeId) : null,
      });
      const actor = ctx.actor!;
      const supervisor = hasRole(actor, "SUPERVISOR");
      const task = await ctx.db.task.findUnique({ where: { id: input.taskId } });
      if (!task) throw new NotFoundError("Task");
      const assigneeId = input.assigneeId ?? null;
      if (!supervisor && assigneeId !== null && assigneeId !== actor.userId)
        throw new ForbiddenError("Only a supervisor can assign work to someone else.");
      if (!supervisor && assigneeId === null && task.assigneeId !== actor.userId)
        throw new ForbiddenError("You can only hand back tasks assigned to you.");
      if (assigneeId) {
        const assignee = await ctx.db.user.findUnique({ where: { id: assigneeId } });
        if (!assignee || !assignee.roles.some((r) => r !== "CLAIMANT" && r !== "LEAVE_ADMIN")) {
          throw InvalidInputError.field(["assigneeId"], "Choose a member of program staff.");
        }
      }
      return ctx.db.$transaction(async (tx) => {
        // Taking a task only succeeds if nobody took it in the meantime.
        const where = supervisor ? { id: task.id } : { id: task.id, assigneeId: task.assigneeId };
        const updated = await tx.task.updateMany({ where, data: { assigneeId } });
        if (updated.count !== 1) throw new StaleVersionError("task", 0);
        await recordAuditEvent(
          tx,
          { actor, requestId: ctx.requestId },
          {
            action: "task.assign",
            entityType: "Task",
            entityId: task.id,
            changedFields: ["assigneeId"],
            metadata: { from: task.assigneeId, to: assigneeId },
          },
        );
        return reload({ db: tx as never }, query, "task", task.id);
      });
    },
  }),
);

// Which queues each staff role works; "take next" only hands out work from these.
const QUEUES_BY_ROLE: Record<string, TaskQueue[]> = {
  ADJUDICATOR: ["ADJUDICATION", "DOCUMENT_REVIEW", "EMPLOYER_RESPONSE"],
  SUPERVISOR: [
    "ADJUDICATION",
    "DOCUMENT_REVIEW",
    "EMPLOYER_RESPONSE",
    "EMPLOYER_GRIEVANCE",
    "OVERPAYMENTS",
    "PAYMENTS",
    "EMPLOYER_SUPPORT",
  ],
  APPEALS_OFFICER: ["APPEALS"],
  PROGRAM_ADMIN: ["EMPLOYER_SUPPORT", "PAYMENTS", "OVERPAYMENTS", "EMPLOYER_GRIEVANCE"],
};

export function queuesFor(roles: readonly string[]): TaskQueue[] {
  return [...new Set(roles.flatMap((role) => QUEUES_BY_ROLE[role] ?? []))];
}

const QueueSummaryRef = builder
  .objectRef<{ queue: TaskQueue; open: number; unassigned: number; overdue: number; oldestDueAt: Date | null }>(
    "QueueSummary",
  )
  .implement({
    description: "One work queue's open tasks: how many, how many nobody has, how many are past due.",
    fields: (t) => ({
      queue: t.field({ type: TaskQueueEnum, resolve: (s) => s.queue }),
      open: t.exposeInt("open"),
      unassigned: t.exposeInt("unassigned"),
      overdue: t.exposeInt("overdue"),
      oldestDueAt: t.field({ type: "DateTime", nullable: true, resolve: (s) => s.oldestDueAt }),
    }),
  });

// Whom a supervisor can give a task to: active accounts with a staff role, by name.
builder.queryField("staffMembers", (t) =>
  t.prismaField({
    type: ["User"],
    authScopes: (_root, _args, ctx) => hasRole(ctx.actor, "SUPERVISOR"),
    description: "Active program staff, by name: whom a supervisor can assign work to. Supervisors only.",
    resolve: async (query, _root, _args, ctx) => {
      // The role test in SQL: the PGlite adapter cannot bind an enum array for Prisma's `has`.
      const rows = await ctx.db.$queryRaw<{ id: string }[]>`
        SELECT u.id FROM "User" u
        WHERE u."disabledAt" IS NULL AND u.roles && ${STAFF_ROLES as Role[]}::text[]::"Role"[]
        LIMIT 500`;
      return ctx.db.user.findMany({
        ...query,
        where: { id: { in: rows.map((row) => row.id) } },
        orderBy: [{ name: "asc" }, { id: "asc" }],
      });
    },
  }),
);

builder.queryField("queueSummaries", (t) =>
  t.field({
    type: [QueueSummaryRef],
    authScopes: { staff: true },
    description: "Counts per queue the signed-in staff member works.",
    resolve: async (_root, _args, ctx) => {
      const queues = queuesFor(ctx.actor!.roles);
      if (queues.length === 0) return [];
      const now = ctx.now();
      const rows = await ctx.db.$queryRaw<
        { queue: TaskQueue; open: bigint; unassigned: bigint; overdue: bigint; oldest: Date | null }[]
      >`
        SELECT t.queue::text AS queue, count(*) AS open,
               count(*) FILTER (WHERE t."assigneeId" IS NULL) AS unassigned,
               count(*) FILTER (WHERE t."dueAt" < ${now}) AS overdue,
               min(t."dueAt") AS oldest
        FROM "Task" t
        WHERE t.status IN ('OPEN', 'IN_PROGRESS')
        GROUP BY t.queue`;
      const byQueue = new Map(rows.map((r) => [r.queue, r]));
      return queues.map((queue) => {
        const row = byQueue.get(queue);
        return {
          queue,
          open: Number(row?.open ?? 0),
          unassigned: Number(row?.unassigned ?? 0),
          overdue: Number(row?.overdue ?? 0),
          oldestDueAt: row?.oldest ?? null,
        };
      });
    },
  }),
);

builder.mutationField("takeNextTask", (t) =>
  t.prismaField({
    type: "Task",
    nullable: true,
    errors: {},
    authScopes: { staff: true },
    description:
      "Claim the soonest-due unassigned task in a queue you work (or any of them). Null when there is none. Two people taking next at once always get different tasks.",
    args: { queue: t.arg({ type: TaskQueueEnum }) },
    resolve: async (query, _root, args, ctx) => {
      const actor = ctx.actor!;
      const mine = queuesFor(actor.roles);
      if (args.queue && !mine.includes(args.queue)) throw new ForbiddenError("You do not work this queue.");
      const queues = args.queue ? [args.queue] : mine;
      if (queues.length === 0) return null;
      return ctx.db.$transaction(async (tx) => {
        // SKIP LOCKED: a task another transaction is claiming right now is passed over, not waited for.
        const picked = await tx.$queryRaw<{ id: string }[]>`
          SELECT t.id FROM "Task" t
          WHERE t.status IN ('OPEN', 'IN_PROGRESS') AND t."assigneeId" IS NULL
            AND t.queue::text IN (${Prisma.join(queues)})
          ORDER BY t."dueAt", t.id
          LIMIT 1
          FOR UPDATE SKIP LOCKED`;
        const id = picked[0]?.id;
        if (!id) return null;
        await tx.task.update({ where: { id }, data: { assigneeId: actor.userId, status: "IN_PROGRESS" } });
        await recordAuditEvent(
          tx,
          { actor, requestId: ctx.requestId },
          {
            action: "task.take_next",
            entityType: "Task",
            entityId: id,
            changedFields: ["assigneeId", "status"],
            metadata: { to: actor.userId },
          },
        );
        return reload({ db: tx as never }, query, "task", id);
      });
    },
  }),
);
