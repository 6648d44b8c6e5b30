// Staff work queues: tasks with a service-level due date, oldest due first.
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { ForbiddenError, InvalidInputError, NotFoundError, StaleVersionError } from "../../errors/domain-errors.ts";
import { builder } from "../../graphql/builder.ts";
import { prismaQuery, reload } from "../../graphql/reload.ts";
import { openTaskPageIds } from "./open-task-page.ts";
import type { TaskStatus } from "@openleave/db";
import { hasRole } from "../../graphql/context.ts";
import { TaskKindEnum, TaskQueueEnum, TaskStatusEnum } from "../../graphql/enums.ts";
import { parseInput } from "../../graphql/parse-input.ts";

builder.prismaObject("Task", {
  authScopes: { staff: true },
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
      resolve: (task, _args, ctx) => task.status !== "DONE" && task.status !== "CANCELLED" && task.dueAt < ctx.now(),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    completedAt: t.expose("completedAt", { type: "DateTime", nullable: true }),
  }),
});

builder.prismaObject("User", {
  description: "A staff member, as shown on tasks and decisions (name only).",
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
    resolve: async (query, _root, args, ctx) => {
      const where = {
        ...(args.queue ? { queue: args.queue } : {}),
        status: { in: args.statuses?.length ? args.statuses : (["OPEN", "IN_PROGRESS"] as TaskStatus[]) },
        ...(args.assignedToMe ? { assigneeId: ctx.actor!.userId } : {}),
        ...(args.unassigned ? { assigneeId: null } : {}),
      };
      const { take, skip, cursor, ...selection } = query as typeof query & {
        take: number;
        skip?: number;
        cursor?: { id: string };
      };
      const openTasksOnly = !args.statuses?.length;
      if (!openTasksOnly || take < 0) {
        return ctx.db.task.findMany({ ...query, where, orderBy: [{ dueAt: "asc" }, { id: "asc" }] });
      }
      const ids = await openTaskPageIds(ctx.db, {
        queue: args.queue,
        assigneeId: args.assignedToMe ? ctx.actor!.userId : null,
        unassignedOnly: !!args.unassigned,
        cursorId: cursor?.id,
        skip: skip ?? 0,
        take,
      });
      const rows = await ctx.db.task.findMany({ ...prismaQuery(selection), where: { id: { in: ids } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.flatMap((id) => byId.get(id) ?? []);
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
