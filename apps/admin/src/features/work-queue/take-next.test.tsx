import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/test/render";
import { QueueTabs } from "./queue-tabs";
import { TakeNext } from "./take-next";

const push = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push }), usePathname: () => "/" }));

beforeEach(() => push.mockReset());

const taken = {
  TakeNextTask: {
    data: {
      takeNextTask: {
        __typename: "MutationTakeNextTaskSuccess",
        data: {
          __typename: "Task",
          id: "t1",
          kind: "REVIEW_CLAIM",
          queue: "ADJUDICATION",
          status: "IN_PROGRESS",
          assignee: { __typename: "User", id: "u1", name: "Me" },
          claim: { __typename: "Claim", id: "c1", claimNumber: "WA-PFML-2026-000007" },
        },
      },
    },
  },
};

describe("TakeNext", () => {
  it("takes the next task of the queue shown and opens its claim", async () => {
    const user = userEvent.setup();
    const { requests } = renderWithApp(<TakeNext queue="ADJUDICATION" />, { answers: taken });
    await user.click(screen.getByRole("button", { name: "Take next task in Adjudication" }));
    await waitFor(() => expect(push).toHaveBeenCalledWith("/claims/c1"));
    expect(requests.find((r) => r.operationName === "TakeNextTask")?.variables).toEqual({ queue: "ADJUDICATION" });
  });

  it("says so when there is nothing to take, and opens nothing", async () => {
    const user = userEvent.setup();
    renderWithApp(<TakeNext queue={null} />, { answers: { TakeNextTask: { data: { takeNextTask: null } } } });
    await user.click(screen.getByRole("button", { name: "Take next task" }));
    expect(await screen.findByRole("status")).toHaveTextContent("There is no unassigned task to take");
    expect(push).not.toHaveBeenCalled();
  });

  it("explains a refusal", async () => {
    const user = userEvent.setup();
    renderWithApp(<TakeNext queue="APPEALS" />, {
      answers: {
        TakeNextTask: {
          data: {
            takeNextTask: { __typename: "ForbiddenError", code: "FORBIDDEN", message: "You do not work this queue." },
          },
        },
      },
    });
    await user.click(screen.getByRole("button", { name: "Take next task in Appeals" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Could not take the next task");
  });
});

describe("QueueTabs", () => {
  it("shows one tab per queue with its counts, and marks the current one", async () => {
    renderWithApp(<QueueTabs filters={{ queue: "DOCUMENT_REVIEW", show: "all" }} />, {
      answers: {
        QueueSummaries: {
          data: {
            queueSummaries: [
              {
                __typename: "QueueSummary",
                queue: "ADJUDICATION",
                open: 3,
                unassigned: 2,
                overdue: 1,
                oldestDueAt: null,
              },
              {
                __typename: "QueueSummary",
                queue: "DOCUMENT_REVIEW",
                open: 1,
                unassigned: 1,
                overdue: 0,
                oldestDueAt: null,
              },
            ],
          },
        },
      },
    });
    const nav = await screen.findByRole("navigation", { name: "Queues" });
    const links = nav.querySelectorAll("a");
    expect([...links].map((a) => a.textContent)).toEqual([
      "All queues4 open",
      "Adjudication3 open · 2 unassigned · 1 overdue",
      "Document review1 open · 1 unassigned · 0 overdue",
    ]);
    expect(links[0]).toHaveAttribute("href", "/");
    expect(links[1]).toHaveAttribute("href", "/?queue=ADJUDICATION");
    expect(links[2]).toHaveAttribute("aria-current", "page");
  });
});
