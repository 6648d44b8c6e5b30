import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/test/render";
import { EmployerAdministrators } from "./employer-administrators";
import { EmployerPremiums } from "./employer-premiums";
import { WageReportUpload } from "./wage-report-upload";

vi.mock("next/navigation", () => ({
  usePathname: () => "/employers/e1/premiums",
  useRouter: () => ({ push: vi.fn() }),
}));

const statement = {
  program: { id: "p1", name: "Washington Paid Family and Medical Leave" },
  year: 2026,
  quarter: 3,
  reason: "WAGE_REPORT",
  wageReport: { id: "r2", fileName: "q3-corrected.csv" },
  workerCount: 4,
  employerSize: 140,
  totalWages: "78570.00",
  taxableWages: "78570.00",
  wageCap: "176100.00",
  employeeRate: "0.0079",
  employerRate: "0.0031",
  employerShareRequired: true,
  employeeShare: "620.51",
  employerShare: "246.64",
  amountDue: "867.15",
  exempt: false,
  privatePlan: null,
};
const report = { year: 2026, quarter: 3, status: "ACCEPTED", rejectedCount: 0, createdAt: "2026-10-05T17:00:00Z" };

describe("EmployerPremiums", () => {
  it("shows each quarter's current statement, its earlier versions and the reports filed", async () => {
    renderWithApp(<EmployerPremiums employerId="e1" employerName="Evergreen Robotics LLC" />, {
      answers: {
        EmployerPremiums: {
          data: {
            premiumStatements: [
              { ...statement, id: "s2", version: 2, current: true, createdAt: "2026-10-06T17:00:00Z" },
              {
                ...statement,
                id: "s1",
                version: 1,
                current: false,
                createdAt: "2026-10-05T17:00:00Z",
                amountDue: "800.00",
                totalWages: "72000.00",
              },
            ],
            wageReports: {
              edges: [
                { node: { ...report, id: "r2", fileName: "q3-corrected.csv", acceptedCount: 4 } },
                { node: { ...report, id: "r1", fileName: "q3.csv", acceptedCount: 3 } },
              ],
            },
          },
        },
      },
    });
    expect(await screen.findByRole("heading", { name: "Quarter 3 of 2026" })).toBeInTheDocument();
    expect(screen.getByText(/Version 2/)).toBeInTheDocument();
    expect(screen.getByText("$620.51")).toBeInTheDocument();
    expect(screen.getByText("$246.64")).toBeInTheDocument();
    expect(screen.getByText("$867.15")).toBeInTheDocument();
    expect(screen.getByText("$176,100.00 per worker")).toBeInTheDocument();
    expect(screen.getByText("1 earlier version")).toBeInTheDocument();
    expect(screen.getByText(/Version 1 of .*: wages \$72,000.00, amount owed \$800.00/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Wage reports filed" })).toBeInTheDocument();
    expect(screen.getByRole("cell", { name: "q3.csv" })).toBeInTheDocument();
  });

  it("shows an exempt quarter as owing nothing, naming the plan", async () => {
    renderWithApp(<EmployerPremiums employerId="e1" employerName="Evergreen" />, {
      answers: {
        EmployerPremiums: {
          data: {
            premiumStatements: [
              {
                ...statement,
                id: "s3",
                version: 2,
                current: true,
                reason: "EXEMPTION",
                createdAt: "2026-10-06T17:00:00Z",
                amountDue: "0.00",
                exempt: true,
                privatePlan: {
                  id: "pp",
                  administratorName: "Cascade Mutual",
                  effectiveFrom: "2026-07-01",
                  effectiveTo: null,
                },
              },
            ],
            wageReports: { edges: [] },
          },
        },
      },
    });
    expect(await screen.findByText(/Exempt: your approved private plan with Cascade Mutual/)).toBeInTheDocument();
    expect(screen.getByText("$0.00")).toBeInTheDocument();
  });

  it("explains when there is nothing to compute", async () => {
    renderWithApp(<EmployerPremiums employerId="e1" employerName="Evergreen" />, {
      locale: "es",
      answers: { EmployerPremiums: { data: { premiumStatements: [], wageReports: { edges: [] } } } },
    });
    expect(await screen.findByText(/Todavía no hay informes de salarios/)).toBeInTheDocument();
  });
});

describe("WageReportUpload", () => {
  it("uploads the CSV and lists every rejected row with why", async () => {
    const { requests } = renderWithApp(<WageReportUpload employerId="e1" employerName="Evergreen" />, {
      answers: {
        WageReports: { data: { wageReports: { edges: [] } } },
        ImportWageReport: {
          data: {
            importWageReport: {
              __typename: "MutationImportWageReportSuccess",
              data: {
                id: "w1",
                year: 2026,
                quarter: 3,
                rowCount: 2,
                acceptedCount: 1,
                rejectedCount: 1,
                rejectionsTruncated: false,
                rejections: [{ row: 3, field: "wages", code: "NEGATIVE_AMOUNT", message: "Wages cannot be negative." }],
              },
            },
          },
        },
      },
    });
    expect(await screen.findByText("No reports yet.")).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText("Year"));
    await userEvent.type(screen.getByLabelText("Year"), "2026");
    await userEvent.selectOptions(screen.getByLabelText("Quarter"), "3");
    const csv = "ssn,first_name,last_name,wages\n900700001,Maria,Garcia,100.00\n900700002,Aisha,Khan,-5.00\n";
    await userEvent.upload(screen.getByLabelText("CSV file"), new File([csv], "q3.csv", { type: "text/csv" }));
    await userEvent.click(screen.getByRole("button", { name: "Upload report" }));
    expect(await screen.findByText("The amount cannot be negative.")).toBeInTheDocument();
    expect(screen.getByText(/1 row accepted/)).toBeInTheDocument();
    const sent = requests.find((request) => request.operationName === "ImportWageReport");
    expect(sent?.variables).toEqual({ input: { employerId: "e1", year: 2026, quarter: 3, fileName: "q3.csv", csv } });
  });

  it("asks for a file before sending anything", async () => {
    const { requests } = renderWithApp(<WageReportUpload employerId="e1" employerName="Evergreen" />, {
      answers: { WageReports: { data: { wageReports: { edges: [] } } } },
    });
    await userEvent.click(await screen.findByRole("button", { name: "Upload report" }));
    expect(await screen.findAllByText("Choose the CSV file to upload.")).not.toHaveLength(0);
    expect(requests.some((request) => request.operationName === "ImportWageReport")).toBe(false);
  });
});

describe("EmployerAdministrators", () => {
  it("lists the administrators, invites by email and removes another one", async () => {
    let removed = false;
    const { requests } = renderWithApp(<EmployerAdministrators employerId="e1" employerName="Evergreen" />, {
      answers: {
        EmployerAdministrators: () => ({
          data: {
            employerAdministrators: [
              { id: "a1", name: "Morgan Chen", email: "hr@evergreen-robotics.test", verified: true, you: true },
              ...(removed
                ? []
                : [{ id: "a2", name: "Sam Lee", email: "sam@evergreen-robotics.test", verified: true, you: false }]),
            ],
          },
        }),
        InviteLeaveAdministrator: {
          data: {
            inviteLeaveAdministrator: {
              __typename: "MutationInviteLeaveAdministratorSuccess",
              data: { id: "i1", email: "new@evergreen-robotics.test", expiresAt: "2026-12-10T17:00:00.000Z" },
            },
          },
        },
        RemoveLeaveAdministrator: () => {
          removed = true;
          return {
            data: { removeLeaveAdministrator: { __typename: "MutationRemoveLeaveAdministratorSuccess", data: true } },
          };
        },
      },
    });
    expect(await screen.findByText("Morgan Chen (You)")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Remove Morgan Chen" })).toBeNull();
    await userEvent.type(screen.getByLabelText("Their email address"), "new@evergreen-robotics.test");
    await userEvent.click(screen.getByRole("button", { name: "Send invitation" }));
    expect(await screen.findByText(/We sent an invitation to new@evergreen-robotics.test/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Remove Sam Lee" }));
    expect(await screen.findByText("Sam Lee can no longer see this employer's claims.")).toBeInTheDocument();
    expect(requests.find((r) => r.operationName === "RemoveLeaveAdministrator")?.variables).toEqual({
      input: { leaveAdministratorId: "a2" },
    });
  });
});
