import { escapeHtml as e } from '../html-entities';
import { pluralize } from '../plural';
import { DISTANCES, PHASES, SECTIONS } from '../vocabulary';
import { addDays, formatCalendarDate, WEEKDAY_NAMES, type CalendarDate } from './calendar-date';
import { WEEK_KIND_LABELS, type Week } from './outline';
import type { Plan, PlanItem, Session } from './types';

/*
 * The plan as HTML, from one function for the server pages and the island,
 * so both always show the same thing. Every value passes through escapeHtml.
 */

export interface RenderOptions {
  /** Adds swap buttons; only the island can act on them. */
  interactive?: boolean;
  /** Weeks of columns in the printed log grid. */
  logWeeks?: number;
  /** What loads are written in on the log grid, e.g. `kg` or `lb`. */
  loadUnit?: string;
}

/** The dose columns after each exercise; a phone shows each value under its column's name (plan.css). */
const DOSE_COLUMNS = ['Sets × reps', 'Tempo', 'Rest', 'Effort'] as const;

const join = (parts: (string | false | undefined)[]) => parts.filter(Boolean).join('');
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The facts a printed page and the screen header share. */
export function planSummary(plan: Plan): string[] {
  const { input } = plan;
  const facts: string[] = [];
  if (input.raceDate) facts.push(`${DISTANCES[input.distance]} on ${formatCalendarDate(input.raceDate, true)}`);
  facts.push(`${PHASES[plan.phase]} phase${plan.phaseSource === 'chosen' ? ' (chosen)' : ''}`);
  if (plan.daysToRace !== undefined && plan.daysToRace >= 0) facts.push(timeToRace(plan.daysToRace));
  if (plan.weeks.length > 0) {
    const [first, last] = [plan.weeks[0]!.start, addDays(plan.weeks.at(-1)!.start, 6)];
    facts.push(`${formatCalendarDate(first, yearOf(first) !== yearOf(last))} to ${formatCalendarDate(last, true)}`);
  }
  return facts;
}

/**
 * How long until the race, leaving out a part that is zero.
 * @example timeToRace(19) // '2 weeks 5 days to go'
 * @example timeToRace(5) // '5 days to go'
 */
export function timeToRace(days: number): string {
  if (days === 0) return 'race day';
  const parts = [Math.floor(days / 7) > 0 && pluralize(Math.floor(days / 7), 'week'), days % 7 > 0 && pluralize(days % 7, 'day')];
  return `${parts.filter(Boolean).join(' ')} to go`;
}

function schedule(plan: Plan): string {
  // buildPlan names no day when no session is left before the race.
  if (plan.sessions.every((entry) => entry.weekday === undefined)) return plan.daysToRace === 0 ? 'No lifting today; recovery starts after the race.' : 'No session is left before your race.';
  const days = plan.liftingDays.map((day) => WEEKDAY_NAMES[day]);
  if (plan.sessionsPerWeek === 1) {
    const raceAhead = plan.daysToRace !== undefined && plan.daysToRace > 0;
    const rest = raceAhead ? ` No lifting in the last ${pluralize(plan.restDaysBeforeRace, 'day')} before your race.` : '';
    return `One session a week, on ${days[0]}: alternate Day A and Day B.${rest}`;
  }
  return `${plan.sessionsPerWeek} sessions a week: Day A on ${days[0]}, Day B on ${days[1]}. Never on consecutive days.`;
}

/*
 * The exercise tables state every table role outright: on a phone plan.css
 * lays their rows out as grids, and Safari then stops exposing them as
 * tables unless ARIA says so.
 */
function item(entry: PlanItem, options: RenderOptions): string {
  const alternatives =
    entry.alternatives.length === 0
      ? ''
      : `<details class="alternatives"><summary>Alternatives<span class="visually-hidden"> to ${e(entry.name)}</span></summary><ul>${entry.alternatives
          .map(
            (alt) =>
              `<li><a href="/exercises/${e(alt.slug)}/">${e(alt.name)}</a>${
                options.interactive ? ` <button type="button" class="swap" data-slot="${e(entry.slotId)}" data-slug="${e(alt.slug)}">Use this<span class="visually-hidden">: ${e(alt.name)} instead of ${e(entry.name)}</span></button>` : ''
              }</li>`,
          )
          .join('')}</ul></details>`;
  return `<tr role="row" data-slot="${e(entry.slotId)}"><th scope="row" role="rowheader"><a href="/exercises/${e(entry.slug)}/">${e(entry.name)}</a>${entry.swapped ? ' <span class="badge">swapped</span>' : ''}${
    entry.fallback ? `<p class="fallback">${e(entry.fallback)}</p>` : ''
  }${alternatives}</th>${[`${entry.sets} × ${entry.reps}`, entry.tempo, entry.rest, entry.effort].map((value, i) => `<td role="cell" data-label="${e(DOSE_COLUMNS[i])}">${e(value)}</td>`).join('')}</tr>`;
}

/** The log's columns: `wanted` weeks, or fewer when the race comes sooner. */
function logWeeks(plan: Plan, wanted: number): number {
  return plan.weeks.length > 0 ? Math.min(wanted, plan.weeks.length) : wanted;
}

function logGrid(session: Session, weeks: number, loadUnit: string): string {
  const rows = session.sections.filter((s) => s.section === 'main' || s.section === 'accessory').flatMap((s) => s.items);
  const head = Array.from({ length: weeks }, (_, i) => `<th scope="col">Week ${i + 1}</th>`).join('');
  const cells = Array.from({ length: weeks }, () => `<td><span>${e(loadUnit)}</span><span>reps</span><span>RPE</span></td>`).join('');
  // Blank cells to write in: search would otherwise quote them as "kgrepsRPE".
  return `<table class="log-grid" data-pagefind-ignore><caption>Training log: load, reps and effort for each week</caption><thead><tr><th scope="col">Exercise</th>${head}</tr></thead><tbody>${rows
    .map((row) => `<tr><th scope="row">${e(row.name)}</th>${cells}</tr>`)
    .join('')}<tr class="notes"><th scope="row">Notes and niggles</th>${Array.from({ length: weeks }, () => '<td></td>').join('')}</tr></tbody></table>`;
}

function session(plan: Plan, entry: Session, options: RenderOptions): string {
  // With one session a week, Day A and Day B share the day and take turns.
  const when = entry.weekday === undefined ? '' : ` · ${WEEKDAY_NAMES[entry.weekday]}${plan.sessionsPerWeek === 1 ? ', alternate weeks' : ''}`;
  return `<article class="session" id="day-${entry.id}" aria-labelledby="day-${entry.id}-title">
<header class="print-header" data-pagefind-ignore><p>${planSummary(plan).map(e).join(' · ')}</p>${plan.notices.map((notice) => `<p>${e(notice.text)}</p>`).join('')}</header>
<h3 id="day-${entry.id}-title">${e(entry.title)}<span class="when">${e(when)}</span></h3>
<p class="focus">${e(entry.focus)}</p>
${entry.sections
  .map(
    (section) => `<table class="exercises" role="table"><caption>${e(SECTIONS[section.section])}</caption>
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Exercise</th>${DOSE_COLUMNS.map((column) => `<th scope="col" role="columnheader">${e(column)}</th>`).join('')}</tr></thead>
<tbody role="rowgroup">${section.items.map((entryItem) => item(entryItem, options)).join('')}</tbody></table>`,
  )
  .join('\n')}
${logGrid(entry, logWeeks(plan, options.logWeeks ?? 4), options.loadUnit ?? 'kg')}
</article>`;
}

/** Counts per phase, in season order, for the timeline's spoken summary. */
function timelineLabel(weeks: readonly Week[]): string {
  const counts = (Object.keys(PHASES) as (keyof typeof PHASES)[])
    .map((phase) => [phase, weeks.filter((week) => week.phase === phase).length] as const)
    .filter(([, count]) => count > 0)
    .map(([phase, count]) => `${count} ${PHASES[phase].toLowerCase()}`);
  return `${pluralize(weeks.length, 'week')}: ${counts.join(', ')}`;
}

const yearOf = (date: CalendarDate) => date.slice(0, 4);

function timeline(plan: Plan): string {
  if (plan.weeks.length === 0) return '';
  const bars = plan.weeks
    .map((week) => `<span class="week phase-${week.phase} kind-${week.kind} volume-${Math.min(10, Math.max(1, Math.round(week.volume * 10)))}"></span>`)
    .join('');
  const list = plan.weeks
    .map((week, i) => {
      const kind = WEEK_KIND_LABELS[week.kind];
      // The year where it changes: on the first week when it is not this year's, and on the first week of each new year.
      const withYear = yearOf(week.start) !== yearOf(i === 0 ? plan.input.today : plan.weeks[i - 1]!.start);
      return `<li class="phase-${week.phase}"><span class="week-name">Week ${week.index + 1}</span> <span class="week-date">from ${e(formatCalendarDate(week.start, withYear))}</span>: ${e(PHASES[week.phase])}${kind ? `, ${e(kind)}` : ''} · ${percent(week.volume)} volume</li>`;
    })
    .join('');
  return `<section class="timeline" aria-labelledby="timeline-title">
<h3 id="timeline-title">Week by week</h3>
<div class="timeline-bar" role="img" aria-label="${e(timelineLabel(plan.weeks))}">${bars}</div>
<p class="legend" aria-hidden="true">${(Object.keys(PHASES) as (keyof typeof PHASES)[])
    .filter((phase) => plan.weeks.some((week) => week.phase === phase))
    .map((phase) => `<span class="key phase-${phase}">${e(PHASES[phase])}</span>`)
    .join(' ')}${plan.weeks.some((week) => week.kind === 'test') ? ' <span class="key kind-test">Outlined: baseline test week</span>' : ''}${
    plan.weeks.some((week) => week.kind === 'deload') ? ' <span class="key kind-deload">Shorter: deload week</span>' : ''
  }</p>
<details class="week-list"${plan.weeks.length <= 8 ? ' open' : ''}><summary>${plan.weeks.length === 1 ? '1 week' : `All ${plan.weeks.length} weeks`}</summary><ol>${list}</ol></details>
</section>`;
}

/**
 * The whole plan: header, notices, timeline and both sessions.
 * @example renderPlan(plan) // '<section class="plan" …>'
 */
export function renderPlan(plan: Plan, options: RenderOptions = {}): string {
  return `<section class="plan" aria-labelledby="plan-title" data-phase="${e(plan.phase)}">
<header class="plan-header">
<h2 id="plan-title">Your ${e(PHASES[plan.phase].toLowerCase())} template</h2>
<p class="plan-facts">${planSummary(plan).map(e).join(' · ')}</p>
<p class="purpose">${e(plan.purpose)}</p>
<p class="schedule">${e(schedule(plan))}${plan.weeks.some((week) => week.kind === 'deload') ? ` In deload weeks, do ${percent(plan.deloadVolume)} of the sets at the same weights.` : ''}</p>
${join([plan.notices.length > 0 && `<ul class="notices">${plan.notices.map((notice) => `<li class="${notice.level}">${notice.level === 'warning' ? '<span class="visually-hidden">Warning: </span>' : ''}${e(notice.text)}</li>`).join('')}</ul>`])}
</header>
${timeline(plan)}
<div class="sessions">${plan.sessions.map((entry) => session(plan, entry, options)).join('\n')}</div>
</section>`;
}
