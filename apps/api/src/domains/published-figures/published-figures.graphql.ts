// Figures this deployment publishes (see publish-figure.ts): the parameter catalog the console
// proposes against, the list of figures with their status, and the propose/decide mutations.
// Staff read them (an adjudicator may need to know why a benefit changed); only program
// administrators propose and decide.
import { PublishedFigureStatus } from "@openleave/db";
import { type CatalogParameter, catalogParameter, parameterCatalog } from "@openleave/rules";
import { builder } from "../../graphql/builder.ts";
import { hasRole } from "../../graphql/context.ts";
import { prismaQuery } from "../../graphql/reload.ts";
import { decideFigure, proposeFigure } from "./publish-figure.ts";

const PublishedFigureStatusEnum = builder.enumType(PublishedFigureStatus, { name: "PublishedFigureStatus" });

const FigureDecisionEnum = builder.enumType("FigureDecision", { values: ["APPROVE", "REJECT"] as const });

const FigureParameterRef = builder.objectRef<CatalogParameter>("FigureParameter").implement({
  description: "A rules parameter a deployment may publish a figure for.",
  fields: (t) => ({
    id: t.exposeID("id", { description: 'The parameter id, e.g. "wa-pfml.maximum-weekly-benefit".' }),
    label: t.exposeString("label"),
    description: t.exposeString("description"),
    unit: t.exposeString("unit", { description: 'The unit the value is written in: "USD/week", "rate", "weeks"…' }),
    valueKind: t.string({
      description: '"decimal" (money, rates: "1598.22", "0.009") or "whole-number" (counts: "12").',
      resolve: (parameter) => parameter.publishedValueKind ?? "none",
    }),
    programs: t.exposeStringList("programs", { description: 'Programs that read it, e.g. ["WA-PFML"].' }),
    packagedUntil: t.exposeString("until", {
      nullable: true,
      description: "The last date the packaged data covers, if it has one.",
    }),
  }),
});

builder.prismaObject("PublishedFigure", {
  description:
    "A program figure this deployment publishes: proposed by one program administrator, approved by another.",
  authScopes: { staff: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    parameterId: t.exposeString("parameterId"),
    parameter: t.field({
      type: FigureParameterRef,
      nullable: true,
      description: "The parameter in the rules package (null if a newer package dropped it).",
      select: { parameterId: true },
      resolve: (figure) => catalogParameter(figure.parameterId) ?? null,
    }),
    value: t.exposeString("value"),
    effectiveFrom: t.expose("effectiveFrom", { type: "Date" }),
    effectiveTo: t.expose("effectiveTo", { type: "Date", nullable: true }),
    citationTitle: t.exposeString("citationTitle"),
    citationHref: t.exposeString("citationHref", { nullable: true }),
    citationSection: t.exposeString("citationSection", { nullable: true }),
    status: t.expose("status", { type: PublishedFigureStatusEnum }),
    proposedBy: t.relation("proposedBy"),
    proposedAt: t.expose("proposedAt", { type: "DateTime" }),
    decidedBy: t.relation("decidedBy", { nullable: true }),
    decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true }),
    decisionNote: t.exposeString("decisionNote", { nullable: true }),
    version: t.exposeInt("version", { description: "Send back as expectedVersion when deciding." }),
    canDecide: t.boolean({
      description: "Whether the viewer may approve or reject it: a program administrator other than the proposer.",
      select: { proposedById: true, status: true },
      resolve: (figure, _args, ctx) =>
        figure.status === "PENDING_APPROVAL" &&
        hasRole(ctx.actor, "PROGRAM_ADMIN") &&
        figure.proposedById !== ctx.actor?.userId,
    }),
  }),
});

builder.queryField("figureParameters", (t) =>
  t.field({
    type: [FigureParameterRef],
    authScopes: { staff: true },
    description: 'Parameters a deployment may publish figures for; `program` ("WA-PFML") narrows the list.',
    args: { program: t.arg.string({ required: false }) },
    resolve: (_root, args) => {
      const all = parameterCatalog({ publishableOnly: true });
      return args.program ? all.filter((parameter) => parameter.programs.includes(args.program!)) : all;
    },
  }),
);

builder.queryField("publishedFigures", (t) =>
  t.prismaField({
    type: ["PublishedFigure"],
    authScopes: { staff: true },
    description: "Figures this deployment published or proposed, pending first, then newest first.",
    args: { status: t.arg({ type: PublishedFigureStatusEnum, required: false }) },
    resolve: async (query, _root, args, ctx) => {
      const rows = await ctx.db.publishedFigure.findMany({
        ...prismaQuery(query),
        where: args.status ? { status: args.status } : {},
        orderBy: [{ proposedAt: "desc" }, { id: "desc" }],
        take: 500,
      });
      // Pending first: they are the ones waiting for someone.
      return [
        ...rows.filter((r) => r.status === "PENDING_APPROVAL"),
        ...rows.filter((r) => r.status !== "PENDING_APPROVAL"),
      ];
    },
  }),
);

const ProposePublishedFigureInputRef = builder.inputType("ProposePublishedFigureInput", {
  fields: (t) => ({
    programId: t.id({ required: true }),
    parameterId: t.string({ required: true }),
    value: t.string({ required: true, description: '"1598.22" for money and rates, "12" for counts.' }),
    effectiveFrom: t.string({ required: true, description: "YYYY-MM-DD" }),
    effectiveTo: t.string({ required: false, description: "YYYY-MM-DD, inclusive; omit for open-ended." }),
    citationTitle: t.string({ required: true }),
    citationHref: t.string({ required: false }),
    citationSection: t.string({ required: false }),
  }),
});

const DecidePublishedFigureInputRef = builder.inputType("DecidePublishedFigureInput", {
  fields: (t) => ({
    figureId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    decision: t.field({ type: FigureDecisionEnum, required: true }),
    note: t.string({ required: false, description: "Required when rejecting." }),
  }),
});

const programAdmin = { role: "PROGRAM_ADMIN" } as const;

builder.mutationField("proposePublishedFigure", (t) =>
  t.prismaField({
    type: "PublishedFigure",
    errors: {},
    authScopes: programAdmin,
    description:
      "Proposes a figure (program administrators; audited). It applies once another administrator approves it.",
    args: { input: t.arg({ type: ProposePublishedFigureInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await proposeFigure(ctx, { ...input, programId: String(input.programId) });
      return ctx.db.publishedFigure.findUniqueOrThrow({ ...prismaQuery(query), where: { id } });
    },
  }),
);

builder.mutationField("decidePublishedFigure", (t) =>
  t.prismaField({
    type: "PublishedFigure",
    errors: {},
    authScopes: programAdmin,
    description:
      "Approves or rejects a pending figure (a program administrator other than the proposer; audited). Approved, it replaces the packaged value in evaluations for its dates.",
    args: { input: t.arg({ type: DecidePublishedFigureInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await decideFigure(ctx, { ...input, figureId: String(input.figureId) });
      return ctx.db.publishedFigure.findUniqueOrThrow({ ...prismaQuery(query), where: { id } });
    },
  }),
);
