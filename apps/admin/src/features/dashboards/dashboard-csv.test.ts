import { describe, expect, it } from "vitest";
import { csvLine, dashboardCsv } from "./dashboard-csv";

describe("dashboard CSV", () => {
  it("quotes what needs quoting and defuses formulas, keeping negative amounts", () => {
    expect(csvLine(["Week of", 3, null, "a, b", 'say "hi"'])).toBe('Week of,3,,"a, b","say ""hi"""');
    expect(csvLine(["=SUM(A1)", "-1500.25", "@x"])).toBe("'=SUM(A1),-1500.25,'@x");
  });

  it("writes sections after the preamble", () => {
    const csv = dashboardCsv(
      [["Program", "All programs"]],
      [{ title: "Quarters", header: ["Quarter", "Net"], rows: [["2026-Q4", "3500.50"]] }],
    );
    expect(csv).toBe("Program,All programs\r\n\r\nQuarters\r\nQuarter,Net\r\n2026-Q4,3500.50\r\n");
  });
});
