import { describe, expect, it } from "vitest";
import { paymentsCsv } from "./payment-csv";
import { taxYears } from "./tax-years";

const base = {
  stateWithholding: "0.00",
  recoveryOffset: "0.00",
  method: "ACH",
  scheduledFor: "2026-12-30",
  paidAt: null,
};

describe("taxYears", () => {
  it("sums gross and withholding per year the money went out, in the program's zone, in decimal", () => {
    const payments = [
      {
        ...base,
        status: "PAID",
        gross: "587.10",
        federalWithholding: "58.71",
        net: "528.39",
        sentAt: "2025-12-31T20:00:00.000Z",
      },
      // 03:00 UTC on 1 January is still 31 December in New York: the 2025 tax year.
      {
        ...base,
        status: "SENT",
        gross: "587.10",
        federalWithholding: "58.71",
        net: "528.39",
        sentAt: "2026-01-01T03:00:00.000Z",
      },
      {
        ...base,
        status: "PAID",
        gross: "0.30",
        federalWithholding: "0.03",
        net: "0.27",
        sentAt: "2026-02-01T15:00:00.000Z",
      },
      {
        ...base,
        status: "RETURNED",
        gross: "587.10",
        federalWithholding: "58.71",
        net: "528.39",
        sentAt: "2026-02-08T15:00:00.000Z",
      },
      { ...base, status: "SCHEDULED", gross: "587.10", federalWithholding: "58.71", net: "528.39", sentAt: null },
    ];
    expect(taxYears(payments, "America/New_York")).toEqual([
      { year: 2026, payments: 1, gross: "0.30", federalWithholding: "0.03" },
      { year: 2025, payments: 2, gross: "1174.20", federalWithholding: "117.42" },
    ]);
    expect(taxYears(payments, "UTC").map((y) => [y.year, y.payments])).toEqual([
      [2026, 2],
      [2025, 1],
    ]);
  });
});

describe("paymentsCsv", () => {
  it("writes one row per payment with the API's decimal strings and quotes what needs it", () => {
    const csv = paymentsCsv(
      [
        {
          ...base,
          periodStart: "2026-10-05",
          periodEnd: "2026-10-11",
          gross: "1234.50",
          federalWithholding: "123.45",
          net: "1111.05",
          status: "PAID",
          sentAt: "2026-10-14T15:00:00.000Z",
          paidAt: "2026-10-15T15:00:00.000Z",
        },
      ],
      (column) => (column === "gross" ? "Gross, before tax" : column),
      { method: () => "Direct deposit", status: () => "=Paid", day: (instant) => instant.slice(0, 10) },
    );
    const [header, row] = csv.trimEnd().split("\r\n");
    expect(header).toBe(
      'weekStart,weekEnd,"Gross, before tax",federalWithholding,stateWithholding,recoveryOffset,net,method,status,scheduledFor,sentOn,paidOn',
    );
    expect(row).toBe(
      "2026-10-05,2026-10-11,1234.50,123.45,0.00,0.00,1111.05,Direct deposit,'=Paid,2026-12-30,2026-10-14,2026-10-15",
    );
  });
});
