import { builder } from "../../graphql/builder.ts";
import { PaymentMethodEnum, PaymentStatusEnum } from "../../graphql/enums.ts";

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
