// Publishing a program figure takes two program administrators: one proposes it (parameter,
// value, dates, citation), another approves or rejects it. Only an approved figure reaches
// evaluations. Every step is audited in the transaction that makes it.
import { fromDateOnly, toDateOnly } from "@openleave/db";
import { catalogParameter, checkProposedFigure } from "@openleave/rules";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import {
  DomainError,
  ForbiddenError,
  IllegalTransitionError,
  InvalidInputError,
  NotFoundError,
  StaleVersionError,
} from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { calendarDate } from "../claims/application-input.ts";

const ProposeInput = z.object({
  programId: z.uuid("Choose a program."),
  parameterId: z.string().trim().min(1, "Choose the figure.").max(120),
  value: z.string().trim().min(1, "Enter the value.").max(40),
  effectiveFrom: calendarDate("first day the figure applies"),
  effectiveTo: calendarDate("last day the figure applies").nullish(),
  citationTitle: z.string().trim().min(3, "Name the document that publishes the figure.").max(300),
  citationHref: z
    .url({ protocol: /^https?$/, error: "Enter a web address starting with https://." })
    .max(500)
    .nullish()
    .or(z.literal("").transform(() => null)),
  citationSection: z.string().trim().max(200).nullish(),
});

const FIELD_PATH = {
  parameterId: "parameterId",
  value: "value",
  effectiveFrom: "effectiveFrom",
  effectiveTo: "effectiveTo",
  citation: "citationTitle",
} as const;

export async function proposeFigure(ctx: RequestContext, rawInput: unknown): Promise<string> {
  const input = parseInput(ProposeInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const program = await ctx.db.program.findUnique({ where: { id: input.programId } });
  if (!program) throw new NotFoundError("Program");
  const parameter = catalogParameter(input.parameterId);
  const programKey = `${program.jurisdiction}-${program.code}`;
  if (parameter && !parameter.programs.includes(programKey)) {
    throw InvalidInputError.field(["input", "parameterId"], `${parameter.label} is not a figure of ${program.name}.`);
  }
  const problems = checkProposedFigure({
    parameterId: input.parameterId,
    value: input.value,
    effectiveFrom: input.effectiveFrom,
    effectiveTo: input.effectiveTo ?? null,
    citation: { title: input.citationTitle },
  });
  if (problems.length > 0) {
    throw new InvalidInputError(
      problems.map((problem) => ({ path: ["input", FIELD_PATH[problem.field]], message: problem.message })),
    );
  }
  return ctx.db.$transaction(async (tx) => {
    const figure = await tx.publishedFigure.create({
      data: {
        parameterId: input.parameterId,
        value: input.value,
        effectiveFrom: fromDateOnly(input.effectiveFrom),
        effectiveTo: input.effectiveTo ? fromDateOnly(input.effectiveTo) : null,
        citationTitle: input.citationTitle,
        citationHref: input.citationHref ?? null,
        citationSection: input.citationSection ?? null,
        proposedById: actor.userId,
      },
    });
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "published_figure.propose",
        entityType: "PublishedFigure",
        entityId: figure.id,
        metadata: {
          program: programKey,
          parameterId: figure.parameterId,
          value: figure.value,
          effectiveFrom: input.effectiveFrom,
          effectiveTo: input.effectiveTo ?? null,
        },
      },
    );
    return figure.id;
  });
}

const DecideInput = z.object({
  figureId: z.uuid("Unknown figure."),
  expectedVersion: z.number().int().positive(),
  decision: z.enum(["APPROVE", "REJECT"]),
  note: z.string().trim().max(2000).nullish(),
});

export async function decideFigure(ctx: RequestContext, rawInput: unknown): Promise<string> {
  const input = parseInput(DecideInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  if (input.decision === "REJECT" && !input.note) {
    throw InvalidInputError.field(["input", "note"], "Say why the figure is rejected.");
  }
  return ctx.db.$transaction(async (tx) => {
    const figure = await tx.publishedFigure.findUnique({ where: { id: input.figureId } });
    if (!figure) throw new NotFoundError("Figure");
    if (figure.proposedById === actor.userId) {
      throw new ForbiddenError("You proposed this figure: another program administrator must approve or reject it.");
    }
    const to = input.decision === "APPROVE" ? "APPROVED" : "REJECTED";
    if (figure.status !== "PENDING_APPROVAL") throw new IllegalTransitionError("figure", figure.status, to);
    if (figure.version !== input.expectedVersion) throw new StaleVersionError("figure", figure.version);

    if (to === "APPROVED") {
      // Every figure of the parameter is locked, so two overlapping approvals run one after
      // the other and the second sees the first.
      await tx.$queryRaw`SELECT id FROM "PublishedFigure" WHERE "parameterId" = ${figure.parameterId} FOR UPDATE`;
      const overlapping = await tx.publishedFigure.findFirst({
        where: {
          parameterId: figure.parameterId,
          status: "APPROVED",
          id: { not: figure.id },
          effectiveFrom: figure.effectiveTo === null ? undefined : { lte: figure.effectiveTo },
          OR: [{ effectiveTo: null }, { effectiveTo: { gte: figure.effectiveFrom } }],
        },
      });
      if (overlapping) {
        throw new DomainError(
          "FIGURE_OVERLAPS",
          `An approved figure (${overlapping.value} from ${toDateOnly(overlapping.effectiveFrom)}) already covers some of these dates.`,
        );
      }
    }
    // The version in the WHERE clause: a concurrent decision makes this update match nothing.
    const { count } = await tx.publishedFigure.updateMany({
      where: { id: figure.id, version: figure.version, status: "PENDING_APPROVAL" },
      data: {
        status: to,
        decidedById: actor.userId,
        decidedAt: ctx.now(),
        decisionNote: input.note ?? null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new StaleVersionError("figure", figure.version + 1);
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: to === "APPROVED" ? "published_figure.approve" : "published_figure.reject",
        entityType: "PublishedFigure",
        entityId: figure.id,
        changedFields: ["status", "decidedById", "decidedAt", "decisionNote"],
        metadata: { parameterId: figure.parameterId, value: figure.value, from: figure.status, to },
      },
    );
    return figure.id;
  });
}
