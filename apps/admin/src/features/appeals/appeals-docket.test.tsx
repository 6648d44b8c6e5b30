import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/test/render";
import { AppealsDocket } from "./appeals-docket";

vi.mock("next/navigation", () => ({ usePathname: () => "/appeals" }));

function appeal(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "Appeal",
    id: "a1",
    status: "HEARING_SCHEDULED",
    version: 2,
    appellantRole: "CLAIMANT",
    filedAt: "2026-11-28T15:00:00.000Z",
    filedLate: false,
    deadline: "2026-12-20",
    hearingAt: "2026-12-10T15:00:00.000Z",
    outcome: null,
    reason: "My mother's doctor sent a corrected certification.",
    decidedAt: null,
    decisionSummary: null,
    allowedActions: ["SCHEDULE_HEARING", "DECIDE", "DISMISS"],
    officer: { __typename: "User", id: "u1", name: "Pat Appeals" },
    determination: {
      __typename: "Determination",
      id: "d1",
      outcome: "DENIED",
      reasonCode: "INSUFFICIENT_CERTIFICATION",
    },
    claim: {
      __typename: "Claim",
      id: "c1",
      claimNumber: "WA-PFML-2026-000005",
      status: "DENIED",
      claimant: { __typename: "Person", id: "p1", firstName: "Lena", lastName: "Schmidt" },
      leavePeriods: [{ __typename: "LeavePeriod", id: "lp1", startDate: "2026-11-23", endDate: "2026-12-20" }],
    },
    ...overrides,
  };
}

const docket = (nodes: object[]) => ({
  AppealsDocket: {
    data: { appeals: { edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage: false } } },
  },
});

describe("AppealsDocket", () => {
  it("before the hearing, offers only a dismissal and says when a decision on the merits can be made", async () => {
    renderWithApp(<AppealsDocket status={null} now={() => new Date("2026-12-03T12:00:00Z")} />, {
      answers: docket([appeal()]),
    });
    const card = (await screen.findByRole("heading", { name: "Claim WA-PFML-2026-000005: Lena Schmidt" })).closest(
      "li",
    )!;
    const options = within(card)
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options).toEqual(["- Choose an outcome -", "Dismiss the appeal"]);
    expect(within(card).getByText(/can be recorded after the hearing on/)).toBeInTheDocument();
    expect(within(card).getByRole("link", { name: "Open claim WA-PFML-2026-000005" })).toHaveAttribute(
      "href",
      "/claims/c1",
    );
  });

  it("after the hearing, reverses a denial with the approved dates and the appeal's version", async () => {
    const u = userEvent.setup();
    const { requests } = renderWithApp(<AppealsDocket status={null} now={() => new Date("2026-12-11T12:00:00Z")} />, {
      answers: {
        ...docket([appeal()]),
        DecideAppeal: {
          data: {
            decideAppeal: {
              __typename: "MutationDecideAppealSuccess",
              data: {
                __typename: "Appeal",
                id: "a1",
                status: "DECIDED",
                version: 3,
                outcome: "REVERSED",
                allowedActions: [],
              },
            },
          },
        },
      },
    });
    await u.selectOptions(await screen.findByLabelText("Outcome"), "REVERSED");
    expect(screen.getByLabelText("First approved day")).toHaveValue("2026-11-23");
    await u.type(screen.getByLabelText("Decision and reasons"), "The corrected certification shows the condition.");
    await u.click(screen.getByRole("button", { name: "Record appeal decision" }));
    await waitFor(() => expect(requests.some((r) => r.operationName === "DecideAppeal")).toBe(true));
    expect(requests.find((r) => r.operationName === "DecideAppeal")?.variables).toEqual({
      input: {
        appealId: "a1",
        expectedVersion: 2,
        outcome: "REVERSED",
        summary: "The corrected certification shows the condition.",
        approvedStartDate: "2026-11-23",
        approvedEndDate: "2026-12-20",
      },
    });
  });

  it("schedules a hearing as an instant", async () => {
    const u = userEvent.setup();
    const { requests } = renderWithApp(<AppealsDocket status="FILED" />, {
      answers: {
        ...docket([appeal({ status: "FILED", hearingAt: null, allowedActions: ["SCHEDULE_HEARING", "DISMISS"] })]),
        ScheduleHearing: {
          data: {
            scheduleHearing: {
              __typename: "StaleVersionError",
              code: "STALE_VERSION",
              message: "This appeal was changed by someone else.",
            },
          },
        },
      },
    });
    await u.type(await screen.findByLabelText("Hearing date and time"), "2026-12-15T10:30");
    await u.click(screen.getByRole("button", { name: "Schedule hearing" }));
    expect(await screen.findByText(/Someone else changed this appeal/)).toBeInTheDocument();
    const sent = requests.find((r) => r.operationName === "ScheduleHearing")?.variables as {
      input: { hearingAt: string };
    };
    expect(new Date(sent.input.hearingAt).getTime()).toBe(new Date("2026-12-15T10:30").getTime());
    expect(requests[0]?.variables).toEqual({ first: 50, status: "FILED" });
  });

  it("says when there are no appeals", async () => {
    renderWithApp(<AppealsDocket status="DECIDED" />, { answers: docket([]) });
    expect(await screen.findByText("No appeals match this view.")).toBeInTheDocument();
  });
});
