import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "@/test/render";
import { CheckSettlementImport } from "./check-settlement-import";

const CSV = "check_number,amount,paid_date,status\n100001,700.00,2026-05-08,paid\n100002,7000.00,2026-05-08,paid\n";

const imported = {
  data: {
    importCheckSettlements: {
      __typename: "MutationImportCheckSettlementsSuccess",
      data: {
        id: "i1",
        fileName: "checks-0508.csv",
        settledCount: 1,
        voidedCount: 0,
        problems: [
          { checkNumber: 100002, amount: "7000.00", expected: "700.00", outcome: "PAID", code: "AMOUNT_MISMATCH" },
        ],
      },
    },
  },
};

describe("CheckSettlementImport", () => {
  it("asks for the file before sending anything", async () => {
    const { requests } = renderWithApp(<CheckSettlementImport />, { answers: {} });
    await userEvent.click(screen.getByRole("button", { name: "Import the file" }));
    expect(screen.getByText("Choose the bank's check settlement file.")).toBeInTheDocument();
    expect(screen.getByLabelText("Check settlement file (CSV)")).toHaveAttribute("aria-invalid", "true");
    expect(requests.filter((r) => r.operationName === "ImportCheckSettlements")).toHaveLength(0);
  });

  it("uploads the file's text and shows what was settled and each row not applied", async () => {
    const sent: Record<string, unknown>[] = [];
    renderWithApp(<CheckSettlementImport />, {
      answers: {
        ImportCheckSettlements: (variables) => {
          sent.push(variables.input as Record<string, unknown>);
          return imported;
        },
      },
    });
    const file = new File([CSV], "checks-0508.csv", { type: "text/csv" });
    await userEvent.upload(screen.getByLabelText("Check settlement file (CSV)"), file);
    await userEvent.click(screen.getByRole("button", { name: "Import the file" }));
    expect(
      await screen.findByText(
        "checks-0508.csv: 1 check settled, 0 void or stale checks reissued, 1 row not applied (below).",
      ),
    ).toBeInTheDocument();
    expect(sent).toEqual([{ fileName: "checks-0508.csv", content: CSV }]);
    const table = screen.getByRole("table", { name: "Rows not applied" });
    expect(table).toHaveTextContent("100002");
    expect(table).toHaveTextContent("Paid $7,000.00");
    expect(table).toHaveTextContent("The check was written for $700.00. Not settled");
  });

  it("shows the API's reason for a file it cannot read, in Spanish too", async () => {
    renderWithApp(<CheckSettlementImport />, {
      locale: "es",
      answers: {
        ImportCheckSettlements: {
          data: {
            importCheckSettlements: {
              __typename: "InvalidInputError",
              code: "INVALID_INPUT",
              message: "Invalid input",
              issues: [{ path: ["input", "content"], message: 'Line 2: "12.5.0" is not an amount like 612.50.' }],
            },
          },
        },
      },
    });
    await userEvent.upload(
      screen.getByLabelText("Archivo de liquidación de cheques (CSV)"),
      new File(["check_number,amount\n1,12.5.0\n"], "bad.csv", { type: "text/csv" }),
    );
    await userEvent.click(screen.getByRole("button", { name: "Importar el archivo" }));
    expect(await screen.findByText('Line 2: "12.5.0" is not an amount like 612.50.')).toBeInTheDocument();
  });
});
