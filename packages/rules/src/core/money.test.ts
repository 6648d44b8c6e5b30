import { describe, expect, it } from "vitest";
import { Rounding, formatMoney, money, roundMoney } from "./money";

describe("money rounding rules", () => {
  const cases: readonly [string, keyof typeof Rounding, string][] = [
    ["1.005", "HALF_UP_CENT", "1.01"],
    ["1.004999", "HALF_UP_CENT", "1"],
    ["2.345", "HALF_EVEN_CENT", "2.34"],
    ["2.355", "HALF_EVEN_CENT", "2.36"],
    ["1131.0873", "TRUNCATE_CENT", "1131.08"],
    ["1131.0801", "UP_CENT", "1131.09"],
    ["1327.5", "DOWN_DOLLAR", "1327"],
    ["1427.99", "DOWN_DOLLAR", "1427"],
    ["538.46", "UP_DOLLAR", "539"],
    ["539", "UP_DOLLAR", "539"],
    ["450.5", "HALF_UP_DOLLAR", "451"],
    ["450.4999", "HALF_UP_DOLLAR", "450"],
  ];
  for (const [value, rule, expected] of cases) {
    it(`${value} with ${rule} → ${expected}`, () => {
      expect(roundMoney(money(value), Rounding[rule]).toString()).toBe(expected);
    });
  }

  it("keeps exact decimals where binary floating point would not (0.1 + 0.2)", () => {
    expect(money("0.1").plus(money("0.2")).toString()).toBe("0.3");
  });

  it("formats with exactly two places", () => {
    expect(formatMoney(money("1000"))).toBe("1000.00");
    expect(formatMoney(money("0.5"))).toBe("0.50");
  });
});
