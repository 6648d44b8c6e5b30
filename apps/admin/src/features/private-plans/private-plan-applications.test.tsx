import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "@/test/render";
import { ExemptEmployers, PrivatePlanApplications } from "./private-plan-applications";
import { privatePlanStatusFromParam } from "./private-plan-statuses";

const plan = {
  id: "p1",
  status: "SUBMITTED",
  version: 1,
  funding: "SELF_FUNDED",
  administratorName: "Salish Sea Benefits",
  policyNumber: null,
  claimsContactPhone: "206-555-0175",
  claimsContactEmail: null,
  requestedEffectiveDate: "2026-10-01",
  effectiveFrom: null,
  effectiveTo: null,
  submittedAt: "2026-11-01T17:00:00Z",
  decidedAt: null,
  decisionReason: null,
  employer: { id: "e1", name: "Harbor Light Ceramics", jurisdiction: "WA" },
  documents: [
    { id: "d1", fileName: "plan-summary.pdf", status: "UPLOADED", downloadPath: "/files/documents/d1" },
    // Still waiting for its bytes: not offered.
    { id: "d2", fileName: "bond.pdf", status: "AWAITING_UPLOAD", downloadPath: null },
  ],
};

describe("PrivatePlanApplications", () => {
  it("reads the tab from the address, waiting ones by default", () => {
    expect(privatePlanStatusFromParam("DENIED")).toBe("DENIED");
    expect(privatePlanStatusFromParam("nonsense")).toBe("SUBMITTED");
    expect(privatePlanStatusFromParam(undefined)).toBe("SUBMITTED");
  });

  it("says when nothing waits", async () => {
    renderWithApp(<PrivatePlanApplications status="SUBMITTED" mayDecide />, {
      answers: { PrivatePlanApplications: { data: { privatePlanApplications: [] } } },
    });
    expect(await screen.findByText("No application is waiting for a decision.")).toBeInTheDocument();
  });

  it("asks for a decision and a reason, then sends the approval with the requested start", async () => {
    const sent: Record<string, unknown>[] = [];
    renderWithApp(<PrivatePlanApplications status="SUBMITTED" mayDecide />, {
      answers: {
        PrivatePlanApplications: { data: { privatePlanApplications: [plan] } },
        DecidePrivatePlan: (variables) => {
          sent.push(variables.input as Record<string, unknown>);
          return {
            data: {
              decidePrivatePlan: {
                __typename: "MutationDecidePrivatePlanSuccess",
                data: { id: "p1", status: "APPROVED", version: 2, effectiveFrom: "2026-10-01", effectiveTo: null },
              },
            },
          };
        },
      },
    });
    await userEvent.click(await screen.findByRole("button", { name: "Record the decision" }));
    expect(screen.getByRole("link", { name: "Choose approve or deny." })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Say why, in a sentence the employer will read." })).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await userEvent.click(screen.getByLabelText("Approve the exemption"));
    expect(screen.getByLabelText("Exemption starts")).toHaveValue("2026-10-01");
    await userEvent.type(screen.getByLabelText("Reason"), "Benefits equal the state plan.");
    await userEvent.click(screen.getByRole("button", { name: "Record the decision" }));
    expect(await screen.findByText("The exemption of Harbor Light Ceramics is approved.")).toBeInTheDocument();
    expect(sent).toEqual([
      {
        privatePlanId: "p1",
        expectedVersion: 1,
        decision: "APPROVE",
        effectiveFrom: "2026-10-01",
        effectiveTo: null,
        reason: "Benefits equal the state plan.",
      },
    ]);
  });

  it("shows the application without the form to staff who may not decide", async () => {
    renderWithApp(<PrivatePlanApplications status="SUBMITTED" mayDecide={false} />, {
      answers: { PrivatePlanApplications: { data: { privatePlanApplications: [plan] } } },
    });
    expect(
      await screen.findByText("A supervisor or program administrator decides this application."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Record the decision" })).not.toBeInTheDocument();
  });

  it("links the plan's documents the employer sent, through the audited download", async () => {
    renderWithApp(<PrivatePlanApplications status="SUBMITTED" mayDecide={false} />, {
      answers: { PrivatePlanApplications: { data: { privatePlanApplications: [plan] } } },
    });
    expect(await screen.findByRole("link", { name: "plan-summary.pdf (download)" })).toHaveAttribute(
      "href",
      "/files/documents/d1",
    );
    expect(screen.queryByText(/bond\.pdf/)).not.toBeInTheDocument();
  });

  it("shows each exempt employer's account: owed before, paid while exempt, the net", async () => {
    renderWithApp(<ExemptEmployers />, {
      answers: {
        ExemptEmployers: {
          data: {
            exemptEmployers: [
              {
                owedBeforeExemption: "1000.00",
                paidWhileExempt: "1244.66",
                net: "-244.66",
                exemptQuarters: 3,
                plan: {
                  id: "p9",
                  administratorName: "Ledger Benefits",
                  effectiveFrom: "2026-04-01",
                  effectiveTo: null,
                  employer: { id: "e9", name: "Ledger Test Mills" },
                },
              },
            ],
          },
        },
      },
    });
    const row = await screen.findByRole("row", { name: /Ledger Test Mills/ });
    expect(row).toHaveTextContent("$1,000.00");
    expect(row).toHaveTextContent("$1,244.66");
    expect(row).toHaveTextContent("3 exempt quarters");
    expect(row).toHaveTextContent("$244.66 owed to the employer");
  });
});
