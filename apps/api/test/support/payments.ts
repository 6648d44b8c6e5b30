// Test claims that are approved and ready to pay, built directly in the database (the review
// flow has its own tests): a person with a payment preference, an approved leave period, an
// eligibility snapshot with the waiting period and a determination with the weekly benefit.
import { addDays, fromDateOnly } from "@openleave/db";
import type { TestApi } from "./test-api.ts";

export const START = "2026-01-05"; // a Monday

export async function approvedClaim(
  api: TestApi,
  options: {
    weeks: number;
    waitingDays: number;
    ach: boolean;
    withholding: boolean;
    reducedHours?: string;
    /** ACH asked for, but the details on file cannot be used. */
    unusableBank?: "no-account" | "bad-routing";
    noAddress?: boolean;
    start?: string;
    /** Another claim of this person (default: a new person). */
    personId?: string;
  },
) {
  const program = await api.db.program.findFirstOrThrow({ where: { jurisdiction: "WA" } });
  const user = await api.db.user.findFirstOrThrow({ where: { email: { contains: "@" } } });
  const person = options.personId
    ? await api.db.person.findUniqueOrThrow({ where: { id: options.personId } })
    : await api.db.person.create({
        data: {
          firstName: "Pay",
          lastName: `Test${Math.random().toString(36).slice(2, 8)}`,
          dateOfBirth: fromDateOnly("1990-01-01"),
          ssnEncrypted: api.pii.seal("900000000"),
          ssnHash: `test-${Math.random()}`,
          ssnLast4: "0000",
          ...(options.noAddress
            ? {}
            : { addressLine1: "1 Main St", city: "Olympia", state: "WA", postalCode: "98501" }),
        },
      });
  if (!options.personId)
    await api.db.paymentPreference.create({
      data: {
        personId: person.id,
        method: options.ach ? "ACH" : "CHECK",
        routingNumber: options.ach ? (options.unusableBank === "bad-routing" ? "021000022" : "021000021") : null,
        accountNumberEncrypted: options.ach && options.unusableBank !== "no-account" ? api.pii.seal("123456789") : null,
        accountNumberLast4: options.ach ? "6789" : null,
        accountType: options.ach ? "CHECKING" : null,
        federalWithholdingElected: options.withholding,
      },
    });
  const end = addDays(options.start ?? START, options.weeks * 7 - 1);
  const claim = await api.db.claim.create({
    data: {
      programId: program.id,
      claimantId: person.id,
      createdById: user.id,
      status: "APPROVED",
      regularHoursPerWeek: options.reducedHours ? "40" : null,
      leavePeriods: {
        create: {
          kind: options.reducedHours ? "REDUCED_SCHEDULE" : "CONTINUOUS",
          startDate: fromDateOnly(options.start ?? START),
          endDate: fromDateOnly(end),
          hoursPerWeek: options.reducedHours ?? null,
          decision: "APPROVED",
        },
      },
      eligibilitySnapshots: {
        create: {
          eligible: true,
          ineligibleReasons: [],
          basePeriodQuarters: [],
          waitingPeriodDays: options.waitingDays,
          explanation: [],
          request: {},
        },
      },
    },
  });
  await api.db.determination.create({
    data: {
      claimId: claim.id,
      outcome: "APPROVED",
      reasonCode: "ELIGIBLE",
      explanation: "test",
      weeklyBenefitAmount: "700.00",
      approvedStartDate: fromDateOnly(options.start ?? START),
      approvedEndDate: fromDateOnly(end),
      decidedById: user.id,
    },
  });
  return claim.id;
}
