import { fromDateOnly, type Prisma } from "@openleave/db";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { IllegalTransitionError } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { ApplicationChanges } from "./application-input.ts";
import { findVisibleClaim, isClaimOwner } from "./claim-access.ts";
import { assertClaimantEmployer } from "./create-application.ts";
import { touchClaimVersion } from "./transition-claim.ts";
import { ForbiddenError, InvalidInputError } from "../../errors/domain-errors.ts";

const UpdateApplicationInput = ApplicationChanges.extend({
  claimId: z.uuid("Unknown application."),
  expectedVersion: z.number().int().positive().nullish(),
  /** An employer missing from the wage records, named by its FEIN as on a W-2 (12-3456789). */
  employerFein: z
    .string()
    .trim()
    .transform((value) => value.replace(/-/g, ""))
    .pipe(z.string().regex(/^\d{9}$/, "Enter the 9-digit employer ID (FEIN) from your W-2, like 12-3456789."))
    .nullish(),
});

/** Saves partial progress on a draft. Only the fields sent change; leave periods are replaced whole. */
export async function updateApplication(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(UpdateApplicationInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const claim = await findVisibleClaim(ctx.db, actor, input.claimId);
  if (!isClaimOwner(actor, claim)) throw new ForbiddenError("Only the person applying can change this application.");
  if (claim.status !== "DRAFT") throw new IllegalTransitionError("claim", claim.status, "DRAFT");
  if (input.employerId) await assertClaimantEmployer(ctx, claim.claimantId, input.employerId, ["input", "employerId"]);
  // Wages lag a quarter or more, so a new job may not be in the records yet: the claimant names
  // the employer by FEIN, it must be registered in the program's state, and it confirms the
  // employment when it responds to the claim.
  const statedEmployer = input.employerFein ? await employerByFein(ctx, claim.programId, input.employerFein) : null;

  const data: Prisma.ClaimUpdateInput = {};
  const changed: string[] = [];
  const set = <K extends keyof Prisma.ClaimUpdateInput>(key: K, value: Prisma.ClaimUpdateInput[K] | undefined) => {
    if (value === undefined) return;
    data[key] = value;
    changed.push(key);
  };
  if (statedEmployer) {
    set("employer", { connect: { id: statedEmployer.id } });
  } else if (input.employerId !== undefined) {
    set("employer", input.employerId ? { connect: { id: input.employerId } } : { disconnect: true });
  }
  set("leaveReason", input.leaveReason);
  set("familyRelationship", input.familyRelationship);
  set("familyMemberFirstName", input.familyMemberFirstName);
  set("familyMemberLastName", input.familyMemberLastName);
  set(
    "familyMemberDateOfBirth",
    input.familyMemberDateOfBirth === undefined
      ? undefined
      : input.familyMemberDateOfBirth
        ? fromDateOnly(input.familyMemberDateOfBirth)
        : null,
  );
  set("conditionDescription", input.conditionDescription);
  const date = (value: string | null | undefined) =>
    value === undefined ? undefined : value === null ? null : fromDateOnly(value);
  set("employmentStartDate", date(input.employmentStartDate));
  set("employmentEndDate", date(input.employmentEndDate));
  set("regularHoursPerWeek", input.regularHoursPerWeek);
  set("hoursLast12Months", input.hoursLast12Months);
  set("daysWorked", input.daysWorked);
  set("percentWorkTimeInState", input.percentWorkTimeInState);
  set("birthOrPlacementDate", date(input.birthOrPlacementDate));

  return ctx.db.$transaction(async (tx) => {
    await touchClaimVersion(tx, claim.id, input.expectedVersion ?? undefined);
    if (input.leavePeriods !== undefined && input.leavePeriods !== null) {
      await tx.leavePeriod.deleteMany({ where: { claimId: claim.id } });
      await tx.leavePeriod.createMany({
        data: input.leavePeriods.map((period) => ({
          claimId: claim.id,
          kind: period.kind,
          startDate: fromDateOnly(period.startDate),
          endDate: fromDateOnly(period.endDate),
          hoursPerWeek: period.hoursPerWeek ?? null,
          episodesPerMonth: period.episodesPerMonth ?? null,
          hoursPerEpisode: period.hoursPerEpisode ?? null,
        })),
      });
      changed.push("leavePeriods");
    }
    if (input.weeklyWages !== undefined && input.weeklyWages !== null) {
      await tx.claimWeeklyWage.deleteMany({ where: { claimId: claim.id } });
      await tx.claimWeeklyWage.createMany({
        data: input.weeklyWages.map((week) => ({
          claimId: claim.id,
          weekEnding: fromDateOnly(week.weekEnding),
          wages: week.wages,
        })),
      });
      changed.push("weeklyWages");
    }
    const updated = await tx.claim.update({ where: { id: claim.id }, data });
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "claim.update_application",
        entityType: "Claim",
        entityId: claim.id,
        // Field names only: the values can be medical detail.
        changedFields: changed,
        ...(statedEmployer ? { metadata: { employerStatedByFein: true } } : {}),
      },
    );
    return updated;
  });
}

async function employerByFein(ctx: Pick<RequestContext, "db">, programId: string, fein: string) {
  const program = await ctx.db.program.findUniqueOrThrow({ where: { id: programId } });
  const employer = await ctx.db.employer.findFirst({ where: { fein, jurisdiction: program.jurisdiction } });
  if (!employer)
    throw InvalidInputError.field(
      ["input", "employerFein"],
      `No employer with this FEIN is registered with ${program.name}. Check the number on your W-2 or pay stub, or call us.`,
    );
  return employer;
}
