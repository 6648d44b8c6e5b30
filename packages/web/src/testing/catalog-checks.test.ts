import { describe, expect, it } from "vitest";
import { testCatalogs } from "../test/messages";
import { describeCatalogChecks, messageLeaves } from "./catalog-checks";

describe("messageLeaves", () => {
  it("lists every message under its dotted key", () => {
    expect(messageLeaves({ a: "A", b: { c: "C", d: { one: "1", other: "{count}" } } })).toEqual([
      ["a", "A"],
      ["b.c", "C"],
      ["b.d.one", "1"],
      ["b.d.other", "{count}"],
    ]);
  });

  it("refuses anything that is neither text nor a group", () => {
    expect(() => messageLeaves({ a: { b: 3 } })).toThrow("a.b is neither text nor a group of messages");
  });
});

// The checks themselves, run on this package's test catalogs as an app runs them on its own.
describeCatalogChecks(testCatalogs, { sameInEveryLanguage: /^errors\.fieldErrorPrefix$/ });
