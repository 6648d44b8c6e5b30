// Employers, their leave administrators' view of claims, and the employer response.
import { prismaQuery, reload } from "../../graphql/reload.ts";
import { builder } from "../../graphql/builder.ts";
import { hasRole, isStaff } from "../../graphql/context.ts";
import {
  ClaimStatusEnum,
  ContestReasonEnum,
  EmployerResponseStatusEnum,
  LeaveReasonEnum,
} from "../../graphql/enums.ts";
import { toDateOnly, type Prisma } from "@openleave/db";
import { EMPLOYER_CONTEST_REASONS } from "@openleave/rules";
import { respondToClaim } from "../employer-responses/respond-to-claim.ts";
import {
  MAX_VERIFICATION_ATTEMPTS,
  requestEmployerAccess,
  requestVerificationHelp,
  verifyEmployerAccess,
} from "./administrator-verification.ts";
import { programToday } from "../programs/program-calendar.ts";
import {
  acceptLeaveAdministratorInvitation,
  inviteLeaveAdministrator,
  removeLeaveAdministrator,
} from "./administrator-invitations.ts";
import {
  dueSoonResponseWhere,
  dueSoonThrough,
  dueWithinResponseWhere,
  openResponseWhere,
  programResponseWindows,
} from "./response-due-windows.ts";

builder.prismaObject("Employer", {
  // Columns every load carries (see graphql/type-columns-plugin.ts); the FEIN only when asked for.
  select: { id: true, name: true, dba: true, jurisdiction: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    dba: t.exposeString("dba", { nullable: true }),
    jurisdiction: t.exposeString("jurisdiction"),
    fein: t.string({
      description: "Federal employer id; shown in full to staff and the employer's own administrators.",
      select: { fein: true },
      resolve: (employer, _args, ctx) =>
        isStaff(ctx.actor) || ctx.actor?.verifiedEmployerIds.includes(employer.id)
          ? `${employer.fein.slice(0, 2)}-${employer.fein.slice(2)}`
          : `**-***${employer.fein.slice(5)}`,
    }),
    employeeCount: t.exposeInt("employeeCount", {
      nullable: true,
      authScopes: (employer, _args, ctx) =>
        isStaff(ctx.actor) || !!ctx.actor?.verifiedEmployerIds.includes(employer.id),
      unauthorizedResolver: () => null,
    }),
  }),
});

builder.prismaObject("LeaveAdministrator", {
  fields: (t) => ({
    id: t.exposeID("id"),
    employer: t.relation("employer"),
    verified: t.boolean({ resolve: (link) => link.verifiedAt !== null }),
    verifiedAt: t.expose("verifiedAt", { type: "DateTime", nullable: true }),
    verificationAttemptsRemaining: t.int({
      resolve: (link) =>
        link.verifiedAt || link.verificationLockedAt
          ? 0
          : Math.max(0, MAX_VERIFICATION_ATTEMPTS - link.verificationAttempts),
    }),
    verificationLocked: t.boolean({
      description: "No tries left: only program staff can verify this link now.",
      resolve: (link) => !link.verifiedAt && !!link.verificationLockedAt,
    }),
    helpRequestedAt: t.expose("helpRequestedAt", { type: "DateTime", nullable: true }),
  }),
});

const OtherPaidLeaveInputRef = builder.inputType("OtherPaidLeaveInput", {
  fields: (t) => ({
    kind: t.string({
      required: true,
      description: "SICK, VACATION, PTO, SHORT_TERM_DISABILITY, SALARY_CONTINUATION or OTHER",
    }),
    startDate: t.field({ type: "Date", required: true }),
    endDate: t.field({ type: "Date", required: true }),
    amount: t.field({ type: "Decimal" }),
  }),
});

const RequestEmployerAccessInputRef = builder.inputType("RequestEmployerAccessInput", {
  fields: (t) => ({ fein: t.string({ required: true }) }),
});
const VerifyEmployerAccessInputRef = builder.inputType("VerifyEmployerAccessInput", {
  fields: (t) => ({
    leaveAdministratorId: t.id({ required: true }),
    amount: t.string({
      required: true,
      description: "Total wages or contribution of a recent quarterly report, in dollars and cents.",
    }),
  }),
});
const VerificationHelpInputRef = builder.inputType("RequestVerificationHelpInput", {
  fields: (t) => ({ leaveAdministratorId: t.id({ required: true }) }),
});

builder.mutationField("requestEmployerAccess", (t) =>
  t.prismaField({
    type: "LeaveAdministrator",
    errors: {},
    authScopes: { signedIn: true },
    description: "Ask to administer an employer by its FEIN; the link stays unverified until proven.",
    args: { input: t.arg({ type: RequestEmployerAccessInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "leaveAdministrator", (await requestEmployerAccess(ctx, input)).id),
  }),
);

builder.mutationField("verifyEmployerAccess", (t) =>
  t.prismaField({
    type: "LeaveAdministrator",
    errors: {},
    authScopes: { leaveAdmin: true },
    description: "Prove an employer link with a figure from one of its recent quarterly reports on file.",
    args: { input: t.arg({ type: VerifyEmployerAccessInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "leaveAdministrator", (await verifyEmployerAccess(ctx, input)).id),
  }),
);

builder.mutationField("requestVerificationHelp", (t) =>
  t.prismaField({
    type: "LeaveAdministrator",
    errors: {},
    authScopes: { leaveAdmin: true },
    description: "Ask program staff to verify an employer link (after the tries ran out).",
    args: { input: t.arg({ type: VerificationHelpInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "leaveAdministrator", (await requestVerificationHelp(ctx, input)).id),
  }),
);

builder.prismaObject("EmployerResponse", {
  select: { id: true, employerId: true, status: true, dueDate: true, respondedAt: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    employer: t.relation("employer"),
    status: t.expose("status", { type: EmployerResponseStatusEnum }),
    dueDate: t.expose("dueDate", { type: "Date" }),
    dueSoon: t.boolean({
      description:
        "Still waiting, and due within the program's next two business days (its own calendar and holidays).",
      select: {
        status: true,
        dueDate: true,
        claim: { select: { program: { select: { jurisdiction: true, code: true } } } },
      },
      resolve: (response, _args, ctx) => {
        if (response.status !== "PENDING") return false;
        const program = response.claim.program;
        const today = programToday(program.jurisdiction, ctx.now(), ctx.config.programPolicy);
        const due = toDateOnly(response.dueDate);
        return due >= today && due <= dueSoonThrough(program, today, ctx.config.programPolicy);
      },
    }),
    dueDateBasis: t.exposeString("dueDateBasis", {
      description: "How the due date was set: the program rule cited, or the configured default.",
    }),
    respondedAt: t.expose("respondedAt", { type: "DateTime", nullable: true }),
    contestReasonChoices: t.field({
      type: [ContestReasonEnum],
      description: "The reason codes an employer may contest with (the rules package's vocabulary).",
      resolve: () => [...EMPLOYER_CONTEST_REASONS],
    }),
    contestReasons: t.expose("contestReasons", { type: [ContestReasonEnum] }),
    comment: t.exposeString("comment", {
      nullable: true,
      description: "The employer's own words: for staff and the employer's administrators, never the claimant.",
      authScopes: (response, _args, ctx) =>
        isStaff(ctx.actor) || !!ctx.actor?.verifiedEmployerIds.includes(response.employerId),
      unauthorizedResolver: () => null,
    }),
    reportedStartDate: t.expose("reportedStartDate", { type: "Date", nullable: true }),
    reportedHoursPerWeek: t.expose("reportedHoursPerWeek", { type: "Decimal", nullable: true }),
    reportedLeaveStart: t.expose("reportedLeaveStart", { type: "Date", nullable: true }),
    reportedLeaveEnd: t.expose("reportedLeaveEnd", { type: "Date", nullable: true }),
    otherPaidLeave: t.expose("otherPaidLeave", { type: "JSON" }),
    correctedFields: t.exposeStringList("correctedFields"),
    version: t.exposeInt("version"),
  }),
});

builder.queryField("myEmployerLinks", (t) =>
  t.prismaField({
    type: ["LeaveAdministrator"],
    // Any signed-in person: one with no employer yet gets an empty list and the way to ask for one.
    authScopes: { signedIn: true },
    description: "The employers the signed-in leave administrator is linked to, verified or not.",
    resolve: (query, _root, _args, ctx) =>
      ctx.db.leaveAdministrator.findMany({
        ...prismaQuery(query),
        where: { userId: ctx.actor!.userId },
        orderBy: { createdAt: "asc" },
      }),
  }),
);

builder.queryField("employerClaims", (t) =>
  t.prismaConnection({
    type: "Claim",
    cursor: "id",
    authScopes: { leaveAdmin: true },
    description: "Claims filed by employees of the employers you are a verified administrator for.",
    args: {
      employerId: t.arg.id({ description: "Limit to one employer." }),
      status: t.arg({ type: ClaimStatusEnum }),
      awaitingResponse: t.arg.boolean({ description: "Only claims waiting for your response, window still open." }),
      dueSoon: t.arg.boolean({
        description: "Only claims whose response is due within the program's next two business days.",
      }),
      dueWithinDays: t.arg.int({ description: "Only claims whose response is due within this many days." }),
      leaveReason: t.arg({ type: LeaveReasonEnum }),
      workerName: t.arg.string({ description: "Part of the worker's first or last name." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const verified = ctx.actor!.verifiedEmployerIds;
      const employerIds = args.employerId ? verified.filter((id) => id === String(args.employerId)) : verified;
      const filtersResponses = args.awaitingResponse || args.dueSoon || args.dueWithinDays != null;
      // Each program's own today and business days decide what is open and due soon.
      const windows = filtersResponses ? await programResponseWindows(ctx) : [];
      const responseFilters: Prisma.EmployerResponseWhereInput[] = [
        ...(args.awaitingResponse ? [openResponseWhere(windows)] : []),
        ...(args.dueSoon ? [dueSoonResponseWhere(windows)] : []),
        ...(args.dueWithinDays != null
          ? [dueWithinResponseWhere(windows, Math.min(Math.max(args.dueWithinDays, 0), 365))]
          : []),
      ];
      return ctx.db.claim.findMany({
        ...query,
        where: {
          employerId: { in: employerIds },
          status: args.status ? args.status : { not: "DRAFT" },
          ...(args.leaveReason ? { leaveReason: args.leaveReason } : {}),
          AND: [
            responseFilters.length
              ? { employerResponses: { some: { employerId: { in: employerIds }, AND: responseFilters } } }
              : {},
            workerNameFilter(args.workerName),
          ],
        },
        orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      });
    },
  }),
);

const RespondToClaimInputRef = builder.inputType("RespondToClaimInput", {
  fields: (t) => ({
    employerResponseId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    decision: t.string({ required: true, description: "CONFIRM or CONTEST" }),
    contestReasons: t.field({ type: [ContestReasonEnum] }),
    comment: t.string(),
    reportedStartDate: t.field({ type: "Date" }),
    reportedHoursPerWeek: t.field({ type: "Decimal" }),
    reportedLeaveStart: t.field({ type: "Date" }),
    reportedLeaveEnd: t.field({ type: "Date" }),
    otherPaidLeave: t.field({ type: [OtherPaidLeaveInputRef] }),
  }),
});

builder.mutationField("respondToClaim", (t) =>
  t.prismaField({
    type: "EmployerResponse",
    errors: {},
    authScopes: (_root, _args, ctx) => hasRole(ctx.actor, "LEAVE_ADMIN"),
    description: "Confirm or contest an employee's claim within the response window.",
    args: { input: t.arg({ type: RespondToClaimInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "employerResponse", (await respondToClaim(ctx, input)).id),
  }),
);

function workerNameFilter(name: string | null | undefined): Prisma.ClaimWhereInput {
  const words = (name ?? "").trim().slice(0, 100).split(/\s+/).filter(Boolean).slice(0, 3);
  return {
    AND: words.map((word) => ({
      claimant: {
        OR: [
          { firstName: { contains: word, mode: "insensitive" as const } },
          { lastName: { contains: word, mode: "insensitive" as const } },
        ],
      },
    })),
  };
}

interface ActionCounts {
  awaitingResponse: number;
  dueSoon: number;
  contested: number;
}
const EmployerActionCounts = builder.objectRef<ActionCounts>("EmployerActionCounts").implement({
  fields: (t) => ({
    awaitingResponse: t.exposeInt("awaitingResponse", {
      description: "Claims waiting for a response, window still open.",
    }),
    dueSoon: t.exposeInt("dueSoon", {
      description: "Of those, due within the program's next two business days (its calendar and holidays).",
    }),
    contested: t.exposeInt("contested", { description: "Claims you contested that staff have not decided yet." }),
  }),
});

builder.queryField("employerActionCounts", (t) =>
  t.field({
    type: EmployerActionCounts,
    authScopes: { leaveAdmin: true },
    description: "What needs action now for one employer you are a verified administrator of.",
    args: { employerId: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const employerId = String(args.employerId);
      if (!ctx.actor!.verifiedEmployerIds.includes(employerId)) {
        return { awaitingResponse: 0, dueSoon: 0, contested: 0 };
      }
      const windows = await programResponseWindows(ctx);
      const [awaitingResponse, dueSoon, contested] = await Promise.all([
        ctx.db.employerResponse.count({ where: { employerId, ...openResponseWhere(windows) } }),
        ctx.db.employerResponse.count({ where: { employerId, ...dueSoonResponseWhere(windows) } }),
        ctx.db.employerResponse.count({
          where: {
            employerId,
            status: "CONTESTED",
            claim: { status: { in: ["IN_REVIEW", "INFO_REQUESTED", "PENDING_EMPLOYER_RESPONSE", "SUBMITTED"] } },
          },
        }),
      ]);
      return { awaitingResponse, dueSoon, contested };
    },
  }),
);

// ───────────── Other administrators of an employer (verified administrators only) ─────────────

interface AdministratorRow {
  id: string;
  name: string;
  email: string;
  verified: boolean;
  verificationMethod: string | null;
  you: boolean;
}
const EmployerAdministratorRef = builder.objectRef<AdministratorRow>("EmployerAdministrator").implement({
  description: "A person linked to an employer, as its verified administrators see them.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The leave administrator link's id." }),
    name: t.exposeString("name"),
    email: t.exposeString("email"),
    verified: t.exposeBoolean("verified"),
    verificationMethod: t.exposeString("verificationMethod", {
      nullable: true,
      description: "QUARTERLY_REPORT_FIGURE, INVITATION, STAFF or (demo data) QUARTERLY_CONTRIBUTION_AMOUNT.",
    }),
    you: t.exposeBoolean("you", { description: "This is the signed-in person's own link." }),
  }),
});

builder.prismaObject("LeaveAdministratorInvitation", {
  fields: (t) => ({
    id: t.exposeID("id"),
    email: t.exposeString("email"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
  }),
});

builder.queryField("employerAdministrators", (t) =>
  t.field({
    type: [EmployerAdministratorRef],
    authScopes: { leaveAdmin: true },
    description: "The people linked to an employer you are a verified administrator of (empty otherwise).",
    args: { employerId: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const employerId = String(args.employerId);
      if (!ctx.actor!.verifiedEmployerIds.includes(employerId)) return [];
      const links = await ctx.db.leaveAdministrator.findMany({
        where: { employerId },
        include: { user: { select: { name: true, email: true } } },
        orderBy: { createdAt: "asc" },
      });
      return links.map((link) => ({
        id: link.id,
        name: link.user.name,
        email: link.user.email,
        verified: link.verifiedAt !== null,
        verificationMethod: link.verificationMethod,
        you: link.userId === ctx.actor!.userId,
      }));
    },
  }),
);

const InviteAdministratorInputRef = builder.inputType("InviteLeaveAdministratorInput", {
  fields: (t) => ({ employerId: t.id({ required: true }), email: t.string({ required: true }) }),
});
const AcceptInvitationInputRef = builder.inputType("AcceptLeaveAdministratorInvitationInput", {
  fields: (t) => ({ token: t.string({ required: true }) }),
});
const RemoveAdministratorInputRef = builder.inputType("RemoveLeaveAdministratorInput", {
  fields: (t) => ({ leaveAdministratorId: t.id({ required: true }) }),
});

builder.mutationField("inviteLeaveAdministrator", (t) =>
  t.prismaField({
    type: "LeaveAdministratorInvitation",
    errors: {},
    authScopes: { leaveAdmin: true },
    description: "Email a colleague a one-time link that makes them a verified administrator of this employer.",
    args: { input: t.arg({ type: InviteAdministratorInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "leaveAdministratorInvitation", (await inviteLeaveAdministrator(ctx, input)).id),
  }),
);

builder.mutationField("acceptLeaveAdministratorInvitation", (t) =>
  t.prismaField({
    type: "LeaveAdministrator",
    errors: {},
    authScopes: { signedIn: true },
    description: "Become a verified administrator through an invitation sent to your account's email address.",
    args: { input: t.arg({ type: AcceptInvitationInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "leaveAdministrator", (await acceptLeaveAdministratorInvitation(ctx, input)).id),
  }),
);

builder.mutationField("removeLeaveAdministrator", (t) =>
  t.field({
    type: "Boolean",
    errors: {},
    authScopes: { leaveAdmin: true },
    description: "Remove another person's link to an employer you are a verified administrator of.",
    args: { input: t.arg({ type: RemoveAdministratorInputRef, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await removeLeaveAdministrator(ctx, input);
      return true;
    },
  }),
);
