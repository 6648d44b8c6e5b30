import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/test/render";
import { ClaimDocuments } from "./claim-documents";

// The real PUT is exercised by the browser tests; here the signed URL always accepts the file.
vi.mock("./put-with-progress", () => ({
  putWithProgress: async (_url: string, _file: Blob, onProgress: (fraction: number) => void) => {
    onProgress(1);
    return { ok: true, status: 200 };
  },
}));

const policy = {
  DocumentUploadPolicy: {
    data: {
      documentUploadPolicy: {
        maxBytes: 10 * 1024 * 1024,
        mimeTypes: ["application/pdf", "image/jpeg", "image/png", "image/heic", "image/heif"],
        typeNames: ["PDF", "JPEG", "PNG", "HEIC"],
        extensions: [".pdf", ".jpg", ".jpeg", ".png", ".heic", ".heif"],
      },
    },
  },
};
const requirements = [{ reason: "BONDING", documentTypes: ["BIRTH_OR_PLACEMENT_PROOF"] }];
const rejected = {
  id: "d1",
  type: "BIRTH_OR_PLACEMENT_PROOF",
  status: "REJECTED",
  fileName: "blurry.jpg",
  createdAt: "2026-11-02T15:00:00.000Z",
  uploadedAt: "2026-11-02T15:00:00.000Z",
  reviewNote: "The photo is too blurry to read.",
  downloadPath: "/files/documents/d1",
};

describe("ClaimDocuments", () => {
  it("shows a rejected document with staff's reason and offers its replacement", async () => {
    renderWithApp(
      <ClaimDocuments
        claimId="c1"
        reason="BONDING"
        requirements={requirements}
        documents={[rejected]}
        canUpload
        onChanged={vi.fn()}
      />,
      { answers: policy },
    );
    expect(screen.getByText("Not accepted: upload a replacement")).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Documents you uploaded" });
    expect(within(table).getByText("Why: The photo is too blurry to read.")).toBeInTheDocument();
    expect(
      await screen.findByLabelText("Upload a replacement: Proof of birth, adoption or foster placement"),
    ).toBeInTheDocument();
  });

  it("explains a wrong file type before sending anything, tied to the field, in Spanish", async () => {
    const user = userEvent.setup({ applyAccept: false });
    renderWithApp(
      <ClaimDocuments
        claimId="c1"
        reason="BONDING"
        requirements={requirements}
        documents={[]}
        canUpload
        onChanged={vi.fn()}
      />,
      { answers: policy, locale: "es" },
    );
    expect(screen.getByText("Falta")).toBeInTheDocument();
    const input = await screen.findByLabelText(/Suba su Prueba de nacimiento/);
    expect((await screen.findAllByText(/PDF, JPEG, PNG o HEIC, hasta 10 MB/)).length).toBe(2);
    await user.upload(input, new File(["hello"], "notes.txt", { type: "text/plain" }));
    expect(
      screen.getAllByText("No podemos aceptar notes.txt. Suba un archivo PDF, JPEG, PNG o HEIC.").length,
    ).toBeGreaterThan(0);
    expect(input).toHaveAttribute("aria-invalid", "true");
  });

  it("keeps saying the file is uploaded after the arrived document replaces its uploader", async () => {
    const user = userEvent.setup();
    const onChanged = vi.fn();
    const props = { claimId: "c1", reason: "BONDING", requirements, canUpload: true, onChanged };
    const answers = {
      ...policy,
      RequestClaimDocumentUpload: {
        data: {
          requestDocumentUpload: {
            __typename: "MutationRequestDocumentUploadSuccess",
            data: {
              uploadUrl: "/files/uploads/u1?signature=s",
              maxBytes: 10485760,
              document: { id: "d2", status: "AWAITING_UPLOAD" },
            },
          },
        },
      },
    };
    const { rerender } = renderWithApp(<ClaimDocuments {...props} documents={[]} />, { answers });
    const input = await screen.findByLabelText(/Upload your Proof of birth/);
    await user.upload(input, new File(["%PDF-1.4"], "birth.pdf", { type: "application/pdf" }));
    await user.click(screen.getAllByRole("button", { name: "Upload" })[0]!);
    expect(await screen.findByText("birth.pdf is uploaded.")).toBeInTheDocument();
    expect(onChanged).toHaveBeenCalledTimes(1);

    // The refetched claim lists the document: the uploader goes, the confirmation stays, once.
    const arrived = {
      id: "d2",
      type: "BIRTH_OR_PLACEMENT_PROOF",
      status: "UPLOADED",
      fileName: "birth.pdf",
      createdAt: "2026-11-02T15:00:00.000Z",
    };
    rerender(<ClaimDocuments {...props} documents={[arrived]} />);
    expect(screen.queryByLabelText(/Upload your Proof of birth/)).not.toBeInTheDocument();
    expect(screen.getAllByText("birth.pdf is uploaded.")).toHaveLength(1);
  });
});
