import { badRequest } from './responses';

/** PeriodFilter: an Interval {start, end} or a Preset (a string, or {_type} per dixa.preset-value-shape). */
export type PeriodFilter = { readonly start: string; readonly end: string } | { readonly value: string | { readonly _type: string } };

export interface Window {
  readonly from: number;
  readonly to: number;
}

const DAY = 86_400_000;

function startOfDay(at: Date): number {
  return Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
}

/** The [from, to) window of a preset, in UTC, relative to `now`. */
function presetWindow(preset: string, now: Date): Window {
  const today = startOfDay(now);
  const weekStart = today - ((now.getUTCDay() + 6) % 7) * DAY;
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const quarter = Math.floor(month / 3) * 3;
  switch (preset) {
    case 'Today': return { from: today, to: today + DAY };
    case 'Yesterday': return { from: today - DAY, to: today };
    case 'ThisWeek': return { from: weekStart, to: weekStart + 7 * DAY };
    case 'PreviousWeek': return { from: weekStart - 7 * DAY, to: weekStart };
    case 'ThisMonth': return { from: Date.UTC(year, month, 1), to: Date.UTC(year, month + 1, 1) };
    case 'PreviousMonth': return { from: Date.UTC(year, month - 1, 1), to: Date.UTC(year, month, 1) };
    case 'ThisQuarter': return { from: Date.UTC(year, quarter, 1), to: Date.UTC(year, quarter + 3, 1) };
    case 'PreviousQuarter': return { from: Date.UTC(year, quarter - 3, 1), to: Date.UTC(year, quarter, 1) };
    case 'ThisYear': return { from: Date.UTC(year, 0, 1), to: Date.UTC(year + 1, 0, 1) };
    default: throw badRequest(`unknown preset ${preset}`);
  }
}

export function windowOf(period: PeriodFilter, now = new Date()): Window {
  if ('start' in period) {
    const window = { from: Date.parse(period.start), to: Date.parse(period.end) };
    if (!(window.from <= window.to)) throw badRequest('the interval ends before it starts');
    return window;
  }
  return presetWindow(typeof period.value === 'string' ? period.value : period.value._type, now);
}
