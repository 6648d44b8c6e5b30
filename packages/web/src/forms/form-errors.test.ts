import { describe, expect, it } from "vitest";
import { issuesToErrors, summaryItems } from "./form-errors";
import { isEmailAddress, newPasswordProblem } from "./validation";

describe("issuesToErrors", () => {
  it("puts an issue on the field its path names, however deep", () => {
    const result = issuesToErrors([{ path: ["input", "email"], message: "Enter your email." }], [
      "email",
      "password",
    ] as const);
    expect(result).toEqual({ fieldErrors: { email: "Enter your email." }, formErrors: [] });
  });

  it("keeps issues about unknown fields for the form as a whole", () => {
    const result = issuesToErrors([{ path: ["token"], message: "Link expired." }], ["newPassword"] as const);
    expect(result).toEqual({ fieldErrors: {}, formErrors: ["Link expired."] });
  });

  it("keeps the first message when a field has several", () => {
    const result = issuesToErrors(
      [
        { path: ["password"], message: "first" },
        { path: ["password"], message: "second" },
      ],
      ["password"] as const,
    );
    expect(result.fieldErrors.password).toBe("first");
  });
});

describe("summaryItems", () => {
  it("lists field problems in page order with links, then form problems", () => {
    const items = summaryItems(["email", "password"] as const, { password: "P", email: "E" }, ["F"]);
    expect(items).toEqual([
      { message: "E", fieldId: "email" },
      { message: "P", fieldId: "password" },
      { message: "F" },
    ]);
  });
});

describe("isEmailAddress", () => {
  it.each(["maria.garcia@openleave.test", " hr@evergreen-robotics.test "])("accepts %s", (value) => {
    expect(isEmailAddress(value)).toBe(true);
  });

  it.each(["maria", "maria@", "maria@example", "ma ria@example.com", "@example.com"])("refuses %s", (value) => {
    expect(isEmailAddress(value)).toBe(false);
  });
});

describe("newPasswordProblem (the API's rule)", () => {
  it.each([
    ["", "required"],
    ["short", "tooShort"],
    [" leading-space-password", "edgeSpaces"],
    ["trailing-space-pass ", "edgeSpaces"],
    ["x".repeat(129), "tooLong"],
  ])("finds a problem with %j: %s", (password, problem) => {
    expect(newPasswordProblem(password)).toBe(problem);
  });

  it("accepts 12 characters and spaces inside", () => {
    expect(newPasswordProblem("correct horse")).toBeUndefined();
    expect(newPasswordProblem("x".repeat(12))).toBeUndefined();
  });
});
