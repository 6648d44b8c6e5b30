import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "@/test/render";
import { LeaveCalendar } from "./leave-calendar";

const periods = [
  {
    id: "a",
    kind: "CONTINUOUS",
    startDate: "2026-12-01",
    endDate: "2026-12-14",
    decision: "APPROVED",
    hoursPerWeek: null,
  },
  {
    id: "b",
    kind: "CONTINUOUS",
    startDate: "2026-12-15",
    endDate: "2027-01-05",
    decision: "DENIED",
    hoursPerWeek: null,
  },
] as const;

describe("LeaveCalendar", () => {
  it("shows every month the leave touches, each day marked with its period's decision", () => {
    renderWithApp(<LeaveCalendar periods={[...periods]} />);
    const december = screen.getByRole("table", { name: "December 2026" });
    const january = screen.getByRole("table", { name: "January 2027" });
    expect(screen.getAllByRole("table")).toHaveLength(2);
    // December 1, 2026 is a Tuesday: the first week starts with two empty days.
    const firstWeek = within(december).getAllByRole("row")[1]!;
    expect(within(firstWeek).getAllByRole("cell")[2]).toHaveTextContent("1, Approved");
    expect(within(december).getByRole("cell", { name: "14, Approved" })).toBeInTheDocument();
    expect(within(december).getByRole("cell", { name: "15, Denied" })).toBeInTheDocument();
    expect(within(january).getByRole("cell", { name: "5, Denied" })).toBeInTheDocument();
    expect(within(january).getByRole("cell", { name: "6" })).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "What the colors mean" })).toHaveTextContent(/Approved.*Denied/);
  });

  it("speaks Spanish", () => {
    renderWithApp(<LeaveCalendar periods={[...periods]} />, { locale: "es" });
    expect(screen.getByRole("heading", { name: "La licencia en el calendario" })).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "diciembre de 2026" })).toBeInTheDocument();
    expect(screen.getByRole("cell", { name: "14, Aprobado" })).toBeInTheDocument();
  });

  it("shows nothing without leave periods", () => {
    const { container } = renderWithApp(<LeaveCalendar periods={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
