import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/test/render";
import { MyClaimsSection } from "./my-claims-section";

vi.mock("next/navigation", () => ({ usePathname: () => "/claims" }));

function claimsAnswer(nodes: object[], hasNextPage = false) {
  return { MyClaims: { data: { myClaims: { edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage } } } } };
}

const submittedClaim = {
  id: "c1",
  claimNumber: "WA-PFML-2026-001000",
  status: "INFO_REQUESTED",
  leaveReason: "BONDING",
  createdAt: "2026-11-10T15:00:00.000Z",
  submittedAt: "2026-11-18T15:00:00.000Z",
  program: { id: "p1", name: "Washington Paid Family and Medical Leave", jurisdiction: "WA" },
  employer: { id: "e1", name: "Evergreen Robotics LLC" },
  leavePeriods: [{ id: "l1", startDate: "2026-12-12", endDate: "2027-03-05" }],
};

const draft = {
  id: "c2",
  claimNumber: null,
  status: "DRAFT",
  leaveReason: null,
  createdAt: "2026-11-20T15:00:00.000Z",
  submittedAt: null,
  program: { id: "p1", name: "Washington Paid Family and Medical Leave", jurisdiction: "WA" },
  employer: null,
  leavePeriods: [],
};

describe("MyClaimsSection", () => {
  it("shows each claim's status in plain words with what it means", async () => {
    renderWithApp(<MyClaimsSection />, { answers: claimsAnswer([submittedClaim, draft]) });

    expect(await screen.findByRole("heading", { name: "Claim WA-PFML-2026-001000" })).toBeInTheDocument();
    expect(screen.getByText("We need more information")).toBeInTheDocument();
    expect(screen.getByText(/We need something from you/)).toBeInTheDocument();
    expect(screen.getByText("December 12, 2026 to March 5, 2027")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Application not submitted yet" })).toBeInTheDocument();
    expect(screen.getByText("No dates entered yet")).toBeInTheDocument();
    // A submitted claim opens its page; a draft continues the application instead.
    expect(screen.getByRole("link", { name: "See this claim: Claim WA-PFML-2026-001000" })).toHaveAttribute(
      "href",
      "/claims/c1",
    );
    expect(screen.getAllByRole("link", { name: /See this claim/ })).toHaveLength(1);
  });

  it("speaks Spanish", async () => {
    renderWithApp(<MyClaimsSection />, { locale: "es", answers: claimsAnswer([submittedClaim]) });
    expect(await screen.findByText("Del 12 de diciembre de 2026 al 5 de marzo de 2027")).toBeInTheDocument();
    expect(screen.getByText("Crear vínculos con un hijo nuevo")).toBeInTheDocument();
  });

  it("explains the empty state and what will appear", async () => {
    renderWithApp(<MyClaimsSection />, { answers: claimsAnswer([]) });
    expect(await screen.findByText("You have no applications or claims yet.")).toBeInTheDocument();
  });

  it("asks to sign in again when the session has ended, and comes back here", async () => {
    renderWithApp(<MyClaimsSection />, {
      answers: {
        MyClaims: {
          data: null,
          errors: [
            { message: "Please sign in to continue.", path: ["myClaims"], extensions: { code: "UNAUTHENTICATED" } },
          ],
        },
      },
    });
    expect(await screen.findByText("Your session has ended. Sign in again to continue.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/sign-in?returnTo=%2Fclaims");
  });

  it("offers a retry when the claims cannot be loaded", async () => {
    renderWithApp(<MyClaimsSection />, { answers: {} });
    expect(
      await screen.findByRole("heading", { name: "We could not load your applications and claims." }),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});
