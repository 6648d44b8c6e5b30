import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "@/test/render";
import { ClaimNotices } from "./claim-notices";

const notices = [
  {
    id: "n2",
    kind: "PARTIAL_APPROVAL",
    language: "ES",
    subject: "Parte de su licencia fue aprobada (reclamo WA-PFML-2026-000101)",
    body: "Hola, Rosa:\n\nParte de su licencia fue aprobada.",
    createdAt: "2026-12-01T18:00:00.000Z",
    pdfUrl: "/files/notices/n2",
  },
  {
    id: "n1",
    kind: "ACKNOWLEDGMENT",
    language: "ES",
    subject: "Recibimos su solicitud WA-PFML-2026-000101",
    body: "Hola, Rosa:\n\nRecibimos su solicitud.",
    createdAt: "2026-11-20T18:00:00.000Z",
    pdfUrl: "/files/notices/n1",
  },
];
const answer = (list: unknown[]) => ({ ClaimNotices: { data: { claim: { id: "c1", notices: list } } } });

describe("the claim's notices", () => {
  it("lists each notice with its text to read and its PDF to download, anchored for the email link", async () => {
    renderWithApp(<ClaimNotices claimId="c1" />, { locale: "es", answers: answer(notices) });
    const first = (await screen.findByRole("heading", { name: notices[0]!.subject })).closest("li")!;
    expect(first.id).toBe("notice-n2");
    expect(within(first).getByText("Enviado el 1 de diciembre de 2026")).toBeInTheDocument();
    expect(within(first).getByText("Leer el aviso")).toBeInTheDocument();
    expect(within(first).getByText(/Parte de su licencia fue aprobada\./)).toBeInTheDocument();
    const link = within(first).getByRole("link", {
      name: `Descargar PDF: ${notices[0]!.subject}, enviado el 1 de diciembre de 2026`,
    });
    expect(link).toHaveAttribute("href", "/files/notices/n2");
    expect(link).toHaveAttribute("download");
    expect(screen.getAllByRole("link", { name: /^Descargar PDF/ })).toHaveLength(2);
  });

  it("says when there is no notice yet", async () => {
    renderWithApp(<ClaimNotices claimId="c1" />, { locale: "en", answers: answer([]) });
    expect(await screen.findByText(/No notices yet/)).toBeInTheDocument();
  });

  it("says the notices could not be loaded, with a way to try again", async () => {
    renderWithApp(<ClaimNotices claimId="c1" />, {
      locale: "en",
      statuses: { ClaimNotices: 500 },
      answers: { ClaimNotices: { errors: [{ message: "boom" }] } },
    });
    expect(await screen.findByText("We could not load your notices")).toBeInTheDocument();
  });
});
