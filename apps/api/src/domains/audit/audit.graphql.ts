// The audit trail as staff see it: who did what to a record, when, and which fields changed.
import { builder } from "../../graphql/builder.ts";
import { hasRole } from "../../graphql/context.ts";
import { RoleEnum } from "../../auth/auth.graphql.ts";

builder.prismaObject("AuditEvent", {
  fields: (t) => ({
    id: t.id({ resolve: (event) => String(event.id) }),
    at: t.expose("at", { type: "DateTime" }),
    actorId: t.exposeID("actorId", { nullable: true }),
    actorRoles: t.expose("actorRoles", { type: [RoleEnum] }),
    action: t.exposeString("action"),
    entityType: t.exposeString("entityType"),
    entityId: t.exposeString("entityId"),
    requestId: t.exposeString("requestId", { nullable: true }),
    changedFields: t.exposeStringList("changedFields"),
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
  }),
});

builder.queryField("auditTrail", (t) =>
  t.prismaConnection({
    type: "AuditEvent",
    cursor: "id",
    description: "Events for one record (e.g. entityType Claim), newest first. Supervisors and program administrators.",
    authScopes: (_root, _args, ctx) => hasRole(ctx.actor, "SUPERVISOR", "PROGRAM_ADMIN"),
    args: { entityType: t.arg.string({ required: true }), entityId: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.auditEvent.findMany({
        ...query,
        where: { entityType: args.entityType, entityId: args.entityId },
        orderBy: [{ at: "desc" }, { id: "desc" }],
      }),
  }),
);
