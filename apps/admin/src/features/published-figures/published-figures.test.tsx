import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@openleave/web";
import { renderWithApp } from "@/test/render";
import { PublishedFigures } from "./published-figures";

vi.mock("next/navigation", () => ({ usePathname: () => "/figures", useRouter: () => ({ push: vi.fn() }) }));

const viewer = (roles: Viewer["roles"], id = "u-admin2"): Viewer => ({
  id,
  name: "Robin Hayes",
  email: "admin2@openleave.test",
  roles,
  personId: null,
  emailVerifiedAt: "2026-01-01T00:00:00.000Z",
  preferredLanguage: "EN",
  sessionExpiresAt: "2999-01-01T00:00:00.000Z",
  verifiedEmployerIds: [],
});
const signedIn = (roles: Viewer["roles"]) => ({ status: "signed-in" as const, viewer: viewer(roles) });

const user = (id: string, name: string) => ({ __typename: "User", id, name });
const parameter = {
  __typename: "FigureParameter",
  id: "wa-pfml.maximum-weekly-benefit",
  label: "WA maximum weekly benefit",
  unit: "USD/week",
};

function figure(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "PublishedFigure",
    id: "f1",
    parameterId: parameter.id,
    parameter,
    value: "1600.00",
    effectiveFrom: "2027-01-01",
    effectiveTo: "2027-12-31",
    citationTitle: "ESD: 2027 maximum weekly benefit",
    citationHref: "https://paidleave.wa.gov/",
    citationSection: null,
    status: "PENDING_APPROVAL",
    proposedBy: user("u-admin", "Pat Morgan"),
    proposedAt: "2026-12-02T16:00:00.000Z",
    decidedBy: null,
    decidedAt: null,
    decisionNote: null,
    version: 1,
    canDecide: true,
    ...overrides,
  };
}

const data = (figures: object[]) => ({
  data: {
    publishedFigures: figures,
    programs: [
      {
        __typename: "Program",
        id: "p-wa",
        name: "Washington Paid Family and Medical Leave",
        jurisdiction: "WA",
        code: "PFML",
      },
      { __typename: "Program", id: "p-ma", name: "Massachusetts PFML", jurisdiction: "MA", code: "PFML" },
    ],
    figureParameters: [
      { ...parameter, valueKind: "decimal", programs: ["WA-PFML"], packagedUntil: "2026-12-31" },
      {
        __typename: "FigureParameter",
        id: "wa-pfml.premium-rate",
        label: "WA premium rate",
        unit: "rate",
        valueKind: "decimal",
        programs: ["WA-PFML"],
        packagedUntil: "2026-12-31",
      },
      {
        __typename: "FigureParameter",
        id: "ma-pfml.maximum-weekly-benefit",
        label: "MA maximum weekly benefit",
        unit: "USD/week",
        valueKind: "decimal",
        programs: ["MA-PFML"],
        packagedUntil: "2026-12-31",
      },
    ],
  },
});

describe("PublishedFigures", () => {
  it("lists figures with their status, dates and source, and says when there are none", async () => {
    renderWithApp(<PublishedFigures />, {
      session: signedIn(["ADJUDICATOR"]),
      answers: {
        PublishedFigures: data([
          figure({ canDecide: false }),
          figure({
            id: "f2",
            status: "APPROVED",
            effectiveTo: null,
            decidedBy: user("u-admin2", "Robin Hayes"),
            decidedAt: "2026-12-02T17:00:00.000Z",
            canDecide: false,
          }),
        ]),
      },
    });
    const table = await screen.findByRole("table", { name: "Figures" });
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText("Waiting for approval")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("Waiting for another program administrator")).toBeInTheDocument();
    expect(within(rows[1]!).getByRole("link", { name: "ESD: 2027 maximum weekly benefit" })).toHaveAttribute(
      "href",
      "https://paidleave.wa.gov/",
    );
    expect(within(rows[2]!).getByText("Approved")).toBeInTheDocument();
    expect(within(rows[2]!).getByText(/Decided by Robin Hayes/)).toBeInTheDocument();
    expect(within(rows[2]!).getByText(/open-ended/)).toBeInTheDocument();
    // An adjudicator reads the list; proposing and deciding are for program administrators.
    expect(screen.queryByRole("button", { name: /Approve/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("form", { name: "Propose a figure" })).not.toBeInTheDocument();
    expect(screen.getByText("Only program administrators propose, approve or reject figures.")).toBeInTheDocument();
  });

  it("shows the empty state in Spanish", async () => {
    renderWithApp(<PublishedFigures />, {
      locale: "es",
      session: signedIn(["PROGRAM_ADMIN"]),
      answers: { PublishedFigures: data([]) },
    });
    expect(await screen.findByText(/Aún no se ha propuesto ninguna cifra/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "Cifras publicadas" })).toBeInTheDocument();
  });

  it("a second administrator approves; a rejection needs a reason before anything is sent", async () => {
    const u = userEvent.setup();
    const { requests } = renderWithApp(<PublishedFigures />, {
      session: signedIn(["PROGRAM_ADMIN"]),
      answers: {
        PublishedFigures: data([figure()]),
        DecidePublishedFigure: {
          data: {
            decidePublishedFigure: {
              __typename: "MutationDecidePublishedFigureSuccess",
              data: { __typename: "PublishedFigure", id: "f1", status: "APPROVED", version: 2 },
            },
          },
        },
      },
    });
    await screen.findByRole("table", { name: "Figures" });
    const row = within(await screen.findByRole("table", { name: "Figures" })).getAllByRole("row")[1]!;
    await u.click(within(row).getByRole("button", { name: /^Reject/ }));
    expect(screen.getByText("Say why you reject the figure.")).toBeInTheDocument();
    expect(screen.getByLabelText("Note (required to reject)")).toHaveAttribute("aria-invalid", "true");
    expect(requests.some((r) => r.operationName === "DecidePublishedFigure")).toBe(false);

    await u.click(within(row).getByRole("button", { name: /^Approve/ }));
    expect(requests.find((r) => r.operationName === "DecidePublishedFigure")?.variables).toEqual({
      input: { figureId: "f1", expectedVersion: 1, decision: "APPROVE", note: null },
    });
  });

  it("proposes a figure: the program narrows the figures, the form checks itself and shows the API's field messages", async () => {
    const u = userEvent.setup();
    let attempt = 0;
    const { requests } = renderWithApp(<PublishedFigures />, {
      session: signedIn(["PROGRAM_ADMIN"]),
      answers: {
        PublishedFigures: data([]),
        ProposePublishedFigure: () =>
          ++attempt === 1
            ? {
                data: {
                  proposePublishedFigure: {
                    __typename: "InvalidInputError",
                    code: "INVALID_INPUT",
                    message: "Some of the information you entered needs to be corrected.",
                    issues: [{ path: ["input", "value"], message: 'Write a decimal number such as "1598.22".' }],
                  },
                },
              }
            : {
                data: {
                  proposePublishedFigure: {
                    __typename: "MutationProposePublishedFigureSuccess",
                    data: { __typename: "PublishedFigure", id: "f9", status: "PENDING_APPROVAL" },
                  },
                },
              },
      },
    });
    const form = await screen.findByRole("form", { name: "Propose a figure" });
    await u.click(within(form).getByRole("button", { name: "Propose figure" }));
    // The error summary takes focus and links each problem to its field.
    expect(screen.getByRole("link", { name: "Choose the program." })).toHaveAttribute("href", "#figure-programId");
    expect(screen.getByLabelText("Program")).toHaveAttribute("aria-invalid", "true");
    expect(requests.some((r) => r.operationName === "ProposePublishedFigure")).toBe(false);

    await u.selectOptions(screen.getByLabelText("Program"), "p-wa");
    const figureSelect = screen.getByLabelText("Figure");
    expect(within(figureSelect).queryByText(/MA maximum/)).not.toBeInTheDocument();
    await u.selectOptions(figureSelect, "wa-pfml.maximum-weekly-benefit");
    expect(screen.getByText("The packaged figures cover dates through 2026-12-31.")).toBeInTheDocument();
    await u.type(screen.getByLabelText("Value"), "$1,600");
    await u.type(screen.getByLabelText("First day it applies"), "2027-01-01");
    await u.type(screen.getByLabelText("Document that publishes it"), "ESD: 2027 maximum weekly benefit");
    await u.click(within(form).getByRole("button", { name: "Propose figure" }));
    expect(await screen.findAllByText('Write a decimal number such as "1598.22".')).not.toHaveLength(0);
    expect(screen.getByLabelText("Value")).toHaveAttribute("aria-invalid", "true");

    await u.clear(screen.getByLabelText("Value"));
    await u.type(screen.getByLabelText("Value"), "1600.00");
    await u.click(within(form).getByRole("button", { name: "Propose figure" }));
    expect(await screen.findByText(/Figure proposed/)).toBeInTheDocument();
    expect(requests.filter((r) => r.operationName === "ProposePublishedFigure").at(-1)?.variables).toEqual({
      input: {
        programId: "p-wa",
        parameterId: "wa-pfml.maximum-weekly-benefit",
        value: "1600.00",
        effectiveFrom: "2027-01-01",
        effectiveTo: null,
        citationTitle: "ESD: 2027 maximum weekly benefit",
        citationHref: null,
        citationSection: null,
      },
    });
  });
});
