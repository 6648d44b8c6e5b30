import { describe, expect, it } from "vitest";
import { paidTotals } from "./payment-totals";

describe("paidTotals", () => {
  it("sums only sent and paid payments, exactly to the cent", () => {
    // 0.1 + 0.2 in binary floating point is 0.30000000000000004; decimal keeps cents exact.
    const totals = paidTotals([
      { status: "PAID", gross: "0.10", federalWithholding: "0.01", net: "0.09" },
      { status: "SENT", gross: "0.20", federalWithholding: "0.02", net: "0.18" },
      { status: "SCHEDULED", gross: "587.00", federalWithholding: "58.70", net: "528.30" },
      { status: "RETURNED", gross: "587.00", federalWithholding: "58.70", net: "528.30" },
    ]);
    expect(totals).toEqual({ paidCount: 2, gross: "0.30", federalWithholding: "0.03", net: "0.27" });
  });

  it("is zero with no payments", () => {
    expect(paidTotals([])).toEqual({ paidCount: 0, gross: "0.00", federalWithholding: "0.00", net: "0.00" });
  });
});
