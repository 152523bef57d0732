import { buildPlan } from '../../lib/plan/build-plan';
import type { PlanExercise } from '../../lib/plan/plan-exercise';
import { calendarDateOf, type CalendarDate } from '../../lib/plan/calendar-date';
import { planToIcs } from '../../lib/plan/ics';
import { planEvents } from '../../lib/plan/schedule';
import { parsePlanQuery, planQuery } from '../../lib/plan/query';
import { renderPlan, timeToRace } from '../../lib/plan/render';
import type { PlanRules } from '../../lib/plan/rules';
import type { Plan, PlanInput } from '../../lib/plan/types';
import { PHASES } from '../../lib/vocabulary';

const STORAGE_KEY = 'carryover-plan';

interface PlanData {
  exercises: PlanExercise[];
  rules: PlanRules;
  site: { url: string; name: string; weekStart: number; loadUnit: string };
}

/** Reads the form as the query string it would submit; several quality days become one list. */
function formQuery(form: HTMLFormElement): URLSearchParams {
  const data = new FormData(form);
  const params = new URLSearchParams();
  for (const [key, value] of data) if (key !== 'quality' && typeof value === 'string' && value !== '') params.set(key, value);
  params.set('quality', data.getAll('quality').join(','));
  return params;
}

/** The swaps the plan applied: a swap that no longer fits drops out of the link once its notice has said so. */
function appliedSwaps(plan: Plan): PlanInput['swaps'] {
  const items = plan.sessions.flatMap((session) => session.sections.flatMap((section) => section.items));
  return Object.fromEntries(items.filter((item) => item.swapped).map((item) => [item.slotId, item.slug]));
}

/*
 * A date field reports a year of 0002 while its year is still being typed
 * (2, 20, 202, 2027); acting on that would wipe what the runner is typing.
 */
const isTypingYear = (field: EventTarget | null) => field instanceof HTMLInputElement && field.type === 'date' && /^0/.test(field.value);

/** Puts the plan's input back into the form, except the field the runner is changing, which keeps what they typed. */
function fillForm(form: HTMLFormElement, input: PlanInput, realToday: CalendarDate, changing?: EventTarget | null) {
  const set = (name: string, value: string) => {
    const field = form.elements.namedItem(name);
    if (field === changing) return;
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
    else if (field instanceof RadioNodeList) field.value = value;
  };
  set('race', input.raceDate ?? '');
  set('today', input.today === realToday ? '' : input.today);
  // A plan from another day says so: its field is not folded away.
  if (input.today !== realToday) form.querySelector('details')?.setAttribute('open', '');
  set('distance', input.distance);
  set('phase', input.phase);
  set('equipment', input.equipment);
  set('experience', input.experience);
  set('long', input.longRun === undefined ? 'none' : String(input.longRun));
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="quality"]')) box.checked = input.quality.includes(Number(box.value));
}

/** Wires the server-rendered form and plan: every change recomputes the plan in place. */
export function startPlanBuilder(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('#plan-form')!;
  const output = root.querySelector<HTMLElement>('#plan-output')!;
  const problemsList = root.querySelector<HTMLElement>('#plan-problems')!;
  const status = root.querySelector<HTMLElement>('#plan-status')!;
  const data = JSON.parse(root.querySelector('#plan-data')!.textContent!) as PlanData;
  const realToday = calendarDateOf(new Date());
  let current: { input: PlanInput; plan: Plan } | undefined;

  for (const hidden of root.querySelectorAll<HTMLElement>('.js-only')) hidden.hidden = false;

  const show = (params: URLSearchParams, announce: boolean, changing?: EventTarget | null) => {
    const { input, problems } = parsePlanQuery(params, realToday);
    const plan = buildPlan(input, data.exercises, data.rules, { weekStart: data.site.weekStart });
    input.swaps = appliedSwaps(plan);
    current = { input, plan };
    output.innerHTML = renderPlan(plan, { interactive: true, loadUnit: data.site.loadUnit });
    problemsList.replaceChildren(
      ...problems.map((problem) => {
        const li = document.createElement('li');
        li.textContent = problem;
        return li;
      }),
    );
    problemsList.hidden = problems.length === 0;
    fillForm(form, input, realToday, changing);
    const query = planQuery(input, realToday);
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    try {
      // A phase page shows its phase whatever the runner's plan is in, so it remembers their inputs but not that phase.
      localStorage.setItem(STORAGE_KEY, root.dataset.phase ? planQuery({ ...input, phase: 'auto' }, realToday) : query);
    } catch {
      /* Storage may be off; the URL still holds the plan. */
    }
    // The first notice is said too: it is what changed most for the runner (a past race, a race days away).
    if (announce) status.textContent = [`Plan updated: ${PHASES[plan.phase]} phase${plan.daysToRace !== undefined && plan.daysToRace >= 0 ? `, ${timeToRace(plan.daysToRace)}` : ''}.`, plan.notices[0]?.text].filter(Boolean).join(' ');
  };

  // The form holds no swaps; keep the runner's through every other change.
  const withSwaps = (params: URLSearchParams) => {
    const swaps = Object.entries(current?.input.swaps ?? {}).map(([slot, slug]) => `${slot}:${slug}`);
    if (swaps.length > 0) params.set('swap', swaps.join(','));
    return params;
  };

  /*
   * A phase page always shows its phase, so its links reopen the same plan:
   * choosing another phase there, or a phase button anywhere, opens that
   * phase's page (or the builder, for the calendar's phase) with the runner's inputs.
   */
  const openPhase = (phase: string) => {
    const params = withSwaps(formQuery(form));
    params.set('phase', phase);
    const query = planQuery(parsePlanQuery(params, realToday).input, realToday);
    location.assign(`${phase === 'auto' ? '/plan/' : `/plan/${phase}/`}${query ? `?${query}` : ''}`);
  };

  form.addEventListener('change', (event) => {
    if (isTypingYear(event.target)) return;
    const phase = form.elements.namedItem('phase') as HTMLSelectElement;
    if (root.dataset.phase && event.target === phase && phase.value !== root.dataset.phase) return openPhase(phase.value);
    show(withSwaps(formQuery(form)), true, event.target);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const phase = event.submitter?.dataset.phase;
    if (phase) return openPhase(phase);
    show(withSwaps(formQuery(form)), true);
    output.querySelector<HTMLElement>('#plan-title')?.setAttribute('tabindex', '-1');
    output.querySelector<HTMLElement>('#plan-title')?.focus();
  });

  output.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button.swap');
    if (!button || !current) return;
    const params = new URLSearchParams(planQuery(current.input, realToday));
    const swaps = { ...current.input.swaps, [button.dataset.slot!]: button.dataset.slug! };
    params.set('swap', Object.entries(swaps).map(([slot, slug]) => `${slot}:${slug}`).join(','));
    show(params, true);
    output.querySelector<HTMLElement>(`tr[data-slot="${CSS.escape(button.dataset.slot!)}"] a`)?.focus();
  });

  root.querySelector('.plan-tools')!.addEventListener('click', async (event) => {
    const action = (event.target as Element).closest<HTMLButtonElement>('button')?.dataset.action;
    if (action === 'print') window.print();
    if (action === 'copy') {
      try {
        await navigator.clipboard.writeText(location.href);
        status.textContent = 'Link copied.';
      } catch {
        // No clipboard (an insecure page) or no permission: the address bar holds the same link.
        status.textContent = 'Copying was not allowed here; copy the link from the address bar instead.';
      }
    }
    if (action === 'ics' && current) {
      if (!current.input.raceDate) {
        status.textContent = 'Add a race date first: the calendar runs from today to race day.';
        return;
      }
      if (planEvents(current.plan).length === 0) {
        status.textContent =
          current.plan.weeks.length === 0 && (current.plan.daysToRace ?? 0) < 0
            ? 'Your race and its recovery are past: set your next race to fill a calendar.'
            : 'There are no sessions left to add: no lifting is planned between today and the end of this plan.';
        return;
      }
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([planToIcs(current.plan, data.site.url, data.site.name, new Date())], { type: 'text/calendar' }));
      link.download = 'carryover-strength-sessions.ics';
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      status.textContent = 'Calendar file downloaded.';
    }
  });

  let params = new URLSearchParams(location.search);
  if ([...params.keys()].length === 0) {
    try {
      params = new URLSearchParams(localStorage.getItem(STORAGE_KEY) ?? '');
    } catch {
      /* no storage: keep the defaults */
    }
  }
  // A phase page opens in its phase, whatever phase a link or the runner's saved plan was in.
  if (root.dataset.phase) params.set('phase', root.dataset.phase);
  show(params, false);
}
