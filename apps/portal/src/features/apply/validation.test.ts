import { describe, expect, it } from "vitest";
import { payWeeksBefore } from "./steps/employment-step";
import {
  accountNumberProblem,
  confirmAccountProblem,
  dateRangeProblems,
  isCalendarDate,
  isValidRoutingNumber,
  routingNumberProblem,
} from "./validation";

describe("routing numbers (ABA check digit)", () => {
  it.each(["021000021", "011000015", "122105155", "026009593"])("accepts the published routing number %s", (number) => {
    expect(isValidRoutingNumber(number)).toBe(true);
    expect(routingNumberProblem(` ${number} `)).toBeUndefined();
  });

  it("refuses a number whose check digit is wrong, naming that problem", () => {
    expect(isValidRoutingNumber("021000022")).toBe(false);
    expect(routingNumberProblem("021000022")).toBe("checkDigit");
    // Swapping two digits breaks the weighted sum too.
    expect(routingNumberProblem("201000021")).toBe("checkDigit");
  });

  it("tells a missing number from one that is not 9 digits", () => {
    expect(routingNumberProblem("")).toBe("required");
    expect(routingNumberProblem("02100002")).toBe("format");
    expect(routingNumberProblem("02100002a")).toBe("format");
  });
});

describe("account numbers", () => {
  it("take 4 to 17 digits", () => {
    expect(accountNumberProblem("1234")).toBeUndefined();
    expect(accountNumberProblem("12345678901234567")).toBeUndefined();
    expect(accountNumberProblem("123")).toBe("format");
    expect(accountNumberProblem("12-34-56")).toBe("format");
    expect(accountNumberProblem(" ")).toBe("required");
  });

  it("must be typed twice the same", () => {
    expect(confirmAccountProblem("000123456789", "000123456789")).toBeUndefined();
    expect(confirmAccountProblem("000123456789", "000123456798")).toBe("mismatch");
    expect(confirmAccountProblem("000123456789", "")).toBe("required");
  });
});

describe("leave date ranges", () => {
  it("accepts a range whose last day is on or after the first", () => {
    expect(dateRangeProblems("2027-01-04", "2027-01-04")).toEqual([]);
    expect(dateRangeProblems("2027-01-04", "2027-03-28")).toEqual([]);
  });

  it("puts an end before the start on the end date", () => {
    expect(dateRangeProblems("2027-03-01", "2027-02-28")).toEqual([{ field: "endDate", problem: "beforeStart" }]);
  });

  it("refuses more than 52 weeks, and allows exactly 52", () => {
    expect(dateRangeProblems("2027-01-01", "2027-12-30")).toEqual([]);
    expect(dateRangeProblems("2027-01-01", "2027-12-31")).toEqual([{ field: "endDate", problem: "tooLong" }]);
  });

  it("names missing and impossible dates per field", () => {
    expect(dateRangeProblems("", "2027-02-30")).toEqual([
      { field: "startDate", problem: "required" },
      { field: "endDate", problem: "invalid" },
    ]);
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2027-02-29")).toBe(false);
  });
});

describe("payWeeksBefore", () => {
  it("lists the Saturdays ending the pay weeks before the leave, newest first", () => {
    // 2027-03-10 is a Wednesday; the week before ends Saturday 2027-03-06.
    expect(payWeeksBefore("2027-03-10", 3)).toEqual(["2027-03-06", "2027-02-27", "2027-02-20"]);
    // Leave starting on a Saturday counts the week that ended the Saturday before.
    expect(payWeeksBefore("2027-03-13", 1)).toEqual(["2027-03-06"]);
  });
});
