// Documents a claimant uploaded first and then sends with something: an answer to a request
// for information, or an appeal. Each must be on the same claim, uploaded by the same person,
// arrived (not awaiting its bytes or rejected), and not sent with anything else yet.
import type { Prisma } from "@openleave/db";
import { z } from "zod";
import { InvalidInputError } from "../../errors/domain-errors.ts";

export const documentIdsSchema = z
  .array(z.uuid("Unknown document."))
  .max(20, "Send at most 20 documents at once.")
  .default([]);

export async function attachDocuments(
  tx: Prisma.TransactionClient,
  options: {
    documentIds: readonly string[];
    claimId: string;
    uploadedById: string;
    link: { infoRequestId: string } | { appealId: string };
    path: string[];
  },
): Promise<string[]> {
  const ids = [...new Set(options.documentIds)];
  if (ids.length === 0) return [];
  const attached = await tx.document.updateMany({
    where: {
      id: { in: ids },
      claimId: options.claimId,
      uploadedById: options.uploadedById,
      status: { in: ["UPLOADED", "ACCEPTED"] },
      infoRequestId: null,
      appealId: null,
    },
    data: options.link,
  });
  if (attached.count !== ids.length) {
    throw InvalidInputError.field(
      options.path,
      "One of the documents cannot be sent with this: upload it again, then send.",
    );
  }
  return ids;
}
