/**
 * The benchmark's mixed batch: requests as the API sends them (plain objects with decimal
 * strings), spread over the implemented programs, with wages varied by a fixed-seed generator
 * so every run measures the same work.
 */

/** Mulberry32: a tiny deterministic generator (the batch must not change between runs). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function amount(random: () => number, low: number, high: number): string {
  const cents = Math.floor(low * 100 + random() * (high - low) * 100);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

const WA_QUARTERS = ["2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2"];
const CO_QUARTERS = ["2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"];
const NY_WEEKS = [
  "2025-01-11",
  "2025-01-18",
  "2025-01-25",
  "2025-02-01",
  "2025-02-08",
  "2025-02-15",
  "2025-02-22",
  "2025-03-01",
];

export function mixedBatch(size: number, seed = 20261121): Record<string, unknown>[] {
  const random = generator(seed);
  const batch: Record<string, unknown>[] = [];
  for (let i = 0; i < size; i++) {
    switch (i % 4) {
      case 0:
        batch.push({
          id: i,
          jurisdiction: "WA",
          program: "PFML",
          leaveReason: i % 8 === 0 ? "OWN_HEALTH" : "BONDING",
          applicationDate: "2024-07-15",
          leaveStartDate: "2024-07-21",
          wageQuarters: WA_QUARTERS.map((quarter) => ({
            quarter,
            wages: amount(random, 1000, 40000),
            hours: 150 + Math.floor(random() * 400),
          })),
          priorLeave:
            i % 16 === 0 ? [{ leaveReason: "OWN_HEALTH", startDate: "2024-03-04", endDate: "2024-04-28" }] : [],
        });
        break;
      case 1:
        batch.push({
          id: i,
          jurisdiction: "MA",
          program: "PFML",
          leaveReason: "FAMILY_CARE",
          familyRelationship: "PARENT",
          applicationDate: "2024-07-15",
          leaveStartDate: "2024-07-21",
          wageQuarters: WA_QUARTERS.map((quarter) => ({ quarter, wages: amount(random, 0, 35000) })),
        });
        break;
      case 2:
        batch.push({
          id: i,
          jurisdiction: "CO",
          program: "FAMLI",
          leaveReason: "PREGNANCY",
          applicationDate: "2025-03-03",
          leaveStartDate: "2025-03-10",
          wageQuarters: CO_QUARTERS.map((quarter) => ({ quarter, wages: amount(random, 500, 30000) })),
        });
        break;
      default:
        batch.push({
          id: i,
          jurisdiction: "NY",
          program: "PFL",
          leaveReason: "BONDING",
          applicationDate: "2025-03-01",
          leaveStartDate: "2025-03-10",
          employment: { startDate: "2020-01-01", regularHoursPerWeek: 40 },
          weeklyWages: NY_WEEKS.map((weekEnding) => ({ weekEnding, wages: amount(random, 200, 3000) })),
        });
    }
  }
  return batch;
}
