import { DISTANCES, EQUIPMENT_LEVELS, EXPERIENCE, PHASES, type Distance, type EquipmentLevel, type Experience, type Phase } from '../vocabulary';
import { addDays, daysBetween, parseCalendarDate, type CalendarDate } from './calendar-date';
import type { PlanInput } from './types';

/** The defaults a runner gets for anything left out or unreadable. */
export const DEFAULT_INPUT = {
  distance: 'half',
  phase: 'auto',
  equipment: 'gym',
  experience: 'experienced',
  longRun: 6,
  quality: [1, 3],
} as const satisfies Partial<PlanInput>;

/** Races further out than this are refused: a plan that long says nothing useful. */
const MAX_DAYS_AHEAD = 2 * 366;

const isKey = <T extends Record<string, string>>(vocabulary: T, value: string | null): value is keyof T & string =>
  value !== null && Object.hasOwn(vocabulary, value);

/**
 * Plan input from a share URL's query, with a plain message for every part
 * that could not be used. Messages never repeat what was typed, so nothing a
 * stranger puts in a link reaches the page.
 * @example parsePlanQuery(new URLSearchParams('race=2027-03-14&distance=half'), '2026-11-25').input.raceDate // '2027-03-14'
 */
export function parsePlanQuery(params: URLSearchParams, today: CalendarDate): { input: PlanInput; problems: string[] } {
  const problems: string[] = [];
  const input: PlanInput = {
    today,
    distance: DEFAULT_INPUT.distance,
    phase: DEFAULT_INPUT.phase,
    equipment: DEFAULT_INPUT.equipment,
    experience: DEFAULT_INPUT.experience,
    longRun: DEFAULT_INPUT.longRun,
    quality: [...DEFAULT_INPUT.quality],
    swaps: {},
  };

  const todayParam = params.get('today');
  if (todayParam !== null && todayParam !== '') {
    const parsed = parseCalendarDate(todayParam);
    if (parsed) input.today = parsed;
    else problems.push('The start date in the link is not a real date, so the plan starts today.');
  }

  const race = params.get('race');
  if (race !== null && race !== '') {
    const parsed = parseCalendarDate(race);
    if (!parsed) problems.push('The race date is not a real calendar date (check the day and month), so no race is set.');
    else if (daysBetween(input.today, parsed) > MAX_DAYS_AHEAD) problems.push('The race date is more than two years away, so no race is set. Pick a race within two years.');
    else input.raceDate = parsed;
  }

  const distance = params.get('distance');
  if (isKey(DISTANCES, distance)) input.distance = distance as Distance;
  else if (distance) problems.push('The race distance is not one the plan knows, so it uses a half marathon.');

  const phase = params.get('phase');
  if (phase === 'auto' || isKey(PHASES, phase)) input.phase = phase as Phase | 'auto';
  else if (phase) problems.push('The phase is not one the plan knows, so it comes from the calendar.');

  const equipment = params.get('equipment');
  if (isKey(EQUIPMENT_LEVELS, equipment)) input.equipment = equipment as EquipmentLevel;
  else if (equipment) problems.push('The equipment choice is not one the plan knows, so it assumes a full gym.');

  const experience = params.get('experience');
  if (isKey(EXPERIENCE, experience)) input.experience = experience as Experience;
  else if (experience) problems.push('The lifting experience is not one the plan knows, so it assumes an experienced lifter.');

  const longRun = params.get('long');
  if (longRun === 'none') input.longRun = undefined;
  else if (longRun !== null && longRun !== '') {
    const day = weekdayOf(longRun);
    if (day === undefined) problems.push('The long-run day is not a weekday number from 0 (Monday) to 6 (Sunday), so it uses Sunday.');
    else input.longRun = day;
  }

  // One list (`quality=1,3`), or one value per ticked day as a plain form sends them.
  const qualityValues = params.getAll('quality');
  const quality = qualityValues.length === 0 ? null : qualityValues.filter(Boolean).join(',');
  if (quality !== null) {
    const days = quality === '' ? [] : quality.split(',').map(weekdayOf);
    if (days.some((day) => day === undefined)) problems.push('The quality-session days are not weekday numbers from 0 to 6, so they use Tuesday and Thursday.');
    else input.quality = [...new Set(days as number[])].sort((a, b) => a - b);
  }

  for (const pair of (params.get('swap') ?? '').split(',').filter(Boolean)) {
    const [slot, slug] = pair.split(':');
    if (slot && slug && /^[a-z0-9-]{1,60}$/.test(slot) && /^[a-z0-9-]{1,80}$/.test(slug)) input.swaps[slot] = slug;
    else problems.push('A swapped exercise in the link could not be read and was left out.');
  }
  return { input, problems };
}

function weekdayOf(text: string): number | undefined {
  return /^[0-6]$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

/**
 * The query string that reopens the same plan, leaving out defaults so links stay short.
 * `today` is kept only when it is not the real today, so a shared link made ahead stays ahead.
 */
export function planQuery(input: PlanInput, realToday: CalendarDate): string {
  const params = new URLSearchParams();
  if (input.raceDate) params.set('race', input.raceDate);
  if (input.today !== realToday) params.set('today', input.today);
  if (input.distance !== DEFAULT_INPUT.distance) params.set('distance', input.distance);
  if (input.phase !== DEFAULT_INPUT.phase) params.set('phase', input.phase);
  if (input.equipment !== DEFAULT_INPUT.equipment) params.set('equipment', input.equipment);
  if (input.experience !== DEFAULT_INPUT.experience) params.set('experience', input.experience);
  if (input.longRun !== DEFAULT_INPUT.longRun) params.set('long', input.longRun === undefined ? 'none' : String(input.longRun));
  if (input.quality.join(',') !== DEFAULT_INPUT.quality.join(',')) params.set('quality', input.quality.join(','));
  const swaps = Object.entries(input.swaps).map(([slot, slug]) => `${slot}:${slug}`);
  if (swaps.length > 0) params.set('swap', swaps.join(','));
  return params.toString();
}

/** A race date `weeks` weeks after `today`, for examples and tests. */
export function raceInWeeks(today: CalendarDate, weeks: number): CalendarDate {
  return addDays(today, weeks * 7);
}
