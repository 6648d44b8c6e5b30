/** The span covered by all leave periods: earliest start to latest end (ISO dates sort as text). */
export function leaveSpan(
  periods: readonly { startDate: string; endDate: string }[],
): { start: string; end: string } | null {
  const [first, ...rest] = periods;
  if (!first) return null;
  let start = first.startDate;
  let end = first.endDate;
  for (const period of rest) {
    if (period.startDate < start) start = period.startDate;
    if (period.endDate > end) end = period.endDate;
  }
  return { start, end };
}
