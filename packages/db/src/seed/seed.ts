import { createHash, randomUUID } from "node:crypto";
import { deflateSync } from "node:zlib";
import type { Database } from "../client.ts";
import { addDays, fromDateOnly, todayIn } from "../dates.ts";
import type { ClaimStatus, LeaveReason, Prisma } from "../generated/prisma/client.ts";
import { hashPassword, normalizeTaxId, type PiiCipher } from "@openleave/crypto";
import { nextClaimNumber } from "../claim-numbers.ts";
import { CLAIMANTS, DEMO_PASSWORD, EMPLOYERS, STAFF_ACCOUNTS, type DemoClaimant } from "./demo-data.ts";

export const DEMO_PROGRAMS = [
  { jurisdiction: "WA", code: "PFML", name: "Washington Paid Family and Medical Leave" },
  { jurisdiction: "MA", code: "PFML", name: "Massachusetts Paid Family and Medical Leave" },
  { jurisdiction: "CO", code: "FAMLI", name: "Colorado Family and Medical Leave Insurance" },
  { jurisdiction: "NY", code: "PFL", name: "New York Paid Family Leave" },
];

const PROGRAM_FOR_STATE: Record<string, string> = { WA: "PFML", MA: "PFML", CO: "FAMLI", NY: "PFL" };

export interface SeedOptions {
  pii: PiiCipher;
  /** The calendar date the demo is built around; defaults to today in New York. */
  today?: string;
  /**
   * Writes a demo document's bytes to the file storage under its key. Without it the demo
   * documents are left out (their rows would point at nothing).
   */
  storeFile?: (key: string, bytes: Buffer, mimeType: string) => Promise<void>;
}

/** A one-page PDF: the evidence Evergreen Robotics attached to its contest. */
export const DEMO_EVIDENCE_PDF = Buffer.from(
  [
    "%PDF-1.4",
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj",
    "4 0 obj << /Length 60 >> stream",
    "BT /F1 18 Tf 72 700 Td (Evergreen Robotics work schedule) Tj ET",
    "endstream endobj",
    "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj",
    "trailer << /Root 1 0 R >>",
    "%%EOF",
    "",
  ].join("\n"),
);

/** A one-page PDF: the certification Paulo Mendes uploaded (the console shows it in the page). */
export const DEMO_CERTIFICATION_PDF = Buffer.from(
  [
    "%PDF-1.4",
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj",
    "4 0 obj << /Length 72 >> stream",
    "BT /F1 18 Tf 72 700 Td (Certification of a health care provider) Tj ET",
    "endstream endobj",
    "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj",
    "trailer << /Root 1 0 R >>",
    "%%EOF",
    "",
  ].join("\n"),
);

/** A small PNG (a grey page with dark lines, like a photographed form), built here so no binary file is committed. */
export function demoPhotoPng(width = 240, height = 160): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3, 0xe8);
    row[0] = 0; // filter: none
    if (y % 20 === 10) for (let x = 16; x < width - 16; x++) row.fill(0x40, 1 + x * 3, 4 + x * 3);
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export interface SeedSummary {
  seeded: boolean;
  programs: number;
  claims: number;
}

/** Seeds the demo world once; a database that already has programs is left alone. */
export async function seedDemoData(db: Database, options: SeedOptions): Promise<SeedSummary> {
  if ((await db.program.count()) > 0) {
    return { seeded: false, programs: await db.program.count(), claims: await db.claim.count() };
  }
  const today = options.today ?? todayIn("America/New_York");
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // Demo accounts are ready to use: their addresses count as verified.
  const emailVerifiedAt = new Date();
  const quarters = lastCompletedQuarters(today, 6);

  await db.$transaction(
    async (tx) => {
      const programs = new Map<string, string>();
      for (const program of DEMO_PROGRAMS) {
        const row = await tx.program.create({ data: program });
        programs.set(program.jurisdiction, row.id);
      }

      for (const staff of STAFF_ACCOUNTS) {
        await tx.user.create({
          data: { email: staff.email, name: staff.name, roles: staff.roles, passwordHash, emailVerifiedAt },
        });
      }

      const employers = new Map<string, { id: string; jurisdiction: string }>();
      for (const employer of EMPLOYERS) {
        const row = await tx.employer.create({
          data: {
            fein: employer.fein,
            name: employer.name,
            jurisdiction: employer.jurisdiction,
            employeeCount: employer.employeeCount,
          },
        });
        employers.set(employer.key, { id: row.id, jurisdiction: employer.jurisdiction });
        if (employer.admin) {
          const admin = await tx.user.create({
            data: {
              email: employer.admin.email,
              name: employer.admin.name,
              roles: ["LEAVE_ADMIN"],
              passwordHash,
              emailVerifiedAt,
              leaveAdministrators: {
                create: {
                  employerId: row.id,
                  verifiedAt: employer.admin.verified ? new Date() : null,
                  verificationMethod: employer.admin.verified ? "QUARTERLY_CONTRIBUTION_AMOUNT" : null,
                },
              },
            },
          });
          if (employer.privatePlan) {
            const { fromQuartersAgo, ...plan } = employer.privatePlan;
            const from = quarters[quarters.length - fromQuartersAgo]!;
            const effectiveFrom = `${from.year}-${String((from.quarter - 1) * 3 + 1).padStart(2, "0")}-01`;
            const approved = await tx.privatePlanApplication.create({
              data: {
                ...plan,
                employerId: row.id,
                status: "APPROVED",
                funding: "SELF_FUNDED",
                requestedEffectiveDate: fromDateOnly(effectiveFrom),
                effectiveFrom: fromDateOnly(effectiveFrom),
                submittedById: admin.id,
                submittedAt: daysAgo(200),
                decidedById: (await tx.user.findUniqueOrThrow({ where: { email: "supervisor@openleave.test" } })).id,
                decidedAt: daysAgo(190),
                decisionReason: "The plan's benefits equal or exceed the state plan's (demo data).",
              },
            });
            await tx.auditEvent.create({
              data: {
                action: "seed.private_plan.approve",
                entityType: "PrivatePlanApplication",
                entityId: approved.id,
                actorRoles: [],
                changedFields: ["status"],
                metadata: { employerId: row.id, effectiveFrom },
              },
            });
          }
        }
      }

      const people = new Map<string, { personId: string; userId?: string; claimant: DemoClaimant }>();
      for (const claimant of CLAIMANTS) {
        const tin = normalizeTaxId(claimant.ssn);
        if (!tin.ok) throw new Error(`Demo SSN for ${claimant.key} is invalid`);
        const employer = employers.get(claimant.employerKey)!;
        const person = await tx.person.create({
          data: {
            firstName: claimant.firstName,
            lastName: claimant.lastName,
            dateOfBirth: fromDateOnly(claimant.dateOfBirth),
            ssnEncrypted: options.pii.seal(tin.digits),
            ssnHash: options.pii.lookupHash(tin.digits),
            ssnLast4: tin.digits.slice(5),
            email: claimant.account?.email,
            state: employer.jurisdiction,
            employments: {
              create: {
                employerId: employer.id,
                startDate: fromDateOnly(addDays(today, -3 * 365)),
                hoursPerWeek: claimant.weeklyHours,
              },
            },
            wageRecords: {
              create: quarters.map((q, i) => ({
                employerId: employer.id,
                year: q.year,
                quarter: q.quarter,
                wages: claimant.quarterlyWages[i]!,
                hours: claimant.quarterlyWages[i] === "0.00" ? 0 : claimant.weeklyHours * 13,
              })),
            },
          },
        });
        let userId: string | undefined;
        if (claimant.account) {
          const user = await tx.user.create({
            data: {
              email: claimant.account.email,
              name: `${claimant.firstName} ${claimant.lastName}`,
              roles: ["CLAIMANT"],
              passwordHash,
              emailVerifiedAt,
              preferredLanguage: claimant.account.language ?? "EN",
              personId: person.id,
            },
          });
          userId = user.id;
        }
        people.set(claimant.key, { personId: person.id, userId, claimant });
      }

      const adjudicator = await tx.user.findUniqueOrThrow({ where: { email: "adjudicator@openleave.test" } });
      const appealsOfficer = await tx.user.findUniqueOrThrow({ where: { email: "appeals@openleave.test" } });

      // The claims: one per lifecycle state worth showing.
      const plans: ClaimPlan[] = [
        {
          who: "maria",
          reason: "BONDING",
          status: "PENDING_EMPLOYER_RESPONSE",
          submittedDaysAgo: 3,
          leaveInDays: 21,
          weeks: 12,
        },
        { who: "aisha", reason: "OWN_HEALTH", status: "APPROVED", submittedDaysAgo: 40, leaveInDays: -28, weeks: 8 },
        {
          who: "james",
          reason: "FAMILY_CARE",
          status: "IN_REVIEW",
          submittedDaysAgo: 12,
          leaveInDays: 10,
          weeks: 6,
          family: true,
        },
        { who: "dev", reason: "OWN_HEALTH", status: "DRAFT", leaveInDays: 30, weeks: 4 },
        {
          who: "lena",
          reason: "FAMILY_CARE",
          status: "DENIED",
          submittedDaysAgo: 35,
          leaveInDays: -10,
          weeks: 4,
          family: true,
          appeal: true,
        },
        { who: "tom", reason: "OWN_HEALTH", status: "SUBMITTED", submittedDaysAgo: 1, leaveInDays: 14, weeks: 3 },
        { who: "rosa", reason: "PREGNANCY", status: "INFO_REQUESTED", submittedDaysAgo: 9, leaveInDays: 20, weeks: 10 },
        { who: "kwame", reason: "BONDING", status: "WITHDRAWN", submittedDaysAgo: 15, leaveInDays: 40, weeks: 6 },
        // Past its 14-day review target: the oldest task in the adjudication queue.
        {
          who: "nadia",
          reason: "OWN_HEALTH",
          status: "INFO_REQUESTED",
          submittedDaysAgo: 16,
          leaveInDays: 18,
          weeks: 8,
        },
        // Contested by Evergreen Robotics (dates and notice, with a schedule as evidence): the
        // open task in the employer-grievance queue.
        {
          who: "omar",
          reason: "OWN_HEALTH",
          status: "IN_REVIEW",
          submittedDaysAgo: 8,
          leaveInDays: 15,
          weeks: 6,
          contest: true,
        },
        // Approved intermittent leave that started three weeks ago, direct deposit chosen; no payments
        // yet (her weeks are paid from the hours she reports), so payment runs see none of hers.
        {
          who: "imani",
          reason: "OWN_HEALTH",
          status: "APPROVED",
          submittedDaysAgo: 35,
          leaveInDays: -21,
          weeks: 12,
          intermittent: { episodesPerMonth: 2, hoursPerEpisode: "8.00" },
          directDeposit: { routingNumber: "021000021", accountNumber: "000123454321" },
          payments: false,
        },
        // Colorado leave the rules answer "not known" for: a manual determination, by two people.
        { who: "ines", reason: "OWN_HEALTH", status: "IN_REVIEW", submittedDaysAgo: 6, leaveInDays: 14, weeks: 6 },
        // Denied; the appeal's hearing took place yesterday, so its outcome can be recorded.
        {
          who: "farah",
          reason: "OWN_HEALTH",
          status: "DENIED",
          submittedDaysAgo: 30,
          leaveInDays: -30,
          weeks: 4,
          appeal: { filedDaysAgo: 4, hearingDaysAgo: 1 },
        },
        // Approved for leave already under way, with direct deposit: its past weeks are due.
        // No payment rows here: the worker's daily scheduling job creates them from the decision.
        {
          who: "ben",
          reason: "OWN_HEALTH",
          status: "APPROVED",
          submittedDaysAgo: 12,
          leaveInDays: -21,
          weeks: 6,
          weeklyBenefit: "812.00",
          directDeposit: { routingNumber: "021000021", accountNumber: "4400123456" },
          payments: false,
        },
        // Approved leave under way with a pending request to extend it by two weeks: staff
        // decide it in the console (its own task in the adjudication queue, not yet due).
        {
          who: "grace",
          reason: "OWN_HEALTH",
          status: "APPROVED",
          submittedDaysAgo: 30,
          leaveInDays: -14,
          weeks: 6,
          payments: false,
          extension: { weeks: 2 },
        },
        // In review with a certification PDF and a PNG photo uploaded, both waiting for review.
        {
          who: "paulo",
          reason: "OWN_HEALTH",
          status: "IN_REVIEW",
          submittedDaysAgo: 7,
          leaveInDays: 12,
          weeks: 6,
          documents: true,
        },
      ];

      for (const plan of plans) {
        const person = people.get(plan.who)!;
        const employer = employers.get(person.claimant.employerKey)!;
        const programId = programs.get(employer.jurisdiction)!;
        const createdById = person.userId ?? adjudicator.id; // staff keyed paper applications
        const submittedAt = plan.submittedDaysAgo === undefined ? null : daysAgo(plan.submittedDaysAgo);
        const leaveStart = addDays(today, plan.leaveInDays);
        const leaveEnd = addDays(leaveStart, plan.weeks * 7 - 1);
        const claimNumber =
          plan.status === "DRAFT"
            ? null
            : await nextClaimNumber(
                tx,
                { jurisdiction: employer.jurisdiction, code: PROGRAM_FOR_STATE[employer.jurisdiction]! },
                today.slice(0, 4),
              );

        const claim = await tx.claim.create({
          data: {
            claimNumber,
            programId,
            claimantId: person.personId,
            createdById,
            employerId: employer.id,
            status: plan.status,
            leaveReason: plan.reason,
            familyRelationship: plan.family ? "PARENT" : null,
            familyMemberFirstName: plan.family ? "Elena" : null,
            familyMemberLastName: plan.family ? person.claimant.lastName : null,
            conditionDescription:
              plan.reason === "OWN_HEALTH" || plan.reason === "PREGNANCY" ? "Surgery and recovery (demo)" : null,
            applicationDate: submittedAt ? fromDateOnly(addDays(today, -plan.submittedDaysAgo!)) : null,
            submittedAt,
            decidedAt: ["APPROVED", "DENIED"].includes(plan.status) ? daysAgo(plan.submittedDaysAgo! - 10) : null,
            withdrawnAt: plan.status === "WITHDRAWN" ? daysAgo(plan.submittedDaysAgo! - 2) : null,
            leavePeriods: {
              create: {
                kind: plan.intermittent ? "INTERMITTENT" : "CONTINUOUS",
                episodesPerMonth: plan.intermittent?.episodesPerMonth ?? null,
                hoursPerEpisode: plan.intermittent?.hoursPerEpisode ?? null,
                startDate: fromDateOnly(leaveStart),
                endDate: fromDateOnly(leaveEnd),
                decision: plan.status === "APPROVED" ? "APPROVED" : plan.status === "DENIED" ? "DENIED" : "PENDING",
              },
            },
          },
        });

        const history = statusPath(plan.status);
        for (let i = 0; i < history.length; i++) {
          await tx.claimStatusChange.create({
            data: {
              claimId: claim.id,
              fromStatus: i === 0 ? null : history[i - 1],
              toStatus: history[i]!,
              actorId: history[i] === "DRAFT" || history[i] === "SUBMITTED" ? createdById : adjudicator.id,
              reason: "demo data",
            },
          });
        }
        await tx.auditEvent.create({
          data: {
            action: "seed.claim.create",
            entityType: "Claim",
            entityId: claim.id,
            actorRoles: [],
            changedFields: ["status"],
            metadata: { status: plan.status },
          },
        });

        if (plan.directDeposit) {
          const { routingNumber, accountNumber } = plan.directDeposit;
          await tx.paymentPreference.create({
            data: {
              personId: person.personId,
              method: "ACH",
              routingNumber,
              accountNumberEncrypted: options.pii.seal(accountNumber),
              accountNumberHash: options.pii.lookupHash(accountNumber),
              accountNumberLast4: accountNumber.slice(-4),
              accountType: "CHECKING",
              federalWithholdingElected: true,
            },
          });
        }

        if (plan.status === "DRAFT") continue;

        const responseDue = addDays(today, 10 - plan.submittedDaysAgo!);
        const responded = plan.status !== "PENDING_EMPLOYER_RESPONSE" && plan.status !== "SUBMITTED";
        const response = await tx.employerResponse.create({
          data: {
            claimId: claim.id,
            employerId: employer.id,
            dueDate: fromDateOnly(responseDue),
            dueDateBasis: "demo data: 10 calendar days after submission",
            status: plan.contest ? "CONTESTED" : responded ? "CONFIRMED" : "PENDING",
            respondedAt: responded ? daysAgo(plan.submittedDaysAgo! - 2) : null,
            ...(plan.contest
              ? {
                  respondedById: (await tx.leaveAdministrator.findFirstOrThrow({ where: { employerId: employer.id } }))
                    .userId,
                  contestReasons: ["DATES_INCORRECT", "INSUFFICIENT_NOTICE"],
                  comment:
                    "Our schedule shows Omar working the first week of the requested leave, and we had no notice of it.",
                  reportedLeaveStart: fromDateOnly(addDays(leaveStart, 7)),
                  reportedLeaveEnd: fromDateOnly(leaveEnd),
                  correctedFields: ["leaveDates"],
                }
              : {}),
          },
        });
        if (plan.contest) {
          if (options.storeFile) {
            const key = `claims/${claim.id}/evidence-${response.id}`;
            await options.storeFile(key, DEMO_EVIDENCE_PDF, "application/pdf");
            await tx.document.create({
              data: {
                claimId: claim.id,
                employerResponseId: response.id,
                // The employer's: its administrators and staff read it, never the claimant.
                employerId: response.employerId,
                type: "EMPLOYER_EVIDENCE",
                status: "UPLOADED",
                fileName: "work-schedule.pdf",
                declaredSize: DEMO_EVIDENCE_PDF.length,
                sizeBytes: DEMO_EVIDENCE_PDF.length,
                mimeType: "application/pdf",
                sha256: createHash("sha256").update(DEMO_EVIDENCE_PDF).digest("hex"),
                storageKey: key,
                uploadExpiresAt: daysAgo(plan.submittedDaysAgo! - 2),
                uploadedById: response.respondedById!,
                uploadedAt: daysAgo(plan.submittedDaysAgo! - 2),
              },
            });
          }
          await tx.task.create({
            data: {
              queue: "EMPLOYER_GRIEVANCE",
              kind: "REVIEW_EMPLOYER_GRIEVANCE",
              claimId: claim.id,
              employerId: employer.id,
              createdAt: daysAgo(plan.submittedDaysAgo! - 2),
              dueAt: fromDateOnly(addDays(today, 10 - plan.submittedDaysAgo! + 2)),
            },
          });
        }
        await tx.task.create({
          data: {
            queue: "EMPLOYER_RESPONSE",
            kind: "EMPLOYER_RESPONSE",
            status: responded ? "DONE" : "OPEN",
            claimId: claim.id,
            employerId: employer.id,
            // Opened when the claim was submitted, so the queue's ageing is true to the story.
            createdAt: daysAgo(plan.submittedDaysAgo!),
            dueAt: fromDateOnly(responseDue),
            completedAt: responded ? daysAgo(plan.submittedDaysAgo! - 2) : null,
          },
        });
        const open = ["SUBMITTED", "PENDING_EMPLOYER_RESPONSE", "IN_REVIEW", "INFO_REQUESTED"].includes(plan.status);
        await tx.task.create({
          data: {
            queue: "ADJUDICATION",
            kind: "REVIEW_CLAIM",
            status: open
              ? plan.status === "IN_REVIEW"
                ? "IN_PROGRESS"
                : "OPEN"
              : plan.status === "WITHDRAWN"
                ? "CANCELLED"
                : "DONE",
            claimId: claim.id,
            assigneeId: plan.status === "IN_REVIEW" ? adjudicator.id : null,
            createdAt: daysAgo(plan.submittedDaysAgo!),
            dueAt: fromDateOnly(addDays(today, 14 - plan.submittedDaysAgo!)),
          },
        });

        if (plan.documents && options.storeFile) {
          // Without an account the claimant sent them on paper; staff scanned them in.
          const files = [
            {
              type: "MEDICAL_CERTIFICATION",
              fileName: "certification.pdf",
              bytes: DEMO_CERTIFICATION_PDF,
              mime: "application/pdf",
            },
            {
              type: "MEDICAL_CERTIFICATION",
              fileName: "certification-page-2.png",
              bytes: demoPhotoPng(),
              mime: "image/png",
            },
          ] as const;
          for (const file of files) {
            const id = randomUUID();
            const document = await tx.document.create({
              data: {
                id,
                claimId: claim.id,
                type: file.type,
                status: "UPLOADED",
                fileName: file.fileName,
                declaredSize: file.bytes.length,
                sizeBytes: file.bytes.length,
                mimeType: file.mime,
                sha256: createHash("sha256").update(file.bytes).digest("hex"),
                storageKey: `claims/${claim.id}/${id}`,
                uploadExpiresAt: daysAgo(plan.submittedDaysAgo!),
                uploadedById: createdById,
                uploadedAt: daysAgo(plan.submittedDaysAgo!),
              },
            });
            await options.storeFile(document.storageKey, file.bytes, file.mime);
            await tx.task.create({
              data: {
                queue: "DOCUMENT_REVIEW",
                kind: "REVIEW_DOCUMENT",
                claimId: claim.id,
                createdAt: daysAgo(plan.submittedDaysAgo!),
                dueAt: fromDateOnly(addDays(today, 3)),
              },
            });
          }
        }

        if (plan.status === "INFO_REQUESTED") {
          await tx.infoRequest.create({
            data: {
              claimId: claim.id,
              requestedById: adjudicator.id,
              message: "Please upload the certification of your health care provider.",
              dueDate: fromDateOnly(addDays(today, 5)),
            },
          });
        }

        if (plan.status === "APPROVED" || plan.status === "DENIED") {
          const determination = await tx.determination.create({
            data: {
              claimId: claim.id,
              outcome: plan.status,
              reasonCode: plan.status === "APPROVED" ? "ELIGIBLE" : "INSUFFICIENT_CERTIFICATION",
              explanation:
                plan.status === "APPROVED"
                  ? "The claimant meets the earnings test and the leave is certified."
                  : plan.family
                    ? "The certification does not show a serious health condition of the family member."
                    : "No certification from a health care provider was received for the leave.",
              weeklyBenefitAmount: plan.status === "APPROVED" ? (plan.weeklyBenefit ?? "587.00") : null,
              approvedStartDate: plan.status === "APPROVED" ? fromDateOnly(leaveStart) : null,
              approvedEndDate: plan.status === "APPROVED" ? fromDateOnly(leaveEnd) : null,
              decidedById: adjudicator.id,
              decidedAt: daysAgo(plan.submittedDaysAgo! - 10),
              appealDeadline: fromDateOnly(addDays(today, 30 - (plan.submittedDaysAgo! - 10))),
            },
          });
          await tx.notice.create({
            data: {
              claimId: claim.id,
              kind: plan.status === "APPROVED" ? "APPROVAL" : "DENIAL",
              templateVersion: 1,
              subject: plan.status === "APPROVED" ? "Your leave is approved" : "Your application was denied",
              body: determination.explanation,
              determinationId: determination.id,
              deliveredAt: daysAgo(plan.submittedDaysAgo! - 10),
            },
          });
          if (plan.status === "APPROVED" && plan.payments !== false)
            await seedPayments(tx, claim.id, leaveStart, today);
          if (plan.extension && person.userId) {
            const period = await tx.leavePeriod.findFirstOrThrow({ where: { claimId: claim.id } });
            await tx.leaveExtensionRequest.create({
              data: {
                claimId: claim.id,
                leavePeriodId: period.id,
                currentEndDate: period.endDate,
                requestedEndDate: fromDateOnly(addDays(leaveEnd, plan.extension.weeks * 7)),
                reason: "My surgeon extended my recovery by two weeks (demo).",
                requestedById: person.userId,
                createdAt: daysAgo(2),
              },
            });
            await tx.task.create({
              data: {
                queue: "ADJUDICATION",
                kind: "REVIEW_LEAVE_EXTENSION",
                claimId: claim.id,
                createdAt: daysAgo(2),
                dueAt: fromDateOnly(addDays(today, 10)),
              },
            });
          }
          if (plan.appeal) {
            const held = typeof plan.appeal === "object" ? plan.appeal : null;
            const appeal = await tx.appeal.create({
              data: {
                claimId: claim.id,
                determinationId: determination.id,
                appellantRole: "CLAIMANT",
                filedById: person.userId ?? adjudicator.id,
                filedAt: daysAgo(held?.filedDaysAgo ?? 5),
                deadline: determination.appealDeadline!,
                reason: held
                  ? "My surgeon's certification was sent to the wrong office; it is attached now."
                  : "My mother's doctor has sent a corrected certification.",
                officerId: appealsOfficer.id,
                // A hearing already held: yesterday at 18:00 UTC (mid-morning in Washington).
                ...(held
                  ? {
                      status: "HEARING_SCHEDULED" as const,
                      hearingAt: new Date(`${addDays(today, -held.hearingDaysAgo)}T18:00:00Z`),
                    }
                  : {}),
              },
            });
            await tx.task.create({
              data: {
                queue: "APPEALS",
                kind: "HOLD_APPEAL_HEARING",
                claimId: claim.id,
                appealId: appeal.id,
                assigneeId: appealsOfficer.id,
                createdAt: daysAgo(held?.filedDaysAgo ?? 5),
                // After a held hearing the officer's task is the written decision, due within ten days.
                status: appeal.hearingAt ? "IN_PROGRESS" : "OPEN",
                dueAt: fromDateOnly(addDays(today, appeal.hearingAt ? 9 : 25)),
              },
            });
          }
        }
      }
    },
    { timeout: 60_000 },
  );

  return { seeded: true, programs: await db.program.count(), claims: await db.claim.count() };
}

interface ClaimPlan {
  who: string;
  reason: LeaveReason;
  status: ClaimStatus;
  submittedDaysAgo?: number;
  leaveInDays: number;
  weeks: number;
  family?: boolean;
  /** true: filed, no hearing yet; an object: the hearing was held `hearingDaysAgo` days ago. */
  appeal?: boolean | { filedDaysAgo: number; hearingDaysAgo: number };
  /** The approved weekly benefit (default $587.00). */
  weeklyBenefit?: string;
  /** The employer contested the claim (with evidence when the seed can store files). */
  contest?: boolean;
  /** An intermittent period (episodes a month, hours each) instead of a continuous one. */
  intermittent?: { episodesPerMonth: number; hoursPerEpisode: string };
  /** The claimant's payment preference: direct deposit to this (fictional) account. */
  directDeposit?: { routingNumber: string; accountNumber: string };
  /** Weekly payments are seeded for an approved claim unless this is false. */
  payments?: boolean;
  /** The claimant asked to extend the approved leave by this many weeks; staff have not decided. */
  extension?: { weeks: number };
  /** A certification PDF and a PNG photo uploaded, waiting for review (needs storeFile). */
  documents?: boolean;
}

/** The statuses a claim passed through to reach `status`, in order. */
function statusPath(status: ClaimStatus): ClaimStatus[] {
  const paths: Record<ClaimStatus, ClaimStatus[]> = {
    DRAFT: ["DRAFT"],
    SUBMITTED: ["DRAFT", "SUBMITTED"],
    PENDING_EMPLOYER_RESPONSE: ["DRAFT", "SUBMITTED", "PENDING_EMPLOYER_RESPONSE"],
    IN_REVIEW: ["DRAFT", "SUBMITTED", "PENDING_EMPLOYER_RESPONSE", "IN_REVIEW"],
    INFO_REQUESTED: ["DRAFT", "SUBMITTED", "PENDING_EMPLOYER_RESPONSE", "IN_REVIEW", "INFO_REQUESTED"],
    APPROVED: ["DRAFT", "SUBMITTED", "PENDING_EMPLOYER_RESPONSE", "IN_REVIEW", "APPROVED"],
    PARTIALLY_APPROVED: ["DRAFT", "SUBMITTED", "PENDING_EMPLOYER_RESPONSE", "IN_REVIEW", "PARTIALLY_APPROVED"],
    DENIED: ["DRAFT", "SUBMITTED", "PENDING_EMPLOYER_RESPONSE", "IN_REVIEW", "DENIED"],
    WITHDRAWN: ["DRAFT", "SUBMITTED", "PENDING_EMPLOYER_RESPONSE", "WITHDRAWN"],
    CLOSED: ["DRAFT", "SUBMITTED", "PENDING_EMPLOYER_RESPONSE", "IN_REVIEW", "APPROVED", "CLOSED"],
  };
  return paths[status];
}

async function seedPayments(tx: Prisma.TransactionClient, claimId: string, leaveStart: string, today: string) {
  // Weekly payments for each full week of leave already past; the rest are scheduled.
  for (let week = 0; week < 8; week++) {
    const periodStart = addDays(leaveStart, week * 7);
    const periodEnd = addDays(periodStart, 6);
    const paid = periodEnd < today;
    await tx.payment.create({
      data: {
        claimId,
        periodStart: fromDateOnly(periodStart),
        periodEnd: fromDateOnly(periodEnd),
        gross: "587.00",
        federalWithholding: "58.70",
        net: "528.30",
        status: paid ? "PAID" : "SCHEDULED",
        method: "ACH",
        scheduledFor: fromDateOnly(addDays(periodEnd, 3)),
        paidAt: paid ? fromDateOnly(addDays(periodEnd, 3)) : null,
      },
    });
  }
}

function daysAgo(days: number): Date {
  return new Date(Date.now() - days * 86_400_000);
}

/** The last `count` completed calendar quarters before `today`, oldest first. */
export function lastCompletedQuarters(today: string, count: number): { year: number; quarter: number }[] {
  let year = Number(today.slice(0, 4));
  let quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const result: { year: number; quarter: number }[] = [];
  for (let i = 0; i < count; i++) {
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
    result.unshift({ year, quarter });
  }
  return result;
}
