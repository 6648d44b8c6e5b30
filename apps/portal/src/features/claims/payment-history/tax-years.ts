// What a Form 1099-G would show per calendar year: the benefits paid that year (box 1, gross)
// and the federal income tax withheld (box 4), summed in decimal. A payment counts in the year
// its money went out (sent, else paid), in the program's time zone; scheduled, held, returned,
// failed and cancelled payments were not paid.
import Decimal from "decimal.js";
import { PAID_STATUSES } from "../claim-page/payment-totals";

export interface YearPayment {
  status: string;
  gross: string;
  federalWithholding: string;
  sentAt?: string | null;
  paidAt?: string | null;
}

export interface TaxYear {
  year: number;
  payments: number;
  gross: string;
  federalWithholding: string;
}

export function taxYears(payments: readonly YearPayment[], timeZone: string): TaxYear[] {
  const yearOf = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric" });
  const years = new Map<number, { payments: number; gross: Decimal; withheld: Decimal }>();
  for (const payment of payments) {
    const when = payment.sentAt ?? payment.paidAt;
    if (!PAID_STATUSES.has(payment.status) || !when) continue;
    const year = Number(yearOf.format(new Date(when)));
    const total = years.get(year) ?? { payments: 0, gross: new Decimal(0), withheld: new Decimal(0) };
    total.payments += 1;
    total.gross = total.gross.plus(payment.gross);
    total.withheld = total.withheld.plus(payment.federalWithholding);
    years.set(year, total);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, total]) => ({
      year,
      payments: total.payments,
      gross: total.gross.toFixed(2),
      federalWithholding: total.withheld.toFixed(2),
    }));
}
