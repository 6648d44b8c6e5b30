import { describe, expect, it } from "vitest";
import { fileProblem, uploadFailureFor } from "./file-checks";
import { missingDocumentTypes } from "./missing-documents";

const policy = {
  maxBytes: 10 * 1024 * 1024,
  mimeTypes: ["application/pdf", "image/jpeg", "image/png", "image/heic", "image/heif"],
  typeNames: ["PDF", "JPEG", "PNG", "HEIC"],
  extensions: [".pdf", ".jpg", ".jpeg", ".png", ".heic", ".heif"],
};

describe("fileProblem", () => {
  it("accepts a PDF, and a HEIC photo the browser gives no type", () => {
    expect(fileProblem({ name: "cert.pdf", size: 1000, type: "application/pdf" }, policy)).toBeNull();
    expect(fileProblem({ name: "IMG_0001.HEIC", size: 1000, type: "" }, policy)).toBeNull();
    expect(fileProblem({ name: "IMG_0001.heic", size: 1000, type: "image/heic" }, policy)).toBeNull();
  });

  it("explains a wrong type, whatever the file is called", () => {
    expect(fileProblem({ name: "notes.docx", size: 1000, type: "application/msword" }, policy)).toBe("wrongType");
    expect(fileProblem({ name: "script.pdf", size: 1000, type: "text/plain" }, policy)).toBe("wrongType");
    expect(fileProblem({ name: "archive.zip", size: 1000, type: "" }, policy)).toBe("wrongType");
  });

  it("explains an empty file and one over the limit", () => {
    expect(fileProblem({ name: "cert.pdf", size: 0, type: "application/pdf" }, policy)).toBe("empty");
    expect(fileProblem({ name: "cert.pdf", size: policy.maxBytes + 1, type: "application/pdf" }, policy)).toBe(
      "tooLarge",
    );
    expect(fileProblem({ name: "cert.pdf", size: policy.maxBytes, type: "application/pdf" }, policy)).toBeNull();
  });
});

describe("uploadFailureFor", () => {
  it("reads the API's answers", () => {
    expect(uploadFailureFor(415)).toBe("wrongType");
    expect(uploadFailureFor(413)).toBe("tooLarge");
    expect(uploadFailureFor(410)).toBe("expired");
    expect(uploadFailureFor(null)).toBe("network");
    expect(uploadFailureFor(500)).toBe("unknown");
  });
});

describe("missingDocumentTypes", () => {
  const requirements = [
    { reason: "OWN_HEALTH", documentTypes: ["MEDICAL_CERTIFICATION"] },
    { reason: "BONDING", documentTypes: ["BIRTH_OR_PLACEMENT_PROOF"] },
  ];
  it("lists what the reason needs until a usable document of that type is held", () => {
    expect(missingDocumentTypes(requirements, "OWN_HEALTH", [])).toEqual(["MEDICAL_CERTIFICATION"]);
    expect(
      missingDocumentTypes(requirements, "OWN_HEALTH", [{ type: "MEDICAL_CERTIFICATION", status: "UPLOADED" }]),
    ).toEqual([]);
    expect(
      missingDocumentTypes(requirements, "OWN_HEALTH", [{ type: "MEDICAL_CERTIFICATION", status: "ACCEPTED" }]),
    ).toEqual([]);
  });
  it("still lists it when the only one was rejected or never arrived", () => {
    const held = [
      { type: "MEDICAL_CERTIFICATION", status: "REJECTED" },
      { type: "MEDICAL_CERTIFICATION", status: "AWAITING_UPLOAD" },
    ];
    expect(missingDocumentTypes(requirements, "OWN_HEALTH", held)).toEqual(["MEDICAL_CERTIFICATION"]);
  });
  it("asks nothing before a reason is chosen", () => {
    expect(missingDocumentTypes(requirements, null, [])).toEqual([]);
  });
});
