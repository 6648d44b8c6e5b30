import { maskAccountNumber } from "@openleave/crypto";
import { builder } from "../../graphql/builder.ts";
import { reload } from "../../graphql/reload.ts";
import { setPaymentPreference } from "./set-payment-preference.ts";
import { BankAccountTypeEnum, PaymentMethodEnum, PaymentStatusEnum } from "../../graphql/enums.ts";

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
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const PaymentPreferenceInputRef = builder.inputType("PaymentPreferenceInput", {
  fields: (t) => ({
    method: t.field({ type: PaymentMethodEnum, required: true }),
    routingNumber: t.string(),
    accountNumber: t.string(),
    accountType: t.field({ type: BankAccountTypeEnum }),
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
