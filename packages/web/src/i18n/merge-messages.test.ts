import { describe, expect, it } from "vitest";
import { mergeMessages } from "./merge-messages";

describe("mergeMessages", () => {
  const shared = { layout: { menu: "Menu", signIn: "Sign in" }, errors: { unexpected: "Something went wrong" } };

  it("adds the app's groups and keys and lets it reword a shared message", () => {
    const merged = mergeMessages(shared, {
      layout: { signIn: "Staff sign-in", workQueue: "Work queue" },
      home: { title: "Home" },
    });
    expect(merged).toEqual({
      layout: { menu: "Menu", signIn: "Staff sign-in", workQueue: "Work queue" },
      errors: { unexpected: "Something went wrong" },
      home: { title: "Home" },
    });
  });

  it("leaves the shared catalog as it was", () => {
    mergeMessages(shared, { layout: { menu: "Menú" } });
    expect(shared.layout.menu).toBe("Menu");
  });

  it("refuses a message where the shared catalog has a group, and the reverse", () => {
    expect(() => mergeMessages(shared, { layout: "Layout" })).toThrow(/layout is a message on one side and a group/);
    expect(() => mergeMessages(shared, { layout: { menu: { open: "Open" } } })).toThrow(/layout\.menu/);
  });
});
