import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import Callout from './Callout.astro';
import PlanLink from './PlanLink.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>, slot?: string) =>
  parseHTML(
    `<body>${await container.renderToString(component, { props, ...(slot ? { slots: { default: slot } } : {}), request: new Request('https://carryover.example/guides/x/') })}</body>`,
  ).document;

describe('Callout', () => {
  test.each([
    ['insight', 'Insight'],
    ['warning', 'Watch out'],
    ['tip', 'Tip'],
  ])('type %s is labelled “%s” by default', async (type, label) => {
    const document = await render(Callout, { type }, 'Body text');
    const aside = document.querySelector('aside')!;
    expect(aside.classList.contains(type)).toBe(true);
    expect(aside.getAttribute('aria-label')).toBe(label);
    expect(aside.querySelector('.title')!.textContent).toBe(label);
    expect(aside.textContent).toContain('Body text');
  });

  test('an author title replaces the default', async () => {
    const document = await render(Callout, { type: 'tip', title: 'Log it' }, 'x');
    expect(document.querySelector('aside')!.getAttribute('aria-label')).toBe('Log it');
  });

  test('an unknown type stops the build, naming the page and the allowed types', async () => {
    await expect(render(Callout, { type: 'note' }, 'x')).rejects.toThrow(
      '<Callout type="note"> in /guides/x/: expected type "insight", "warning" or "tip".',
    );
  });
});

describe('PlanLink', () => {
  test('links to the phase template, with a default label', async () => {
    const link = (await render(PlanLink, { phase: 'taper' })).querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/plan/taper/');
    expect(link.textContent).toContain('Open the taper template');
  });

  test('an unknown phase stops the build', async () => {
    await expect(render(PlanLink, { phase: 'offseason' })).rejects.toThrow('<PlanLink phase="offseason"> in /guides/x/: expected one of base, build, peak, taper, recovery.');
  });
});
