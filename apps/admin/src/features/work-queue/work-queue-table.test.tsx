import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/test/render";
import { WorkQueueTable } from "./work-queue-table";

vi.mock("next/navigation", () => ({ usePathname: () => "/" }));

const openTask = {
  id: "t1",
  queue: "ADJUDICATION",
  kind: "REVIEW_CLAIM",
  status: "OPEN",
  dueAt: "2026-11-20T00:00:00.000Z",
  createdAt: new Date(Date.now() - 3 * 86_400_000 - 3_600_000).toISOString(),
  overdue: true,
  assignee: null,
  employer: null,
  claim: {
    id: "c1",
    claimNumber: "MA-PFML-2026-001005",
    status: "INFO_REQUESTED",
    claimant: { id: "p1", firstName: "Rosa", lastName: "Alvarez" },
    program: { id: "g1", jurisdiction: "MA", code: "PFML" },
  },
};

const assignedTask = {
  ...openTask,
  id: "t2",
  overdue: false,
  status: "IN_PROGRESS",
  assignee: { id: "u9", name: "Alex Rivera" },
  claim: {
    ...openTask.claim,
    id: "c2",
    claimNumber: "MA-PFML-2026-001002",
    claimant: { id: "p2", firstName: "James", lastName: "O'Connor" },
  },
};

const queueAnswer = (nodes: object[]) => ({
  WorkQueue: { data: { workQueue: { edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage: false } } } },
});

const allOpen = { queue: null, show: "all" } as const;

describe("WorkQueueTable", () => {
  it("lists tasks with due date, overdue flag, claim and claimant", async () => {
    renderWithApp(<WorkQueueTable filters={allOpen} viewerId="u1" />, {
      answers: queueAnswer([openTask, assignedTask]),
    });

    const rows = await screen.findAllByRole("row");
    expect(rows).toHaveLength(3);
    const first = within(rows[1]!);
    expect(first.getByRole("rowheader")).toHaveTextContent("Nov 20, 2026Overdue");
    expect(first.getByText("Review claim")).toBeInTheDocument();
    expect(first.getByText("Information requested")).toBeInTheDocument();
    expect(first.getByText("Rosa Alvarez")).toBeInTheDocument();
    // Its ageing: opened a little over three days ago.
    expect(first.getByText("Open 3 days")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("Alex Rivera")).toBeInTheDocument();
    expect(first.getByRole("link", { name: "MA-PFML-2026-001005" })).toHaveAttribute("href", "/claims/c1");
    // Someone else's task: only a supervisor may hand it back.
    expect(within(rows[2]!).queryByRole("button", { name: /Hand back/ })).not.toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("2 tasks shown");
  });

  it("triages from the keyboard: j and k move between tasks, a assigns the focused one", async () => {
    const user = userEvent.setup();
    const { requests } = renderWithApp(<WorkQueueTable filters={allOpen} viewerId="u1" />, {
      cookies: "ol_csrf=csrf-123",
      answers: {
        ...queueAnswer([openTask, { ...assignedTask, assignee: null }]),
        AssignTask: {
          data: { assignTask: { __typename: "MutationAssignTaskSuccess", data: { ...openTask, id: "t2" } } },
        },
      },
    });
    const first = await screen.findByRole("link", { name: "MA-PFML-2026-001005" });
    const second = screen.getByRole("link", { name: "MA-PFML-2026-001002" });
    expect(screen.getByRole("table")).toHaveAccessibleDescription(/j or ↓ moves to the next task/);
    first.focus();
    await user.keyboard("j");
    expect(second).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(first).toHaveFocus();
    await user.keyboard("{ArrowDown}a");
    await waitFor(() => expect(requests.some((r) => r.operationName === "AssignTask")).toBe(true));
    expect(requests.find((r) => r.operationName === "AssignTask")?.variables).toEqual({
      taskId: "t2",
      assigneeId: "u1",
    });
  });

  it("sends the filters to the API", async () => {
    const { requests } = renderWithApp(<WorkQueueTable filters={{ queue: "APPEALS", show: "mine" }} viewerId="u1" />, {
      answers: queueAnswer([]),
    });
    await screen.findByText("No open tasks match these filters.");
    expect(requests[0]?.variables).toEqual({ first: 25, queue: "APPEALS", assignedToMe: true, unassigned: null });
  });

  it("assigns a task to the signed-in staff member, with the CSRF token", async () => {
    const user = userEvent.setup();
    const { requests } = renderWithApp(<WorkQueueTable filters={allOpen} viewerId="u1" />, {
      cookies: "ol_csrf=csrf-123",
      answers: {
        ...queueAnswer([openTask]),
        AssignTask: {
          data: {
            assignTask: {
              __typename: "MutationAssignTaskSuccess",
              data: {
                __typename: "Task",
                id: "t1",
                status: "IN_PROGRESS",
                assignee: { __typename: "User", id: "u1", name: "Me" },
              },
            },
          },
        },
      },
    });

    await user.click(await screen.findByRole("button", { name: "Assign to me: Review claim, MA-PFML-2026-001005" }));

    await waitFor(() => expect(requests.some((request) => request.operationName === "AssignTask")).toBe(true));
    const assign = requests.find((request) => request.operationName === "AssignTask");
    expect(assign?.variables).toEqual({ taskId: "t1", assigneeId: "u1" });
    expect(assign?.headers.get("x-csrf-token")).toBe("csrf-123");
    expect(await screen.findByText(/Assigned to you: Review claim, MA-PFML-2026-001005\./)).toHaveFocus();
  });

  it("lets a supervisor hand back someone else's task", async () => {
    const user = userEvent.setup();
    const { requests } = renderWithApp(<WorkQueueTable filters={allOpen} viewerId="u1" supervisor />, {
      answers: {
        ...queueAnswer([assignedTask]),
        AssignTask: {
          data: {
            assignTask: {
              __typename: "MutationAssignTaskSuccess",
              data: { __typename: "Task", id: "t2", status: "OPEN", assignee: null },
            },
          },
        },
      },
    });
    await user.click(await screen.findByRole("button", { name: "Hand back: Review claim, MA-PFML-2026-001002" }));
    await waitFor(() => expect(requests.some((request) => request.operationName === "AssignTask")).toBe(true));
    expect(requests.find((request) => request.operationName === "AssignTask")?.variables).toEqual({
      taskId: "t2",
      assigneeId: null,
    });
    expect(
      await screen.findByText(/Handed back to the queue: Review claim, MA-PFML-2026-001002\./),
    ).toBeInTheDocument();
  });

  it("lets a supervisor give a task to another staff member", async () => {
    const user = userEvent.setup();
    const { requests } = renderWithApp(<WorkQueueTable filters={allOpen} viewerId="u1" supervisor />, {
      answers: {
        ...queueAnswer([assignedTask]),
        StaffMembers: {
          data: {
            staffMembers: [
              { __typename: "User", id: "u9", name: "Alex Rivera" },
              { __typename: "User", id: "u7", name: "Pat Appeals" },
            ],
          },
        },
        AssignTask: {
          data: {
            assignTask: {
              __typename: "MutationAssignTaskSuccess",
              data: {
                __typename: "Task",
                id: "t2",
                status: "IN_PROGRESS",
                assignee: { __typename: "User", id: "u7", name: "Pat Appeals" },
              },
            },
          },
        },
      },
    });
    const select = await screen.findByLabelText("Give Review claim, MA-PFML-2026-001002 to");
    // The current assignee is not offered again.
    expect(
      within(select)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Give to…", "Pat Appeals"]);
    await user.selectOptions(select, "u7");
    await user.click(screen.getByRole("button", { name: "Reassign: Review claim, MA-PFML-2026-001002" }));
    await waitFor(() => expect(requests.some((r) => r.operationName === "AssignTask")).toBe(true));
    expect(requests.find((r) => r.operationName === "AssignTask")?.variables).toEqual({
      taskId: "t2",
      assigneeId: "u7",
    });
    expect(
      await screen.findByText(/Review claim, MA-PFML-2026-001002 is now assigned to Pat Appeals\./),
    ).toBeInTheDocument();
  });

  it("does not ask non-supervisors' browsers for the staff list", async () => {
    const { requests } = renderWithApp(<WorkQueueTable filters={allOpen} viewerId="u1" />, {
      answers: queueAnswer([assignedTask]),
    });
    await screen.findAllByRole("row");
    expect(requests.map((r) => r.operationName)).not.toContain("StaffMembers");
  });

  it("says why a task could not be assigned", async () => {
    const user = userEvent.setup();
    renderWithApp(<WorkQueueTable filters={allOpen} viewerId="u1" />, {
      answers: {
        ...queueAnswer([openTask]),
        AssignTask: {
          data: {
            assignTask: {
              __typename: "ForbiddenError",
              code: "FORBIDDEN",
              message: "Only a supervisor can assign work to someone else.",
            },
          },
        },
      },
    });

    await user.click(await screen.findByRole("button", { name: "Assign to me: Review claim, MA-PFML-2026-001005" }));

    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Could not assign the task: Your account is not allowed to do this.",
    );
  });

  it("explains a refusal from the API (e.g. a role was removed) with a way out", async () => {
    renderWithApp(<WorkQueueTable filters={allOpen} viewerId="u1" />, {
      answers: {
        WorkQueue: {
          data: null,
          errors: [{ message: "Not authorized", path: ["workQueue"], extensions: { code: "FORBIDDEN" } }],
        },
      },
    });
    expect(await screen.findByText("Your account is not allowed to do this.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to the work queue" })).toHaveAttribute("href", "/");
  });

  it("offers a retry when the queue cannot be loaded", async () => {
    renderWithApp(<WorkQueueTable filters={allOpen} viewerId="u1" />, { answers: {} });
    expect(await screen.findByRole("heading", { name: "We could not load the work queue." })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});
