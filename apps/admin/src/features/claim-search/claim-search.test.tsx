import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/test/render";
import { ClaimSearch } from "./claim-search";

vi.mock("next/navigation", () => ({ usePathname: () => "/search", useRouter: () => ({ push: vi.fn() }) }));
vi.mock("next/form", () => ({
  default: ({ children, ...props }: { children: React.ReactNode }) => <form {...props}>{children}</form>,
}));

const found = {
  FindClaims: {
    data: {
      findClaims: [
        {
          __typename: "Claim",
          id: "c1",
          claimNumber: "WA-PFML-2026-000001",
          status: "PENDING_EMPLOYER_RESPONSE",
          submittedAt: "2026-11-30T15:00:00.000Z",
          leaveReason: "BONDING",
          claimant: {
            __typename: "Person",
            id: "p1",
            firstName: "María",
            lastName: "García",
            taxIdMasked: "***-**-0001",
          },
          program: { __typename: "Program", id: "g1", jurisdiction: "WA", code: "PFML" },
        },
      ],
    },
  },
};

describe("ClaimSearch", () => {
  it("searches for what was sent and links each claim to its review screen", async () => {
    const { requests } = renderWithApp(<ClaimSearch search=" 0001 " />, { answers: found });
    expect(await screen.findByRole("link", { name: "WA-PFML-2026-000001" })).toHaveAttribute("href", "/claims/c1");
    expect(screen.getByText("1 claim found")).toBeInTheDocument();
    expect(screen.getByText("Waiting for employer")).toBeInTheDocument();
    expect(requests[0]?.variables).toEqual({ search: "0001" });
    expect(screen.getByLabelText(/Claim number, claimant name/)).toHaveValue("0001");
  });

  it("does not search before anything is asked", () => {
    const { requests } = renderWithApp(<ClaimSearch search="" />, { answers: found });
    expect(screen.getByRole("search")).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it("says when nothing matches", async () => {
    renderWithApp(<ClaimSearch search="Nobody" />, { answers: { FindClaims: { data: { findClaims: [] } } } });
    expect(await screen.findByText("No claims match “Nobody”.")).toBeInTheDocument();
  });
});
