import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv } from "./parse-csv.ts";

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\r\nthere"\r\n')).toEqual([
      { row: 1, fields: ["a", "b"] },
      { row: 2, fields: ["x, y", 'say "hi"\r\nthere'] },
    ]);
  });

  it("accepts a byte-order mark, LF or CR line ends and a missing final line end", () => {
    expect(parseCsv("\uFEFFa,b\nc,d\re,f").map((r) => r.fields)).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
    ]);
  });

  it("keeps empty fields and blank lines as records (the caller decides what they mean)", () => {
    expect(parseCsv("a,,c\n\n").map((r) => r.fields)).toEqual([["a", "", "c"], [""]]);
  });

  it("refuses an unclosed quote and text after a closing quote, naming the row", () => {
    expect(() => parseCsv('a\n"open')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\n"x"y,z')).toThrowError(expect.objectContaining({ row: 2 }));
  });

  it("returns nothing for an empty text", () => {
    expect(parseCsv("")).toEqual([]);
  });
});
