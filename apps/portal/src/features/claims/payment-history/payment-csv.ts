// The payment history as a CSV file (RFC 4180): one row per payment, amounts as the API's
// decimal strings (never through a float), dates as YYYY-MM-DD, headings in the page's language.

export interface CsvPayment {
  periodStart: string;
  periodEnd: string;
  gross: string;
  federalWithholding: string;
  stateWithholding: string;
  recoveryOffset: string;
  net: string;
  method: string;
  status: string;
  scheduledFor: string;
  sentAt?: string | null;
  paidAt?: string | null;
}

export const CSV_COLUMNS = [
  "weekStart",
  "weekEnd",
  "gross",
  "federalWithholding",
  "stateWithholding",
  "recoveryOffset",
  "net",
  "method",
  "status",
  "scheduledFor",
  "sentOn",
  "paidOn",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

function cell(value: string): string {
  // Quote what needs it; a leading =, +, - or @ could run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function paymentsCsv(
  payments: readonly CsvPayment[],
  heading: (column: CsvColumn) => string,
  label: { method: (method: string) => string; status: (status: string) => string; day: (instant: string) => string },
): string {
  const rows = [CSV_COLUMNS.map((column) => heading(column))];
  for (const payment of payments) {
    rows.push([
      payment.periodStart,
      payment.periodEnd,
      payment.gross,
      payment.federalWithholding,
      payment.stateWithholding,
      payment.recoveryOffset,
      payment.net,
      label.method(payment.method),
      label.status(payment.status),
      payment.scheduledFor,
      payment.sentAt ? label.day(payment.sentAt) : "",
      payment.paidAt ? label.day(payment.paidAt) : "",
    ]);
  }
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
