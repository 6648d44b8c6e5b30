import { maskAccountNumber } from "@openleave/crypto";
import { builder, emptyList } from "../../graphql/builder.ts";
import { mayReadMedicalDetail } from "../privacy/medical-detail.ts";
import { recordOverpayment, waiveOverpayment } from "./overpayments.ts";
import { reload } from "../../graphql/reload.ts";
import { setPaymentPreference } from "./set-payment-preference.ts";
import { BankAccountTypeEnum, LanguageEnum, PaymentMethodEnum, PaymentStatusEnum } from "../../graphql/enums.ts";
import Decimal from "decimal.js";
import { EmailStatus, JobStatus, OverpaymentStatus, PaymentBatchStatus, PaymentRunStatus } from "@openleave/db";
import { hasRole, isStaff } from "../../graphql/context.ts";
import { startPaymentRun } from "./start-payment-run.ts";
import { PAYMENT_FILE_ROLES, paymentBatchDownloadPath } from "./payment-batch-download.ts";
import { describeReturnCode, importAchReturns } from "./ach-returns.ts";
import { importCheckSettlements, type CheckSettlementProblem } from "./check-settlements.ts";

builder.prismaObject("Payment", {
  description: "One benefit payment for a period of leave: gross, withholding and what was paid.",
  fields: (t) => ({
    id: t.exposeID("id"),
    periodStart: t.expose("periodStart", { type: "Date" }),
    periodEnd: t.expose("periodEnd", { type: "Date" }),
    gross: t.expose("gross", { type: "Decimal" }),
    federalWithholding: t.expose("federalWithholding", { type: "Decimal" }),
    stateWithholding: t.expose("stateWithholding", { type: "Decimal" }),
    net: t.expose("net", { type: "Decimal" }),
    status: t.expose("status", { type: PaymentStatusEnum }),
    method: t.expose("method", { type: PaymentMethodEnum }),
    scheduledFor: t.expose("scheduledFor", { type: "Date" }),
    paidAt: t.expose("paidAt", { type: "DateTime", nullable: true }),
    sentAt: t.expose("sentAt", {
      type: "DateTime",
      nullable: true,
      description: "When it left in an ACH file or check register.",
    }),
    settledAt: t.expose("paidAt", {
      type: "DateTime",
      nullable: true,
      description: "When the money is known to have arrived.",
    }),
    statusReason: t.exposeString("statusReason", {
      nullable: true,
      description: "Why it went another way than asked (paid by check, held, returned).",
    }),
    returnCode: t.exposeString("returnCode", {
      nullable: true,
      description: "The bank's NACHA return reason code (R01…) when a direct deposit came back.",
    }),
    returnReason: t.string({
      nullable: true,
      resolve: (payment) => (payment.returnCode ? describeReturnCode(payment.returnCode) : null),
    }),
    returnedAt: t.expose("returnedAt", { type: "DateTime", nullable: true }),
    isReissue: t.boolean({
      description: "A check reissuing a returned direct deposit.",
      resolve: (payment) => payment.reissueOfId !== null,
    }),
    recoveryOffset: t.expose("recoveryOffset", {
      type: "Decimal",
      description: "Kept from this payment to recover an overpayment (already taken out of net).",
    }),
    accountNumberMasked: t.string({
      nullable: true,
      description: "The account a direct deposit went to, masked to its last four digits.",
      resolve: (payment) => (payment.accountLast4 ? maskAccountNumber(payment.accountLast4) : null),
    }),
  }),
});

builder.prismaObject("PaymentPreference", {
  description: "How a person is paid. The account number is never returned in full.",
  fields: (t) => ({
    id: t.exposeID("id"),
    method: t.expose("method", { type: PaymentMethodEnum }),
    routingNumber: t.exposeString("routingNumber", { nullable: true }),
    accountNumberMasked: t.string({
      nullable: true,
      resolve: (preference) =>
        preference.accountNumberLast4 ? maskAccountNumber(preference.accountNumberLast4) : null,
    }),
    accountType: t.expose("accountType", { type: BankAccountTypeEnum, nullable: true }),
    federalWithholdingElected: t.exposeBoolean("federalWithholdingElected", {
      description: "10% federal income tax withheld from each payment (IRS Form W-4V).",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const PaymentPreferenceInputRef = builder.inputType("PaymentPreferenceInput", {
  fields: (t) => ({
    method: t.field({ type: PaymentMethodEnum, required: true }),
    routingNumber: t.string(),
    accountNumber: t.string(),
    accountType: t.field({ type: BankAccountTypeEnum }),
    federalWithholding: t.boolean({
      description:
        "Withhold 10% federal income tax from each payment. Omitted: keep the current choice (none at first).",
    }),
  }),
});

builder.mutationField("setPaymentPreference", (t) =>
  t.prismaField({
    type: "PaymentPreference",
    errors: {},
    authScopes: { claimant: true },
    description: "Direct deposit or check for the signed-in claimant; replaces the previous choice.",
    args: { input: t.arg({ type: PaymentPreferenceInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "paymentPreference", (await setPaymentPreference(ctx, input)).id),
  }),
);

// ───── Payment runs and the job queue, for staff ─────

const PaymentRunStatusEnum = builder.enumType(PaymentRunStatus, { name: "PaymentRunStatus" });
const PaymentBatchStatusEnum = builder.enumType(PaymentBatchStatus, { name: "PaymentBatchStatus" });
const JobStatusEnum = builder.enumType(JobStatus, { name: "JobStatus" });

builder.prismaObject("PaymentBatch", {
  description: "The payments of one run paid one way: an ACH file or a check register.",
  fields: (t) => ({
    id: t.exposeID("id"),
    method: t.expose("method", { type: PaymentMethodEnum }),
    status: t.expose("status", { type: PaymentBatchStatusEnum }),
    fileName: t.exposeString("fileName", { nullable: true }),
    count: t.exposeInt("count"),
    totalNet: t.expose("totalNet", { type: "Decimal" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    sentAt: t.expose("sentAt", { type: "DateTime", nullable: true }),
    settlementDate: t.expose("settlementDate", {
      type: "Date",
      nullable: true,
      description: "ACH: the file's effective entry date; its payments settle once it has passed.",
    }),
    settledAt: t.expose("settledAt", { type: "DateTime", nullable: true }),
    fileSha256: t.exposeString("fileSha256", { nullable: true }),
    downloadPath: t.string({
      nullable: true,
      description:
        "Relative path of the audited download of the ACH file or check register (supervisors and program administrators: it holds account numbers).",
      resolve: (batch, _args, ctx) =>
        batch.fileSha256 && hasRole(ctx.actor, ...PAYMENT_FILE_ROLES) ? paymentBatchDownloadPath(batch.id) : null,
    }),
  }),
});

builder.prismaObject("PaymentRun", {
  description: "One run date's payments: due payments become batches. Started by the daily job or by staff.",
  fields: (t) => ({
    id: t.exposeID("id"),
    runDate: t.expose("runDate", { type: "Date" }),
    status: t.expose("status", { type: PaymentRunStatusEnum }),
    startedByStaff: t.boolean({
      description: "Started by hand from the console (otherwise by the daily job).",
      resolve: (run) => run.startedById !== null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    startedAt: t.expose("startedAt", { type: "DateTime", nullable: true }),
    finishedAt: t.expose("finishedAt", { type: "DateTime", nullable: true }),
    paymentCount: t.exposeInt("paymentCount"),
    totalNet: t.expose("totalNet", { type: "Decimal" }),
    reroutedToCheck: t.exposeInt("reroutedToCheck", {
      description: "Direct deposits paid by check because the bank details on file could not be used.",
    }),
    held: t.exposeInt("held", { description: "Payments held for staff (e.g. a check with no mailing address)." }),
    lastError: t.exposeString("lastError", { nullable: true }),
    batches: t.relation("batches", { query: { orderBy: { createdAt: "asc" } } }),
  }),
});

builder.prismaObject("Job", {
  name: "JobRun",
  description: "A unit of background work (timers, payment schedule, payment run, email) and how it went.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    key: t.exposeString("key"),
    status: t.expose("status", { type: JobStatusEnum }),
    attempts: t.exposeInt("attempts"),
    maxAttempts: t.exposeInt("maxAttempts"),
    runAt: t.expose("runAt", { type: "DateTime" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    finishedAt: t.expose("finishedAt", { type: "DateTime", nullable: true }),
    lastError: t.exposeString("lastError", { nullable: true }),
  }),
});

builder.queryField("paymentRuns", (t) =>
  t.prismaConnection({
    type: "PaymentRun",
    cursor: "id",
    authScopes: { staff: true },
    description: "Payment runs, newest run date first.",
    resolve: (query, _root, _args, ctx) =>
      ctx.db.paymentRun.findMany({ ...query, orderBy: [{ runDate: "desc" }, { id: "desc" }] }),
  }),
);

builder.queryField("jobRuns", (t) =>
  t.prismaConnection({
    type: "Job",
    cursor: "id",
    authScopes: { staff: true },
    description: "Background jobs, newest first; `status: FAILED` lists the ones that gave up after their retries.",
    args: { status: t.arg({ type: JobStatusEnum }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.job.findMany({
        ...query,
        where: args.status ? { status: args.status } : {},
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      }),
  }),
);

builder.mutationField("startPaymentRun", (t) =>
  t.prismaField({
    type: "PaymentRun",
    errors: {},
    authScopes: (_root, _args, ctx) => hasRole(ctx.actor, "SUPERVISOR", "PROGRAM_ADMIN"),
    description:
      "Starts the payment run for a date (default today; never a future date). Idempotent: starting a date's run again, or twice at once, returns the same run.",
    args: { runDate: t.arg({ type: "Date" }) },
    resolve: async (query, _root, args, ctx) =>
      reload(ctx, query, "paymentRun", (await startPaymentRun(ctx, { runDate: args.runDate ?? undefined })).id),
  }),
);

// ───── ACH returns ─────

builder.prismaObject("AchReturnImport", {
  description: "One bank return file imported: how many payments it returned and which entries matched none.",
  fields: (t) => ({
    id: t.exposeID("id"),
    fileName: t.exposeString("fileName"),
    returnedCount: t.exposeInt("returnedCount"),
    unmatchedCount: t.int({
      resolve: (record) => (Array.isArray(record.unmatched) ? record.unmatched.length : 0),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const AchReturnImportInputRef = builder.inputType("AchReturnImportInput", {
  fields: (t) => ({
    fileName: t.string({ required: true }),
    content: t.string({ required: true, description: "The NACHA return file as text." }),
  }),
});

builder.mutationField("importAchReturns", (t) =>
  t.prismaField({
    type: "AchReturnImport",
    errors: {},
    authScopes: (_root, _args, ctx) => hasRole(ctx.actor, "SUPERVISOR", "PROGRAM_ADMIN"),
    description:
      "Imports the bank's ACH return file: each returned payment is marked with its return code and reissued by check, once. The same file again changes nothing.",
    args: { input: t.arg({ type: AchReturnImportInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "achReturnImport", (await importAchReturns(ctx, input)).id),
  }),
);

// ───── Check settlements ─────

const CheckOutcomeEnum = builder.enumType("CheckSettlementOutcome", { values: ["PAID", "VOID", "STALE"] as const });
const CheckProblemCodeEnum = builder.enumType("CheckSettlementProblemCode", {
  values: ["AMOUNT_MISMATCH", "UNKNOWN_CHECK", "ALREADY_SETTLED", "ALREADY_VOIDED", "NOT_SENT"] as const,
});
const CheckProblemRef = builder.objectRef<CheckSettlementProblem>("CheckSettlementProblem").implement({
  description: "A row of a check settlement file that changed nothing, and why.",
  fields: (t) => ({
    checkNumber: t.exposeInt("checkNumber"),
    amount: t.string({ description: "What the bank's file says, in dollars.", resolve: (p) => p.amount }),
    expected: t.string({
      nullable: true,
      description: "What the check was written for, when the bank paid another amount.",
      resolve: (p) => p.expected ?? null,
    }),
    outcome: t.field({ type: CheckOutcomeEnum, resolve: (p) => p.outcome }),
    code: t.field({ type: CheckProblemCodeEnum, resolve: (p) => p.code }),
  }),
});

builder.prismaObject("CheckSettlementImport", {
  description:
    "One bank check settlement file imported: checks settled, voided or stale and reissued, and rows not applied.",
  fields: (t) => ({
    id: t.exposeID("id"),
    fileName: t.exposeString("fileName"),
    settledCount: t.exposeInt("settledCount"),
    voidedCount: t.exposeInt("voidedCount"),
    problems: t.field({
      type: [CheckProblemRef],
      resolve: (record) =>
        Array.isArray(record.problems) ? (record.problems as unknown as CheckSettlementProblem[]) : [],
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const CheckSettlementImportInputRef = builder.inputType("CheckSettlementImportInput", {
  fields: (t) => ({
    fileName: t.string({ required: true }),
    content: t.string({
      required: true,
      description: "The bank's CSV: check_number, amount, paid_date (YYYY-MM-DD) and status (paid, void or stale).",
    }),
  }),
});

builder.mutationField("importCheckSettlements", (t) =>
  t.prismaField({
    type: "CheckSettlementImport",
    errors: {},
    authScopes: (_root, _args, ctx) => hasRole(ctx.actor, "SUPERVISOR", "PROGRAM_ADMIN"),
    description:
      "Imports the bank's check settlement file: each paid check for its amount is settled, an amount that differs is flagged and not settled, a void or stale check is reissued by check once. The same file again changes nothing.",
    args: { input: t.arg({ type: CheckSettlementImportInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "checkSettlementImport", (await importCheckSettlements(ctx, input)).id),
  }),
);

// ───── Overpayments ─────

const OverpaymentStatusEnum = builder.enumType(OverpaymentStatus, { name: "OverpaymentStatus" });

builder.prismaObject("Overpayment", {
  description: "Money paid and no longer owed (e.g. after an appeal changed the decision), and its recovery.",
  fields: (t) => ({
    id: t.exposeID("id"),
    amount: t.expose("amount", { type: "Decimal" }),
    recoveredAmount: t.expose("recoveredAmount", { type: "Decimal" }),
    balance: t.field({
      type: "Decimal",
      description: "What is still owed back: nothing once recovered or waived.",
      resolve: (o) =>
        o.status === "WAIVED" || o.status === "RECOVERED"
          ? "0.00"
          : new Decimal(o.amount.toString()).minus(o.recoveredAmount.toString()).toFixed(2),
    }),
    reason: t.exposeString("reason"),
    status: t.expose("status", { type: OverpaymentStatusEnum }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    waivedAt: t.expose("waivedAt", { type: "DateTime", nullable: true }),
    waiverReason: t.exposeString("waiverReason", { nullable: true }),
    claim: t.relation("claim"),
  }),
});

builder.prismaObjectField("Claim", "overpayments", (t) =>
  t.relation("overpayments", {
    description: "Overpayments on this claim, oldest first: the claimant and staff only.",
    query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    authScopes: (claim, _args, ctx) => mayReadMedicalDetail(ctx.actor, claim),
    unauthorizedResolver: emptyList,
  }),
);

builder.queryField("overpayments", (t) =>
  t.prismaConnection({
    type: "Overpayment",
    cursor: "id",
    authScopes: { staff: true },
    description: "Overpayments, newest first; by status (e.g. OPEN and IN_RECOVERY for the ones still owed).",
    args: { statuses: t.arg({ type: [OverpaymentStatusEnum] }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.overpayment.findMany({
        ...query,
        where: args.statuses?.length ? { status: { in: args.statuses } } : {},
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      }),
  }),
);

const WaiveOverpaymentInputRef = builder.inputType("WaiveOverpaymentInput", {
  fields: (t) => ({ overpaymentId: t.id({ required: true }), reason: t.string({ required: true }) }),
});

builder.mutationField("waiveOverpayment", (t) =>
  t.prismaField({
    type: "Overpayment",
    errors: {},
    authScopes: (_root, _args, ctx) => hasRole(ctx.actor, "SUPERVISOR", "PROGRAM_ADMIN"),
    description: "Waives what is left of an overpayment (recovery stops), with the reason; audited.",
    args: { input: t.arg({ type: WaiveOverpaymentInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(
        ctx,
        query,
        "overpayment",
        (await waiveOverpayment(ctx, { overpaymentId: String(input.overpaymentId), reason: input.reason })).id,
      ),
  }),
);

const RecordOverpaymentInputRef = builder.inputType("RecordOverpaymentInput", {
  fields: (t) => ({
    claimId: t.id({ required: true }),
    amount: t.string({ required: true, description: "Dollars and cents, e.g. 350.00." }),
    reason: t.string({ required: true }),
  }),
});

builder.mutationField("recordOverpayment", (t) =>
  t.prismaField({
    type: "Overpayment",
    errors: {},
    authScopes: (_root, _args, ctx) => hasRole(ctx.actor, "SUPERVISOR", "PROGRAM_ADMIN"),
    description:
      "Records an overpayment found outside an appeal (at most what was paid on the claim and not already owed back); recovered by offset like any other; audited.",
    args: { input: t.arg({ type: RecordOverpaymentInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(
        ctx,
        query,
        "overpayment",
        (await recordOverpayment(ctx, { claimId: String(input.claimId), amount: input.amount, reason: input.reason }))
          .id,
      ),
  }),
);

// ───── Email sent about a claim ─────

const EmailStatusEnum = builder.enumType(EmailStatus, { name: "EmailStatus" });

builder.prismaObject("EmailOutbox", {
  name: "ClaimEmail",
  description: "An email about a claim: what it said, in which language, and whether it went out.",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.exposeString("kind"),
    language: t.expose("language", { type: LanguageEnum }),
    subject: t.exposeString("subject"),
    body: t.exposeString("body"),
    status: t.expose("status", { type: EmailStatusEnum }),
    sentAt: t.expose("sentAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaObjectField("Claim", "emails", (t) =>
  t.prismaField({
    type: ["EmailOutbox"],
    description:
      "Emails about this claim, newest first: for staff every one, for the claimant those sent to them (not the employer's); never for employers (a notice may hold medical detail).",
    authScopes: (claim, _args, ctx) => mayReadMedicalDetail(ctx.actor, claim),
    unauthorizedResolver: () => [],
    resolve: (query, claim, _args, ctx) =>
      ctx.db.emailOutbox.findMany({
        ...query,
        where: { claimId: claim.id, ...(isStaff(ctx.actor) ? {} : { recipientUserId: ctx.actor!.userId }) },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      }),
  }),
);
