import { describe, expect, it } from "vitest";
import { safeReturnPath, signInHref } from "./return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/account", "/account"],
    ["/account?tab=profile#roles", "/account?tab=profile#roles"],
    ["/claims/123", "/claims/123"],
  ])("keeps the same-site path %s", (candidate, expected) => {
    expect(safeReturnPath(candidate)).toBe(expected);
  });

  it.each([
    ["https://evil.example/", "an absolute URL"],
    ["//evil.example/path", "a protocol-relative URL"],
    ["/\\evil.example", "a backslash trick"],
    ["/\t/evil.example", "a tab that browsers drop"],
    ["javascript:alert(1)", "a script URL"],
    ["account", "a relative path"],
    ["", "nothing"],
    ["/sign-in?returnTo=/account", "the sign-in page itself (a loop)"],
  ])("rejects %s (%s)", (candidate) => {
    expect(safeReturnPath(candidate)).toBe("/");
  });

  it("uses the fallback given", () => {
    expect(safeReturnPath(undefined, "/queue")).toBe("/queue");
  });
});

describe("signInHref", () => {
  it("carries the return path, encoded", () => {
    expect(signInHref("/account?tab=1")).toBe("/sign-in?returnTo=%2Faccount%3Ftab%3D1");
  });

  it("omits the return path for the home page", () => {
    expect(signInHref("/")).toBe("/sign-in");
  });
});
