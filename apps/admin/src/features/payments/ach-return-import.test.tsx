import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "@/test/render";
import { AchReturnImport } from "./ach-return-import";

describe("AchReturnImport", () => {
  it("uploads the return file's text and says how many were returned and matched nothing", async () => {
    const sent: Record<string, unknown>[] = [];
    renderWithApp(<AchReturnImport />, {
      answers: {
        ImportAchReturns: (variables) => {
          sent.push(variables.input as Record<string, unknown>);
          return {
            data: {
              importAchReturns: {
                __typename: "MutationImportAchReturnsSuccess",
                data: { id: "r1", fileName: "returns-0302.ach", returnedCount: 2, unmatchedCount: 1 },
              },
            },
          };
        },
      },
    });
    await userEvent.click(screen.getByRole("button", { name: "Import the return file" }));
    expect(screen.getByText("Choose the bank's ACH return file.")).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    const content = "101 ...\n";
    await userEvent.upload(screen.getByLabelText("ACH return file"), new File([content], "returns-0302.ach"));
    await userEvent.click(screen.getByRole("button", { name: "Import the return file" }));
    expect(
      await screen.findByText(
        "returns-0302.ach: 2 direct deposits returned and reissued by check, 1 entry matched no payment sent.",
      ),
    ).toBeInTheDocument();
    expect(sent).toEqual([{ fileName: "returns-0302.ach", content }]);
    expect(screen.getByLabelText("ACH return file")).not.toHaveAttribute("aria-invalid");
  });
});
