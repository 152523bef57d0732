/*
 * Lighthouse (mobile preset: a mid-range phone on a slow 4G link, simulated)
 * on Debian's Chromium, over a built site served with gzip as a CDN would.
 * Navigation mode measures LCP, CLS and TBT; INP needs a real interaction, so
 * TBT stands in for it, as Lighthouse itself suggests.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../../test/helpers/browser.ts';
import { serveStatic } from '../../test/helpers/serve.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One page's Lighthouse result, the median run by performance score. */
export interface LighthouseResult {
  page: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Largest Contentful Paint and Total Blocking Time in ms, Cumulative Layout Shift unitless. */
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Audits that cost points: weighed in a category and scored below 1. */
  lost: { category: string; id: string; title: string; score: number; displayValue?: string }[];
}

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function summarise(page: string, path: string, lhr: Report): LighthouseResult {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const lost = CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id]!)
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => ({ category, id: audit.id, title: audit.title, score: audit.score!, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) })),
  );
  return {
    page,
    path,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as LighthouseResult['scores'],
    lcpMs: Math.round(numeric('largest-contentful-paint')),
    cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
    tbtMs: Math.round(numeric('total-blocking-time')),
    lost,
  };
}

/**
 * Runs Lighthouse `runs` times on each page of the site in `dir` and keeps
 * each page's median run by performance score.
 * @example await runLighthouse('bench/out/site', { home: '/', guide: '/guides/x/' }, 3)
 */
export async function runLighthouse(dir: string, pages: Record<string, string>, runs: number): Promise<LighthouseResult[]> {
  const server = await serveStatic(dir, 0, { compress: true });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const [page, path] of Object.entries(pages)) {
      const tries: LighthouseResult[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${result.lhr.runtimeError.message}`);
        tries.push(summarise(page, path, result.lhr));
      }
      tries.sort((a, b) => a.scores.performance - b.scores.performance);
      results.push(tries[Math.floor(tries.length / 2)]!);
      console.log(`lighthouse: ${page} ${path}: ${JSON.stringify(results.at(-1)!.scores)}`);
    }
    return results;
  } finally {
    chrome.kill();
    await server.stop();
  }
}
