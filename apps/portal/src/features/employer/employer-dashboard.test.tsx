import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/test/render";
import { EmployerDashboard } from "./employer-dashboard";

const push = vi.fn();
vi.mock("next/navigation", () => ({ usePathname: () => "/employers/e1", useRouter: () => ({ push }) }));

const links = {
  EmployerLinks: {
    data: {
      myEmployerLinks: [
        {
          id: "l1",
          verified: true,
          verificationAttemptsRemaining: 0,
          verificationLocked: false,
          helpRequestedAt: null,
          employer: { id: "e1", name: "Evergreen Robotics LLC", fein: "91-0000001", jurisdiction: "WA" },
        },
        {
          id: "l2",
          verified: true,
          verificationAttemptsRemaining: 0,
          verificationLocked: false,
          helpRequestedAt: null,
          employer: { id: "e3", name: "Bay State Health Partners", fein: "04-0000003", jurisdiction: "MA" },
        },
      ],
    },
  },
};

const claim = {
  id: "c1",
  claimNumber: "WA-PFML-2026-000001",
  status: "PENDING_EMPLOYER_RESPONSE",
  leaveReason: "BONDING",
  submittedAt: "2026-11-30T18:00:00.000Z",
  claimant: { id: "p1", firstName: "María", lastName: "García" },
  leavePeriods: [{ id: "lp1", startDate: "2026-12-24", endDate: "2027-03-17" }],
  employerResponses: [{ id: "r1", status: "PENDING", dueDate: "2026-12-18", dueSoon: true, employer: { id: "e1" } }],
};

const dashboard = (nodes: object[]) => ({
  data: {
    employerActionCounts: { awaitingResponse: 1, dueSoon: 1, contested: 0 },
    employerClaims: { edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage: false } },
  },
});

describe("EmployerDashboard", () => {
  it("shows what needs action, and each open claim's deadline", async () => {
    renderWithApp(<EmployerDashboard employerId="e1" />, {
      answers: { ...links, EmployerDashboard: dashboard([claim]) },
    });
    expect(await screen.findByRole("heading", { name: "Claims for Evergreen Robotics LLC" })).toBeInTheDocument();
    expect(await screen.findByText("1 claim waits for your response")).toBeInTheDocument();
    expect(screen.getByText("1 due within two business days")).toBeInTheDocument();
    const card = screen.getByRole("article", { name: "Review claim WA-PFML-2026-000001" });
    expect(within(card).getByText("Respond by December 18, 2026")).toBeInTheDocument();
    expect(within(card).getByText("Due soon")).toBeInTheDocument();
    expect(within(card).getByText("María García")).toBeInTheDocument();
    expect(within(card).getByRole("link")).toHaveAttribute("href", "/employers/e1/claims/c1");
  });

  it("sends the filters to the API", async () => {
    const { requests } = renderWithApp(<EmployerDashboard employerId="e1" />, {
      answers: { ...links, EmployerDashboard: dashboard([]) },
    });
    expect(await screen.findByText("No employee of this employer has filed a claim yet.")).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText("Leave reason"), "BONDING");
    await userEvent.type(screen.getByLabelText("Worker name"), " garcía ");
    await userEvent.click(screen.getByLabelText("Only responses due within two business days"));
    await userEvent.click(screen.getByRole("button", { name: "Apply filters" }));
    expect(await screen.findByText("No claims match these filters.")).toBeInTheDocument();
    const last = requests.filter((request) => request.operationName === "EmployerDashboard").at(-1);
    expect(last?.variables).toMatchObject({
      employerId: "e1",
      leaveReason: "BONDING",
      workerName: "garcía",
      dueSoon: true,
    });
  });

  it("switches to another employer the person administers", async () => {
    renderWithApp(<EmployerDashboard employerId="e1" />, { answers: { ...links, EmployerDashboard: dashboard([]) } });
    await userEvent.selectOptions(await screen.findByLabelText("Employer"), "e3");
    await userEvent.click(screen.getByRole("button", { name: "Show" }));
    expect(push).toHaveBeenCalledWith("/employers/e3");
  });

  it("shows nothing about an employer the person is not verified for", async () => {
    const { requests } = renderWithApp(<EmployerDashboard employerId="e9" />, { answers: links });
    expect(await screen.findByText(/not a verified administrator of this employer/)).toBeInTheDocument();
    expect(requests.some((request) => request.operationName === "EmployerDashboard")).toBe(false);
  });
});
