import { describe, expect, it } from "vitest";
import { precompileMessages } from "./precompile";

describe("precompileMessages", () => {
  it("compiles every message and keeps text without ICU syntax as it is", () => {
    expect(
      precompileMessages({
        a: "Sign in",
        b: { c: "Welcome, {name}", d: "{count, plural, one {1 day} other {# days}}" },
      }),
    ).toEqual({
      a: "Sign in",
      b: { c: ["Welcome, ", ["name"]], d: [["count", 2, { one: "1 day", other: [0, " days"] }]] },
    });
  });

  it("builds only plain objects, which React can pass from the server to the browser", () => {
    const compiled = precompileMessages({ d: "{count, plural, one {1 day} other {# days}}" });
    const cases = (compiled.d as unknown as [[string, number, object]])[0][2];
    expect(Object.getPrototypeOf(cases)).toBe(Object.prototype);
  });

  it("names the message that is not valid ICU", () => {
    expect(() => precompileMessages({ claims: { title: "Claim {number" } })).toThrow(/claims\.title is not valid ICU/);
  });
});
