// The audit trail as staff see it: who did what to a record, when, and which fields changed.
import { builder, emptyList } from "../../graphql/builder.ts";
import { hasRole, isStaff } from "../../graphql/context.ts";
import { RoleEnum } from "../../auth/auth.graphql.ts";

builder.prismaObject("AuditEvent", {
  fields: (t) => ({
    id: t.id({ resolve: (event) => String(event.id) }),
    at: t.expose("at", { type: "DateTime" }),
    actorId: t.exposeID("actorId", { nullable: true }),
    actor: t.prismaField({
      type: "User",
      nullable: true,
      description: "Who did it (null for the system). Prisma batches these lookups into one query.",
      resolve: (query, event, _args, ctx) =>
        event.actorId ? ctx.db.user.findUnique({ ...query, where: { id: event.actorId } }) : null,
    }),
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

// Staff reviewing a claim see its whole trail on the claim screen: the claim's own events, the
// events that name it (determinations, manual determinations, documents, notes, tasks) and every reading of the
// claimant's full SSN, with its purpose.
builder.prismaObjectField("Claim", "auditTrail", (t) =>
  t.prismaField({
    type: ["AuditEvent"],
    description: "The claim's audit trail, newest first (at most 200 events): staff only, empty for anyone else.",
    select: {
      claimantId: true,
      determinations: { select: { id: true } },
      documents: { select: { id: true } },
      notes: { select: { id: true } },
      tasks: { select: { id: true } },
      infoRequests: { select: { id: true } },
      employerResponses: { select: { id: true } },
      appeals: { select: { id: true } },
      eligibilitySnapshots: { select: { id: true } },
      manualDeterminations: { select: { id: true } },
    },
    authScopes: (_claim, _args, ctx) => isStaff(ctx.actor),
    unauthorizedResolver: emptyList,
    resolve: (query, claim, _args, ctx) => {
      // One condition per related record type, so each uses the (entityType, entityId) index.
      const related: [string, { id: string }[]][] = [
        ["Determination", claim.determinations],
        ["Document", claim.documents],
        ["ClaimNote", claim.notes],
        ["Task", claim.tasks],
        ["InfoRequest", claim.infoRequests],
        ["EmployerResponse", claim.employerResponses],
        ["Appeal", claim.appeals],
        ["EligibilitySnapshot", claim.eligibilitySnapshots],
        // Who entered a manual determination's figures and who approved or rejected them.
        ["ManualDetermination", claim.manualDeterminations],
      ];
      return ctx.db.auditEvent.findMany({
        ...query,
        where: {
          OR: [
            { entityType: "Claim", entityId: claim.id },
            { entityType: "Person", entityId: claim.claimantId, action: "person.tax_id.read" },
            ...related
              .filter(([, rows]) => rows.length > 0)
              .map(([entityType, rows]) => ({ entityType, entityId: { in: rows.map((row) => row.id) } })),
          ],
        },
        orderBy: [{ at: "desc" }, { id: "desc" }],
        take: 200,
      });
    },
  }),
);
