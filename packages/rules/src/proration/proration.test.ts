import { describe, expect, it } from "vitest";
import { Rounding, money } from "../core/money";
import { prorate } from "./proration";

describe("proration block", () => {
  it("prorates by the share claimed and never above the full weekly benefit", () => {
    expect(prorate(money("800"), 8, 40, Rounding.DOWN_DOLLAR).amount.toString()).toBe("160");
    expect(prorate(money("800"), 50, 40, Rounding.DOWN_DOLLAR).amount.toString()).toBe("800");
    expect(prorate(money("1000"), 1, 3, Rounding.HALF_UP_CENT).amount.toString()).toBe("333.33");
  });
});
