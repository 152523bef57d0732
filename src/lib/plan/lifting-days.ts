/** The runs a lifting day should stay away from, as weekdays 0 = Monday … 6 = Sunday. */
export interface KeyRuns {
  longRun?: number | undefined;
  quality: readonly number[];
}

/** Whether a weekday holds the long run or a quality session. */
export function isKeyRunDay(day: number, runs: KeyRuns): boolean {
  return day === runs.longRun || runs.quality.includes(day);
}

/** Days between two weekdays going round the week, so Sunday and Monday are 1 apart. */
export function weekdayGap(a: number, b: number): number {
  const gap = Math.abs(a - b) % 7;
  return Math.min(gap, 7 - gap);
}

function combinations(count: number, from = 0): number[][] {
  if (count === 0) return [[]];
  const result: number[][] = [];
  for (let day = from; day < 7; day++) for (const rest of combinations(count - 1, day + 1)) result.push([day, ...rest]);
  return result;
}

/*
 * Costs, largest first: lifting on a key run day, the day before the long
 * run (legs should arrive fresh), the day before a quality session, then
 * how far the days sit from an even spread through the week.
 */
function cost(days: readonly number[], runs: KeyRuns): number {
  let total = 0;
  for (const day of days) {
    if (isKeyRunDay(day, runs)) total += 100;
    if (runs.longRun !== undefined && (day + 1) % 7 === runs.longRun) total += 10;
    if (runs.quality.includes((day + 1) % 7)) total += 4;
  }
  if (days.length === 2) total += Math.abs(weekdayGap(days[0]!, days[1]!) - 3.5);
  return total;
}

/**
 * Weekdays for `count` lifting sessions: never two on adjacent days, off the
 * key run days whenever the week allows it. Ties go to the earliest days, so
 * the same runs always give the same days.
 * @example chooseLiftingDays(2, { longRun: 6, quality: [1, 3] }) // [0, 4]: Monday and Friday
 */
export function chooseLiftingDays(count: number, runs: KeyRuns): number[] {
  const options = combinations(Math.max(1, Math.min(3, count))).filter((days) =>
    days.every((day, i) => days.slice(i + 1).every((other) => weekdayGap(day, other) >= 2)),
  );
  let best = options[0]!;
  let bestCost = cost(best, runs);
  for (const option of options.slice(1)) {
    const optionCost = cost(option, runs);
    if (optionCost < bestCost) [best, bestCost] = [option, optionCost];
  }
  return best;
}

/**
 * Days from a weekday to the next key run after it, going round the week;
 * 7 when there are no key runs.
 * @example daysToNextKeyRun(0, { longRun: 6, quality: [1] }) // 1: Tuesday follows Monday
 */
export function daysToNextKeyRun(day: number, runs: KeyRuns): number {
  for (let ahead = 1; ahead < 7; ahead++) if (isKeyRunDay((day + ahead) % 7, runs)) return ahead;
  return 7;
}

/**
 * Two lifting days in the order Day A and Day B take them: the heavier Day A
 * on the one with more time before the next key run, the earlier on a tie.
 * @example sessionOrder([0, 4], { longRun: 6, quality: [1, 3] }) // [4, 0]: Friday leaves Saturday free before the long run
 */
export function sessionOrder(days: readonly number[], runs: KeyRuns): number[] {
  return [...days].sort((a, b) => daysToNextKeyRun(b, runs) - daysToNextKeyRun(a, runs) || a - b);
}
