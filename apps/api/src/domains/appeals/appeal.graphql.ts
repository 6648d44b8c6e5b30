// Appeals as GraphQL: the Appeal type, the officers' list, and the filing, hearing, decision
// and withdrawal mutations. Parties see appeals through the claims they can see.
import { builder } from "../../graphql/builder.ts";
import { hasRole } from "../../graphql/context.ts";
import { AppealOutcomeEnum, AppealStatusEnum, AppellantRoleEnum } from "../../graphql/enums.ts";
import { reload } from "../../graphql/reload.ts";
import { isUuid } from "../claims/claim.graphql.ts";
import { visibleDocumentsFilter } from "../documents/document-access.ts";
import { employerAppealWording, mayReadMedicalDetail } from "../privacy/medical-detail.ts";
import { mayReadAppealReason, visibleAppealsFilter } from "./appeal-access.ts";
import { AppealActionEnum, allowedAppealActions } from "./appeal-actions.ts";
import { decideAppeal } from "./decide-appeal.ts";
import { fileAppeal } from "./file-appeal.ts";
import { scheduleHearing } from "./schedule-hearing.ts";
import { withdrawAppeal } from "./withdraw-appeal.ts";

const PARTIES = { claim: { select: { claimantId: true, employerId: true } } } as const;

builder.prismaObject("Appeal", {
  fields: (t) => ({
    id: t.exposeID("id"),
    claim: t.relation("claim"),
    appellantRole: t.expose("appellantRole", { type: AppellantRoleEnum }),
    filedAt: t.expose("filedAt", { type: "DateTime" }),
    deadline: t.expose("deadline", { type: "Date" }),
    filedLate: t.exposeBoolean("filedLate", {
      description: "Filed after the deadline: the officer decides whether there was good cause.",
    }),
    reason: t.string({
      nullable: true,
      description:
        "The appellant's grounds. Null for an employer viewing a claimant's appeal (it may describe their health).",
      select: PARTIES,
      resolve: (appeal, _args, ctx) => (mayReadAppealReason(ctx.actor, appeal, appeal.claim) ? appeal.reason : null),
    }),
    documents: t.relation("documents", {
      description: "Evidence filed with the appeal; an employer sees only what it uploaded itself.",
      query: (_args, ctx) => ({ where: visibleDocumentsFilter(ctx.actor), orderBy: { createdAt: "asc" } }),
    }),
    status: t.expose("status", { type: AppealStatusEnum }),
    version: t.exposeInt("version", { description: "Send back as expectedVersion when scheduling or deciding." }),
    hearingAt: t.expose("hearingAt", { type: "DateTime", nullable: true }),
    outcome: t.expose("outcome", { type: AppealOutcomeEnum, nullable: true }),
    decisionSummary: t.string({
      nullable: true,
      description: "The officer's summary; employers get the outcome in words that name no condition.",
      select: PARTIES,
      resolve: (appeal, _args, ctx) =>
        mayReadMedicalDetail(ctx.actor, appeal.claim)
          ? appeal.decisionSummary
          : appeal.decisionSummary && employerAppealWording(appeal.outcome),
    }),
    decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true }),
    officer: t.relation("officer", { nullable: true }),
    determination: t.relation("determination", { description: "The determination appealed." }),
    allowedActions: t.field({
      type: [AppealActionEnum],
      description: "What the signed-in user may do with this appeal now.",
      select: PARTIES,
      resolve: (appeal, _args, ctx) => allowedAppealActions(ctx.actor, appeal),
    }),
  }),
});

// ───────────── Queries ─────────────

const hearsAppeals = (_root: unknown, _args: unknown, ctx: { actor: Parameters<typeof hasRole>[0] }) =>
  hasRole(ctx.actor, "APPEALS_OFFICER", "SUPERVISOR");

builder.queryField("appeals", (t) =>
  t.prismaConnection({
    type: "Appeal",
    cursor: "id",
    authScopes: hearsAppeals,
    description: "Appeals for the appeals office, oldest filed first. Defaults to open appeals (filed or scheduled).",
    args: { status: t.arg({ type: AppealStatusEnum }), assignedToMe: t.arg.boolean() },
    resolve: (query, _root, args, ctx) =>
      ctx.db.appeal.findMany({
        ...query,
        where: {
          status: args.status ? args.status : { in: ["FILED", "HEARING_SCHEDULED"] },
          ...(args.assignedToMe ? { officerId: ctx.actor!.userId } : {}),
        },
        orderBy: [{ filedAt: "asc" }, { id: "asc" }],
      }),
  }),
);

builder.queryField("appeal", (t) =>
  t.prismaField({
    type: "Appeal",
    nullable: true,
    authScopes: { signedIn: true },
    description: "One appeal, if it exists and the signed-in user may see its claim.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) =>
      isUuid(String(id))
        ? ctx.db.appeal.findFirst({ ...query, where: { AND: [{ id: String(id) }, visibleAppealsFilter(ctx.actor)] } })
        : null,
  }),
);

// ───────────── Mutations ─────────────

const FileAppealInputRef = builder.inputType("FileAppealInput", {
  fields: (t) => ({
    claimId: t.id({ required: true }),
    reason: t.string({ required: true, description: "Why the decision is wrong, 10 to 4,000 characters." }),
    documentIds: t.idList({
      required: false,
      description: "Evidence already uploaded to the claim (as APPEAL_EVIDENCE or any kind) to file with the appeal.",
    }),
  }),
});

builder.mutationField("fileAppeal", (t) =>
  t.prismaField({
    type: "Appeal",
    errors: {},
    authScopes: { $any: { claimant: true, leaveAdmin: true } },
    description:
      "Appeals the decision in force on a claim, as its claimant or its employer. Filing after the deadline is accepted and marked late. Safe to retry: while the appeal is open, filing again returns it.",
    args: { input: t.arg({ type: FileAppealInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "appeal", (await fileAppeal(ctx, { ...input, claimId: String(input.claimId) })).id),
  }),
);

const ScheduleHearingInputRef = builder.inputType("ScheduleHearingInput", {
  fields: (t) => ({
    appealId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    hearingAt: t.string({ required: true, description: "ISO 8601 date-time with offset, in the future." }),
  }),
});

builder.mutationField("scheduleHearing", (t) =>
  t.prismaField({
    type: "Appeal",
    errors: {},
    authScopes: { role: "APPEALS_OFFICER" },
    description: "Sets or moves the hearing; the appeal is assigned to the officer who schedules it.",
    args: { input: t.arg({ type: ScheduleHearingInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "appeal", (await scheduleHearing(ctx, { ...input, appealId: String(input.appealId) })).id),
  }),
);

const DecideAppealInputRef = builder.inputType("DecideAppealInput", {
  fields: (t) => ({
    appealId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    outcome: t.field({ type: AppealOutcomeEnum, required: true }),
    summary: t.string({ required: true, description: "The decision and its reasons, as the notice will state them." }),
    approvedStartDate: t.string({ description: "YYYY-MM-DD; required when the outcome approves leave." }),
    approvedEndDate: t.string({ description: "YYYY-MM-DD; required when the outcome approves leave." }),
  }),
});

builder.mutationField("decideAppeal", (t) =>
  t.prismaField({
    type: "Appeal",
    errors: {},
    authScopes: { role: "APPEALS_OFFICER" },
    description:
      "Decides an appeal after its hearing (DISMISSED also before one). REVERSED and MODIFIED issue a new determination that supersedes the appealed one and move the claim. Fails with StaleVersionError if the appeal changed since expectedVersion.",
    args: { input: t.arg({ type: DecideAppealInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "appeal", (await decideAppeal(ctx, { ...input, appealId: String(input.appealId) })).id),
  }),
);

builder.mutationField("withdrawAppeal", (t) =>
  t.prismaField({
    type: "Appeal",
    errors: {},
    authScopes: { $any: { claimant: true, leaveAdmin: true } },
    description: "Withdraws an appeal before it is decided; only the side that filed it can.",
    args: { appealId: t.arg.id({ required: true }), expectedVersion: t.arg.int() },
    resolve: async (query, _root, args, ctx) =>
      reload(
        ctx,
        query,
        "appeal",
        (await withdrawAppeal(ctx, { appealId: String(args.appealId), expectedVersion: args.expectedVersion })).id,
      ),
  }),
);
