// The demo world, plus one claim that holds a record of every kind a viewer might be refused:
// María's claim waiting for Evergreen Robotics (whose verified leave administrator is the
// matrix's LEAVE_ADMIN) gets family and medical detail, a medical certification next to the
// employer's evidence (attached to its response, with staff's finding on it), an eligibility result, a request for information, a request to extend the leave, a notice and an employer's copy, a payment,
// a denial explained in medical terms and the claimant's appeal of it; a payment run's stored file; Evergreen files a wage
// report with a rejected row. With these, every
// restriction in rules.ts meets a value an allowed viewer can see.
import type { TestApi } from "../support/test-api.ts";
import { completedQuarters, csvOf, IMPORT, testSsn } from "../support/wage-reports.ts";
import { DEMO } from "../support/test-api.ts";
import type { Fixtures } from "./rules.ts";

export const MEDICAL_EXPLANATION = "The certification does not show a serious health condition of the family member.";

export async function loadFixtures(api: TestApi): Promise<Fixtures> {
  const db = api.db;
  const maria = await db.person.findFirstOrThrow({ where: { firstName: "María" } });
  const mariaUser = await db.user.findUniqueOrThrow({ where: { email: DEMO.claimant } });
  const hr = await db.user.findUniqueOrThrow({ where: { email: DEMO.leaveAdmin } });
  const adjudicator = await db.user.findUniqueOrThrow({ where: { email: DEMO.adjudicator } });
  const claim = await db.claim.findFirstOrThrow({
    where: { claimantId: maria.id, status: "PENDING_EMPLOYER_RESPONSE" },
  });
  const evergreen = claim.employerId!;

  await db.claim.update({
    where: { id: claim.id },
    data: {
      conditionDescription: "Recovery after childbirth",
      familyRelationship: "CHILD",
      familyMemberFirstName: "Lucía",
      familyMemberLastName: "García",
      familyMemberDateOfBirth: new Date("2026-11-20"),
    },
  });
  await db.claimStatusChange.create({
    data: {
      claimId: claim.id,
      fromStatus: "PENDING_EMPLOYER_RESPONSE",
      toStatus: "PENDING_EMPLOYER_RESPONSE",
      reason: "Claimant called about her surgery date.",
    },
  });
  // The employer's own words, which the claimant must not see.
  await db.employerResponse.updateMany({
    where: { claimId: claim.id },
    data: { comment: "Her manager says she asked for these dates in October." },
  });
  const response = await db.employerResponse.findFirstOrThrow({ where: { claimId: claim.id } });
  // Staff's finding on the employer's contest, which neither the claimant nor the employer reads.
  await db.grievanceFinding.create({
    data: {
      employerResponseId: response.id,
      claimId: claim.id,
      outcome: "UPHELD",
      reasonCode: "EVIDENCE_INSUFFICIENT",
      findings: "The schedule does not cover the weeks of her surgery.",
      claimStatus: claim.status,
      decidedById: adjudicator.id,
    },
  });
  // Figures staff entered for a second staff member to approve (staff only).
  await db.manualDetermination.create({
    data: {
      claimId: claim.id,
      rulesErrorCode: "PARAMETER_NOT_KNOWN",
      outcome: "APPROVED",
      weeklyBenefitAmount: "900.00",
      benefitWeeks: "12",
      approvedStartDate: new Date("2099-01-01"),
      approvedEndDate: new Date("2099-03-25"),
      reason: "The figure for the date is not published; used the agency's letter.",
      claimVersion: claim.version,
      proposedById: adjudicator.id,
    },
  });
  // Staff's internal note, which neither the claimant nor the employer may read.
  await db.claimNote.create({
    data: { claimId: claim.id, authorId: adjudicator.id, body: "Called HR: the surgery date moved a week." },
  });
  await db.person.update({
    where: { id: maria.id },
    data: { phone: "+1 206 555 0100", addressLine1: "1200 Pine St", city: "Seattle", state: "WA", postalCode: "98101" },
  });
  await db.paymentPreference.create({ data: { personId: maria.id, method: "CHECK" } });
  for (const [type, uploadedById] of [
    ["MEDICAL_CERTIFICATION", mariaUser.id],
    ["EMPLOYER_EVIDENCE", hr.id],
  ] as const) {
    const id = crypto.randomUUID();
    await db.document.create({
      data: {
        id,
        claimId: claim.id,
        // The employer's evidence is attached to its response.
        employerResponseId: type === "EMPLOYER_EVIDENCE" ? response.id : null,
        employerId: type === "EMPLOYER_EVIDENCE" ? claim.employerId : null,
        type,
        status: "UPLOADED",
        fileName: `${type.toLowerCase()}.pdf`,
        declaredSize: 1000,
        sizeBytes: 1000,
        mimeType: "application/pdf",
        sha256: "0".repeat(64),
        storageKey: `claims/${claim.id}/${id}`,
        uploadExpiresAt: new Date(),
        uploadedById,
        uploadedAt: new Date(),
        reviewNote: "Does not mention the diagnosis the certification gives.",
      },
    });
  }
  await db.eligibilitySnapshot.create({
    data: { claimId: claim.id, eligible: true, ineligibleReasons: [], explanation: { steps: [] }, request: {} },
  });
  await db.infoRequest.create({
    data: {
      claimId: claim.id,
      requestedById: adjudicator.id,
      message: "Please send the certification from your doctor.",
      dueDate: new Date("2099-01-01"),
    },
  });
  // A request to extend the leave, in the claimant's words (the employer must not read them).
  const period = await db.leavePeriod.findFirstOrThrow({ where: { claimId: claim.id } });
  await db.leaveExtensionRequest.create({
    data: {
      claimId: claim.id,
      leavePeriodId: period.id,
      currentEndDate: period.endDate,
      requestedEndDate: new Date(period.endDate.getTime() + 28 * 86_400_000),
      reason: "My doctor extended my recovery by four weeks.",
      requestedById: mariaUser.id,
    },
  });
  await db.notice.create({
    data: { claimId: claim.id, kind: "ACKNOWLEDGMENT", templateVersion: 1, subject: "We received it", body: "…" },
  });
  // The employer's copy of a decision: the employer reads it, the claimant reads her own.
  await db.notice.create({
    data: {
      claimId: claim.id,
      kind: "DENIAL",
      audience: "EMPLOYER",
      templateVersion: 2,
      subject: "Decision on the claim: denied",
      body: "The claim was denied.",
    },
  });
  await db.payment.create({
    data: {
      claimId: claim.id,
      periodStart: new Date("2099-01-01"),
      periodEnd: new Date("2099-01-07"),
      gross: "100.00",
      net: "100.00",
      method: "CHECK",
      scheduledFor: new Date("2099-01-08"),
    },
  });
  await db.emailOutbox.create({
    data: {
      key: "matrix-notice",
      kind: "DETERMINATION",
      recipientUserId: mariaUser.id,
      claimId: claim.id,
      language: "EN",
      subject: "Your claim was decided",
      body: MEDICAL_EXPLANATION,
    },
  });
  await db.overpayment.create({
    data: { claimId: claim.id, amount: "100.00", reason: "The week of 2099-01-01 is no longer owed." },
  });
  const determination = await db.determination.create({
    data: {
      claimId: claim.id,
      outcome: "DENIED",
      reasonCode: "INSUFFICIENT_CERTIFICATION",
      explanation: MEDICAL_EXPLANATION,
      decidedById: adjudicator.id,
      appealDeadline: new Date("2099-01-01"),
    },
  });
  const appeal = await db.appeal.create({
    data: {
      claimId: claim.id,
      determinationId: determination.id,
      appellantRole: "CLAIMANT",
      filedById: mariaUser.id,
      deadline: new Date("2099-01-01"),
      reason: "My doctor's note explains my condition; please look again.",
      status: "DECIDED",
      outcome: "AFFIRMED",
      decisionSummary: "The doctor's note does not describe a serious health condition.",
      decidedAt: new Date(),
    },
  });
  // Both documents were filed with the appeal: the employer sees only its own among them.
  await db.document.updateMany({ where: { claimId: claim.id }, data: { appealId: appeal.id } });

  // A payment run with its check register stored: only supervisors and program administrators
  // get its download path.
  const run = await db.paymentRun.create({ data: { key: "payment-run:2099-01-08", runDate: new Date("2099-01-08") } });
  const batch = await db.paymentBatch.create({
    data: {
      method: "CHECK",
      status: "GENERATED",
      runId: run.id,
      fileName: "check-2099-01-08.csv",
      fileSha256: "0".repeat(64),
    },
  });
  await db.paymentBatchFile.create({
    data: { batchId: batch.id, sealed: api.pii.seal("check_number\n"), sizeBytes: 13 },
  });

  // A wage report with a rejected row, filed by the employer itself.
  const quarter = completedQuarters(1)[0]!;
  const hrClient = await api.signedIn(DEMO.leaveAdmin);
  await hrClient.mutate("importWageReport", IMPORT, {
    input: {
      employerId: evergreen,
      ...quarter,
      fileName: "matrix.csv",
      csv: csvOf([
        { ssn: testSsn(1), first: "Ana", last: "Matrix", wages: "12000.00" },
        { ssn: "bad", first: "No", last: "Number", wages: "1.00" },
      ]),
    },
  });

  return {
    claims: (await db.claim.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((c) => c.id),
    pendingClaim: claim.id,
    appeals: (await db.appeal.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((a) => a.id),
    employers: (await db.employer.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((e) => e.id),
    evergreen,
  };
}
