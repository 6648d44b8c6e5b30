// Totals of a claim's payments, summed exactly in decimal (money never goes through a float).
// "Paid" counts the payments whose money has left or arrived (SENT, PAID); a returned,
// cancelled, failed or held payment was not paid.
import Decimal from "decimal.js";

export interface PaymentAmounts {
  status: string;
  gross: string;
  federalWithholding: string;
  net: string;
}

export const PAID_STATUSES: ReadonlySet<string> = new Set(["SENT", "PAID"]);

export interface PaymentTotals {
  paidCount: number;
  gross: string;
  federalWithholding: string;
  net: string;
}

export function paidTotals(payments: readonly PaymentAmounts[]): PaymentTotals {
  let gross = new Decimal(0);
  let withholding = new Decimal(0);
  let net = new Decimal(0);
  let paidCount = 0;
  for (const payment of payments) {
    if (!PAID_STATUSES.has(payment.status)) continue;
    paidCount++;
    gross = gross.plus(payment.gross);
    withholding = withholding.plus(payment.federalWithholding);
    net = net.plus(payment.net);
  }
  return { paidCount, gross: gross.toFixed(2), federalWithholding: withholding.toFixed(2), net: net.toFixed(2) };
}
