// Calendar-date arithmetic the Manage forms need ("YYYY-MM-DD" strings, no time zone), and
// hours as exact hundredths, so a comparison with the weekly allowance never goes through a float.

export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return addDays(value, 0) === value;
}

/** "7.5" → 750; null when it is not hours written as up to three digits and two decimals. */
export function hundredths(hours: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(hours.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/** "16.00" → "16", "7.50" → "7.5": hours as a person writes them. */
export function plainHours(hours: string): string {
  return hours.includes(".") ? hours.replace(/\.?0+$/, "") : hours;
}

/** Today where the claimant is, for what the page offers only (the API decides). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
