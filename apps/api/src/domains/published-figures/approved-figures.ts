// The figures this deployment's program administrators approved, compiled for the rules
// engine. Read inside the evaluation's transaction, so an evaluation and the approval it
// follows see the same data; the table holds a handful of rows per program and year.
import { type Prisma, toDateOnly } from "@openleave/db";
import { type PublishedFigures, publishedFigures } from "@openleave/rules";

export async function approvedFigures(tx: Prisma.TransactionClient): Promise<PublishedFigures> {
  const rows = await tx.publishedFigure.findMany({
    where: { status: "APPROVED" },
    select: {
      id: true,
      parameterId: true,
      value: true,
      effectiveFrom: true,
      effectiveTo: true,
      citationTitle: true,
      citationHref: true,
      citationSection: true,
      decidedAt: true,
    },
  });
  return publishedFigures(
    rows.map((row) => ({
      parameterId: row.parameterId,
      value: row.value,
      effectiveFrom: toDateOnly(row.effectiveFrom),
      effectiveTo: row.effectiveTo === null ? null : toDateOnly(row.effectiveTo),
      citation: { title: row.citationTitle, href: row.citationHref, section: row.citationSection },
      recordId: row.id,
      approvedOn: row.decidedAt === null ? null : row.decidedAt.toISOString().slice(0, 10),
    })),
  );
}
