/**
 * Publication dates for the synthetic corpus: spread unevenly over the years (the archive grows
 * denser towards the present), quieter at weekends, with occasional busy news days that carry many
 * articles. Dates are written as a publication would: a bare day, or a local time with its offset.
 */
import {
  chance,
  deriveSeed,
  intBetween,
  mulberry32,
  pick,
  weightedIndex,
  weightedTable,
  type Random,
  type WeightedTable,
} from './random.ts';

const DAY_MS = 86_400_000;
/** How many times denser the last year is than the first. */
const GROWTH = 6;

export interface DayTable {
  /** UTC midnight of the first day. */
  firstDayMs: number;
  table: WeightedTable<number>;
}

const cache = new Map<string, DayTable>();

/** Weight of every day from 1 January `startYear` to 31 December `endYear` for this seed (cached). */
export function dayTable(seed: number, startYear: number, endYear: number): DayTable {
  const key = `${seed}|${startYear}|${endYear}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const firstDayMs = Date.UTC(startYear, 0, 1);
  const days = Math.round((Date.UTC(endYear + 1, 0, 1) - firstDayMs) / DAY_MS);
  const random = mulberry32(deriveSeed(seed, 0xda7e));
  const weights = new Float64Array(days);
  const span = Math.max(1, endYear + 1 - startYear);
  for (let day = 0; day < days; day++) {
    const date = new Date(firstDayMs + day * DAY_MS);
    const progress = (date.getUTCFullYear() - startYear + date.getUTCMonth() / 12) / span;
    const weekday = date.getUTCDay();
    const weekendFactor = weekday === 0 || weekday === 6 ? 0.45 : 1;
    const roll = random();
    // Roughly one day in 40 is busy, one in 400 is a major event.
    const newsFactor = roll < 0.0025 ? 20 + random() * 25 : roll < 0.025 ? 3 + random() * 6 : 0.6 + random() * 0.8;
    weights[day] = GROWTH ** progress * weekendFactor * newsFactor;
  }
  const table = weightedTable(
    Array.from({ length: days }, (_, day) => day),
    weights,
  );
  const result = { firstDayMs, table };
  if (cache.size > 16) cache.clear();
  cache.set(key, result);
  return result;
}

/** A wall-clock moment as the frontmatter will show it. */
export interface LocalMoment {
  /** UTC milliseconds of the local wall-clock reading (not an instant: the offset is separate). */
  wallMs: number;
  /** `+01:00`, `Z`…, or null for a date-only value. */
  offset: string | null;
}

const OFFSETS = [
  'Z',
  '+00:00',
  '+01:00',
  '+01:00',
  '+02:00',
  '+03:00',
  '+05:30',
  '+08:00',
  '+08:00',
  '+09:00',
  '-03:00',
  '-05:00',
  '-05:00',
  '-08:00',
  '+10:00',
];
/** Newsroom hours: filing peaks mid-morning and late afternoon. */
const HOURS = [6, 7, 8, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 15, 16, 16, 17, 18, 19, 20, 21, 22];

/** Draws a publication moment: about a third are date-only. */
export function drawPublication(random: Random, days: DayTable): LocalMoment {
  const day = weightedIndex(random, days.table);
  const dayMs = days.firstDayMs + day * DAY_MS;
  if (chance(random, 0.35)) return { wallMs: dayMs, offset: null };
  const minutes = pick(random, HOURS) * 60 + intBetween(random, 0, 59);
  return { wallMs: dayMs + minutes * 60_000, offset: pick(random, OFFSETS) };
}

/** A moment `minMinutes`–`maxMinutes` after `from`, in the same style (date-only stays date-only). */
export function later(random: Random, from: LocalMoment, minMinutes: number, maxMinutes: number): LocalMoment {
  const delta = intBetween(random, minMinutes, maxMinutes) * 60_000;
  if (from.offset === null) return { wallMs: from.wallMs + Math.max(1, Math.round(delta / DAY_MS)) * DAY_MS, offset: null };
  return { wallMs: from.wallMs + delta, offset: from.offset };
}

/** `2019-03-04` or `2019-03-04T14:30:00+01:00`. */
export function formatMoment(moment: LocalMoment): string {
  const iso = new Date(moment.wallMs).toISOString();
  return moment.offset === null ? iso.slice(0, 10) : `${iso.slice(0, 19)}${moment.offset}`;
}

/** Year and month folders of a moment, as written (`['2019', '03']`). */
export function yearMonth(moment: LocalMoment): [string, string] {
  const iso = new Date(moment.wallMs).toISOString();
  return [iso.slice(0, 4), iso.slice(5, 7)];
}

/** Weekday name of a moment, for "said on Friday". */
export function weekdayOf(moment: LocalMoment): number {
  return new Date(moment.wallMs).getUTCDay();
}
