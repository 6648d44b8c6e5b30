/** Joins the class names that are set: `classNames("usa-input", error && "usa-input--error")`. */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}
