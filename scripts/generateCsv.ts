/**
 * A large CSV of our template's five essential columns, `title,start,lat,lon,place`,
 * like an event catalogue (conflict and protest trackers, earthquake lists):
 * one short title, a day, and a named point per row. Seeded, so the same
 * options give the same bytes. 1,000,000 rows are about 45 MB; they are made
 * by the benchmark and the e2e setup, never committed.
 */
import { mulberry32 } from "../src/test/random";

export interface CsvOptions {
  rows: number;
  seed: number;
  /** Distinct named points; each row names one. */
  places?: number;
}

const KINDS = ["Protest", "Strike", "Rally", "Clash", "Arrest", "Meeting", "Tremor", "Fire"];
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1990, 0, 1);
const DAYS = 12_000;

/** The CSV text, header row first, rows in no particular order (catalogues seldom sort). */
export function generateCsv({ rows, seed, places = 10_000 }: CsvOptions): string {
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`invalid rows: ${rows}`);
  const random = mulberry32(seed);
  const points = Array.from({ length: places }, (_, i) => ({
    name: `Site ${i + 1}`,
    lat: (random() * 140 - 65).toFixed(2),
    lon: (random() * 340 - 170).toFixed(2),
  }));
  const lines: string[] = ["title,start,lat,lon,place"];
  for (let i = 0; i < rows; i++) {
    const point = points[Math.floor(random() * places)] as (typeof points)[number];
    const day = new Date(FIRST_DAY + Math.floor(random() * DAYS) * DAY_MS).toISOString();
    const kind = KINDS[Math.floor(random() * KINDS.length)];
    lines.push(`${kind} ${i + 1},${day.slice(0, 10)},${point.lat},${point.lon},${point.name}`);
  }
  return `${lines.join("\n")}\n`;
}
