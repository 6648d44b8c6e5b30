import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "@/test/render";
import { EmployerPrivatePlan, quarterStarts } from "./employer-private-plan";

const plan = {
  id: "p1",
  funding: "SELF_FUNDED",
  administratorName: "Cascade Benefits",
  policyNumber: "VP-1",
  claimsContactPhone: "206-555-0142",
  claimsContactEmail: null,
  requestedEffectiveDate: "2026-10-01",
  submittedAt: "2026-09-01T17:00:00Z",
  documents: [] as { id: string; fileName: string; downloadPath: string | null }[],
};

describe("EmployerPrivatePlan", () => {
  it("lists quarter starts from the current quarter", () => {
    expect(quarterStarts(new Date(2026, 10, 15), 3)).toEqual(["2026-10-01", "2027-01-01", "2027-04-01"]);
  });

  it("shows a decided application with its dates and reason, and offers only the kinds the program accepts", async () => {
    renderWithApp(<EmployerPrivatePlan employerId="e1" employerName="Harbor" />, {
      answers: {
        EmployerPrivatePlans: {
          data: {
            privatePlanOption: { allowed: true, funding: ["SELF_FUNDED"] },
            privatePlans: [
              {
                ...plan,
                status: "APPROVED",
                effectiveFrom: "2026-10-01",
                effectiveTo: null,
                decidedAt: "2026-09-10T17:00:00Z",
                decisionReason: "Equal to the state plan.",
              },
            ],
          },
        },
      },
    });
    expect(await screen.findByText("Approved: exempt")).toBeInTheDocument();
    expect(screen.getByText("Equal to the state plan.")).toBeInTheDocument();
    expect(screen.getByText(/with no end date/)).toBeInTheDocument();
    expect(screen.getByText("Your program accepts only self-funded plans.")).toBeInTheDocument();
    expect(screen.getByLabelText(/Self-funded/)).toBeChecked();

    await userEvent.click(screen.getByRole("button", { name: "Apply for the exemption" }));
    expect(screen.getByRole("link", { name: "Enter the insurer or plan administrator." })).toHaveAttribute(
      "href",
      "#administratorName",
    );
    expect(screen.getByLabelText("Insurer or plan administrator")).toHaveAttribute("aria-invalid", "true");
  });

  it("says when an application waits for a decision, and does not offer another", async () => {
    renderWithApp(<EmployerPrivatePlan employerId="e1" employerName="Harbor" />, {
      answers: {
        EmployerPrivatePlans: {
          data: {
            privatePlanOption: { allowed: true, funding: ["INSURED", "SELF_FUNDED"] },
            privatePlans: [
              {
                ...plan,
                status: "SUBMITTED",
                effectiveFrom: null,
                effectiveTo: null,
                decidedAt: null,
                decisionReason: null,
                documents: [{ id: "d1", fileName: "resumen-del-plan.pdf", downloadPath: "/files/documents/d1" }],
              },
            ],
          },
        },
      },
      locale: "es",
    });
    expect(await screen.findByText("Esperando una decisión")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "resumen-del-plan.pdf" })).toHaveAttribute("href", "/files/documents/d1");
    // An application still waiting takes more documents (say, one that did not arrive the first time).
    expect(screen.getByLabelText("Envíe más documentos de su plan")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Enviar los documentos" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Elija al menos un archivo para enviar.");
    expect(screen.queryByRole("button", { name: "Solicitar la exención" })).not.toBeInTheDocument();
  });

  it("applies, then sends the chosen plan document to the new application", async () => {
    const uploads: Record<string, unknown>[] = [];
    const puts: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (url: string, init?: RequestInit) => {
      puts.push(`${init?.method} ${url}`);
      return new Response(JSON.stringify({ status: "UPLOADED" }), { status: 201 });
    }) as typeof fetch;
    try {
      renderWithApp(<EmployerPrivatePlan employerId="e1" employerName="Harbor" now={() => new Date(2026, 10, 15)} />, {
        answers: {
          EmployerPrivatePlans: {
            data: { privatePlanOption: { allowed: true, funding: ["SELF_FUNDED"] }, privatePlans: [] },
          },
          ApplyForPrivatePlan: {
            data: {
              applyForPrivatePlan: {
                __typename: "MutationApplyForPrivatePlanSuccess",
                data: { id: "p2", status: "SUBMITTED" },
              },
            },
          },
          RequestEvidenceUpload: (variables) => {
            uploads.push(variables.input as Record<string, unknown>);
            return {
              data: {
                requestDocumentUpload: {
                  __typename: "MutationRequestDocumentUploadSuccess",
                  data: { uploadUrl: "http://api.test/files/uploads/x?sig=1", maxBytes: 1000, document: { id: "d9" } },
                },
              },
            };
          },
        },
      });
      await userEvent.type(await screen.findByLabelText("Insurer or plan administrator"), "Salish Sea Benefits");
      await userEvent.type(screen.getByLabelText("Phone number workers call to claim"), "206-555-0175");
      await userEvent.selectOptions(screen.getByLabelText("When the exemption should start"), "2027-01-01");
      const pdf = new File(["%PDF-1.4"], "plan.pdf", { type: "application/pdf" });
      await userEvent.upload(screen.getByLabelText("Your plan's documents (optional)"), pdf);
      await userEvent.click(screen.getByRole("button", { name: "Apply for the exemption" }));
      expect(await screen.findByText(/Your application was received/)).toBeInTheDocument();
      expect(uploads).toEqual([
        { privatePlanId: "p2", type: "PRIVATE_PLAN_DOCUMENT", fileName: "plan.pdf", sizeBytes: pdf.size },
      ]);
      expect(puts).toEqual(["PUT /files/uploads/x?sig=1"]);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
