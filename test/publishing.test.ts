import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import sharp from 'sharp';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../src/lib/headers/headers-file';
import { buildSite } from './helpers/build';
import { htmlFiles, readPage, resolves } from './helpers/dist';
import { tempDir } from './helpers/paths';

const dir = inject('siteDir');
const url = inject('siteUrl');
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const pages = htmlFiles(dir).filter((p) => !p.startsWith('/embed/'));
const pathOf = (file: string) => file.replace(/index\.html$/, '');
const kindOf = (file: string) => {
  if (/^\/guides\/[^/]+\/index\.html$/.test(file)) return 'guide';
  if (/^\/exercises\/[^/]+\/index\.html$/.test(file) && readPage(dir, file).querySelector('article.exercise')) return 'exercise';
  if (/^\/plan\/[^/]+\/index\.html$/.test(file)) return 'phase';
  return 'other';
};
const guides = pages.filter((p) => kindOf(p) === 'guide');
const exercises = pages.filter((p) => kindOf(p) === 'exercise');
const phases = pages.filter((p) => kindOf(p) === 'phase');

/** A same-site absolute URL as the path a static host would serve. */
const local = (absolute: string) => {
  expect(absolute.startsWith(`${url}/`), `${absolute} is on ${url}`).toBe(true);
  return new URL(absolute).pathname;
};

describe('social images and meta tags', () => {
  test('there is one page of each kind to check', () => {
    expect([guides.length, exercises.length, phases.length]).toEqual([expect.any(Number), expect.any(Number), 5]);
    expect(guides.length).toBeGreaterThanOrEqual(14);
    expect(exercises.length).toBeGreaterThanOrEqual(40);
  });

  test.each(pages)('%s has its title, description, canonical URL and a 1200×630 PNG card', async (file) => {
    const document = readPage(dir, file);
    const meta = (key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
    if (file === '/404.html') {
      expect(document.querySelector('link[rel="canonical"]')).toBeNull();
      expect(meta('robots')).toBe('noindex');
      // A page for any missing address names no URL of its own.
      expect(document.querySelector('meta[property="og:url"]')).toBeNull();
    } else {
      const canonical = document.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
      expect(local(canonical)).toBe(pathOf(file));
      expect(meta('og:url')).toBe(canonical);
    }
    expect(meta('og:title').length).toBeGreaterThan(0);
    expect(meta('og:description')).toBe(meta('description'));
    // Search results show about 160 characters; a cut description ends at a word, with an ellipsis.
    expect(meta('description').length).toBeLessThanOrEqual(160);
    expect(meta('description')).toMatch(/[.!?…”)]$/);
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('og:image:alt').length).toBeGreaterThan(10);

    const image = local(meta('og:image'));
    expect(meta('twitter:image')).toBe(meta('og:image'));
    const kind = kindOf(file);
    const slug = pathOf(file).split('/').at(-2);
    const expected = { guide: `/og/guides/${slug}.png`, exercise: `/og/exercises/${slug}.png`, phase: `/og/plan/${slug}.png`, other: '/og/site.png' }[kind];
    expect(image).toBe(expected);
    const { format, width, height } = await sharp(join(dir, image)).metadata();
    expect([format, width, height, meta('og:image:width'), meta('og:image:height')]).toEqual(['png', 1200, 630, '1200', '630']);
    expect(meta('og:type')).toBe(kind === 'guide' ? 'article' : 'website');
  });

  test('cards differ page to page', () => {
    const cards = [...guides, ...exercises, ...phases].map((file) => readPage(dir, file).querySelector('meta[property="og:image"]')!.getAttribute('content')!);
    const bytes = new Set(cards.map((card) => readFileSync(join(dir, local(card))).toString('base64')));
    expect(bytes.size).toBe(cards.length);
  });
});

describe('structured data', () => {
  const blocks = (file: string) =>
    [...readPage(dir, file).querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent!) as Record<string, any>);
  const ofType = (file: string, type: string) => blocks(file).filter((block) => block['@type'] === type);

  test.each(pages)('%s: every block parses, names schema.org, and its breadcrumbs lead here', (file) => {
    const all = blocks(file);
    if (file === '/404.html') return;
    expect(all.length).toBeGreaterThan(0);
    for (const block of all) expect(block['@context']).toBe('https://schema.org');
    const trails = ofType(file, 'BreadcrumbList');
    if (file === '/index.html') {
      expect(ofType(file, 'WebSite')).toHaveLength(1);
      return;
    }
    expect(trails).toHaveLength(1);
    const items = trails[0]!['itemListElement'] as { position: number; name: string; item: string }[];
    expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
    expect(items[0]!.item).toBe(`${url}/`);
    expect(local(items.at(-1)!.item)).toBe(pathOf(file));
    for (const item of items) {
      expect(item.name.length).toBeGreaterThan(0);
      expect(resolves(dir, local(item.item)), item.item).toBe(true);
    }
  });

  test.each(guides)('%s is an Article with dates, author and image', (file) => {
    const [articleLd] = ofType(file, 'Article');
    const document = readPage(dir, file);
    expect(articleLd).toMatchObject({ headline: document.querySelector('h1')!.textContent, author: { '@type': 'Organization', name: expect.any(String) } });
    expect(articleLd!['datePublished']).toBe(document.querySelector('.guide-header time')!.getAttribute('datetime'));
    expect(articleLd!['dateModified'] >= articleLd!['datePublished']).toBe(true);
    expect(statSync(join(dir, local(articleLd!['image'][0]))).size).toBeGreaterThan(1000);
    expect(local(articleLd!['mainEntityOfPage'])).toBe(pathOf(file));
  });

  test.each(exercises)('%s is a HowTo with a step per cue, named as the page names it', (file) => {
    const [howTo] = ofType(file, 'HowTo');
    const document = readPage(dir, file);
    expect(howTo!['name']).toBe(document.querySelector('h1')!.textContent);
    const also = [...document.querySelectorAll('article p')].find((p) => p.textContent!.startsWith('Also called '))?.textContent;
    expect(howTo!['alternateName']).toEqual(also?.replace(/^Also called /, '').replace(/\.$/, '').split(', '));
    const cues = [...document.querySelectorAll('section[aria-labelledby="cues"] li')].map((li) => li.textContent);
    expect(howTo!['step'].map((s: { '@type': string; text: string }) => s['@type'] === 'HowToStep' && s.text)).toEqual(cues);
    // The page's description is the HowTo's, cut to fit a search result when it is longer.
    const description = document.querySelector('meta[name="description"]')!.getAttribute('content')!;
    expect(howTo!['description'].startsWith(description.replace(/…$/, ''))).toBe(true);
    expect(resolves(dir, local(howTo!['image']))).toBe(true);
  });

  test.each(phases)('%s is an ExercisePlan with frequency, repetitions, rest, intensity and its lifts', (file) => {
    const [plan] = ofType(file, 'ExercisePlan');
    for (const key of ['name', 'activityFrequency', 'additionalVariable', 'restPeriods', 'intensity', 'exerciseType']) expect(plan![key], key).toMatch(/\S/);
    // schema.org's repetitions is a number or a QuantitativeValue, not text.
    expect(plan!['repetitions']).toMatchObject({ '@type': 'QuantitativeValue', minValue: expect.any(Number), maxValue: expect.any(Number) });
    expect(plan!['repetitions'].minValue).toBeLessThanOrEqual(plan!['repetitions'].maxValue);
    expect(plan!['activityFrequency']).toMatch(/^\d sessions? per week$/);
    expect(plan!['hasPart'].length).toBeGreaterThan(1);
    for (const part of plan!['hasPart']) expect(resolves(dir, local(part.url)), part.url).toBe(true);
  });
});

describe('images', () => {
  const pictures = guides.flatMap((file) => [...readPage(dir, file).querySelectorAll('main picture')].map((picture) => ({ file, picture })));

  test('guides carry a hero and a body image', () => {
    expect(pictures.filter(({ picture }) => picture.querySelector('img.hero')).length).toBeGreaterThanOrEqual(1);
    expect(pictures.filter(({ picture }) => picture.closest('figure.figure')).length).toBeGreaterThanOrEqual(1);
  });

  test('every picture offers AVIF and WebP at several real widths, with a sized, described fallback', () => {
    for (const { file, picture } of pictures) {
      const types = [...picture.querySelectorAll('source')].map((source) => source.getAttribute('type'));
      expect(types, file).toEqual(['image/avif', 'image/webp']);
      for (const source of picture.querySelectorAll('source')) {
        const candidates = source.getAttribute('srcset')!.split(',').map((c) => c.trim().split(' '));
        expect(candidates.length, file).toBeGreaterThan(1);
        for (const [src, width] of candidates) {
          expect(width).toMatch(/^\d+w$/);
          expect(resolves(dir, src!), src).toBe(true);
        }
        expect(source.getAttribute('sizes')).toBeTruthy();
      }
      const img = picture.querySelector('img')!;
      expect(Number(img.getAttribute('width')), file).toBeGreaterThan(0);
      expect(Number(img.getAttribute('height')), file).toBeGreaterThan(0);
      expect(img.getAttribute('alt')!.length, file).toBeGreaterThan(20);
      // The hero is at the top of the page and loads first; the rest wait until they are scrolled to.
      if (img.classList.contains('hero')) expect([img.getAttribute('loading'), img.getAttribute('fetchpriority')]).toEqual(['eager', 'high']);
      else expect(img.getAttribute('loading')).toBe('lazy');
    }
  });
});

describe('feed, sitemap and robots.txt', () => {
  test('the RSS feed reads back in a feed parser with every guide, newest first, linking to real pages', () => {
    const feed = parseFeed(read('rss.xml'));
    expect(feed.title).toMatch(/guides/);
    expect(feed.url).toBe(`${url}/`);
    expect(feed.items.map((item) => local(item.url!)).sort()).toEqual(guides.map(pathOf).sort());
    const dates = feed.items.map((item) => item.published!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of feed.items) {
      const document = readPage(dir, `${local(item.url!)}index.html`);
      expect(item.title).toBe(document.querySelector('h1')!.textContent);
      expect(item.description).toBe(document.querySelector('meta[name="description"]')!.getAttribute('content'));
      expect(item.published!.toISOString().slice(0, 10)).toBe(document.querySelector('.guide-header time')!.getAttribute('datetime'));
      // Categories are the tags as the guide shows them, not their URL slugs.
      const shownTags = [...document.querySelectorAll('ul[aria-label="Tags"] a')].map((a) => a.textContent!.trim());
      expect(item.categories.map((category) => category.label ?? category.term)).toEqual(shownTags);
      expect(item.authors.map((a) => a.name)).toEqual([expect.stringMatching(/\S/)]);
    }
    const announced = readPage(dir, '/index.html').querySelector('link[rel="alternate"][type="application/rss+xml"]')!;
    expect(announced.getAttribute('href')).toBe('/rss.xml');
    expect(announced.getAttribute('title')).toBe(feed.title);
  });

  test('the sitemap is valid XML listing every page but the embed cards, each one real', () => {
    const parser = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' });
    expect(SyntaxValidator.validate(read('sitemap-index.xml'))).toBe(true);
    const index = parser.parse(read('sitemap-index.xml'));
    const listed = (index.sitemapindex.sitemap as { loc: string }[]).flatMap(({ loc }) => {
      const text = read(local(loc));
      expect(SyntaxValidator.validate(text)).toBe(true);
      return (parser.parse(text).urlset.url as { loc: string }[]).map((u) => local(u.loc));
    });
    for (const path of listed) expect(resolves(dir, path), path).toBe(true);
    expect(listed.some((path) => path.startsWith('/embed/'))).toBe(false);
    const expected = pages.filter((file) => file !== '/404.html').map(pathOf);
    expect([...listed].sort()).toEqual(expect.arrayContaining(expected));
    expect(listed.length).toBe(new Set(listed).size);
  });

  test('each guide in the sitemap says when its advice last changed, as its page does; other pages say nothing', () => {
    const parser = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' });
    const index = parser.parse(read('sitemap-index.xml'));
    const entries = (index.sitemapindex.sitemap as { loc: string }[]).flatMap(({ loc }) => parser.parse(read(local(loc))).urlset.url as { loc: string; lastmod?: string }[]);
    const guideEntries = entries.filter((entry) => /^\/guides\/[^/]+\/$/.test(local(entry.loc)) && !/^\/guides\/\d+\/$/.test(local(entry.loc)));
    expect(guideEntries.length).toBe(guides.length);
    for (const entry of guideEntries) {
      const page = readPage(dir, `${local(entry.loc)}index.html`);
      const time = page.querySelector('meta[property="article:modified_time"]') ?? page.querySelector('meta[property="article:published_time"]')!;
      const shown = time.getAttribute('content')!.slice(0, 10);
      expect(String(entry.lastmod).slice(0, 10), entry.loc).toBe(shown);
    }
    for (const entry of entries.filter((entry) => !guideEntries.includes(entry))) expect(entry.lastmod, entry.loc).toBeUndefined();
  });

  test('robots.txt allows crawling and names the sitemap', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*\nAllow: \/$/m);
    const sitemap = robots.match(/^Sitemap: (\S+)$/m)![1]!;
    expect(local(sitemap)).toBe('/sitemap-index.xml');
    expect(resolves(dir, '/sitemap-index.xml')).toBe(true);
  });
});

describe('the headers file for static hosts', () => {
  const rules = parseHeadersFile(read('_headers'));
  const one = (path: string, name: string) => headersFor(rules, path).get(name)?.join(', ');

  test.each(['/', '/guides/a/', '/exercises/a/', '/plan/base/', '/embed/exercises/a/', '/og/site.png', '/_astro/a.js', '/rss.xml'])('%s gets the security headers', (path) => {
    expect(Number(one(path, 'strict-transport-security')?.match(/max-age=(\d+)/)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(one(path, 'x-content-type-options')).toBe('nosniff');
    expect(one(path, 'referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(one(path, 'permissions-policy')).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  });

  test('hashed assets are cached for a year; pages, feeds and the sitemap revalidate', () => {
    expect(one('/_astro/page.Bx1c9.js', 'cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/guides/a/', '/rss.xml', '/sitemap-index.xml', '/og/site.png', '/pagefind/pagefind.js', '/embed.js']) {
      expect(one(path, 'cache-control') ?? '', path).not.toMatch(/immutable/);
    }
  });
});

describe('social cards are drawn once per distinct card, the same bytes every time', () => {
  const work = tempDir('social-cards');
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const valid = new URL('./fixtures/valid-content/', import.meta.url).pathname;
  const content = join(work, 'content');
  const cache = join(work, 'cache');
  const cards = () =>
    Object.fromEntries(readdirSync(join(cache, 'social-cards')).filter((f) => f.endsWith('.png')).map((f) => [f, statSync(join(cache, 'social-cards', f)).mtimeMs]));
  const build = async (out: string) => {
    const result = await buildSite({ contentDir: content, outDir: join(work, out), cacheDir: cache });
    expect(result.code, result.output.slice(-2000)).toBe(0);
    return (path: string) => readFileSync(join(work, out, path));
  };

  test('an unchanged build reuses every card; a changed title redraws only its own', async () => {
    cpSync(valid, content, { recursive: true });
    const first = await build('first');
    const drawn = cards();
    expect(Object.keys(drawn).length).toBeGreaterThan(3);

    const second = await build('second');
    expect(cards()).toEqual(drawn);
    for (const path of ['og/guides/first-guide.png', 'og/exercises/hip-bridge.png', 'og/plan/base.png', 'og/site.png']) expect(second(path).equals(first(path)), path).toBe(true);

    const guide = join(content, 'guides/first-guide.mdx');
    writeFileSync(guide, readFileSync(guide, 'utf8').replace(/^title: .*$/m, 'title: A retitled first guide'));
    const third = await build('third');
    const now = cards();
    const added = Object.keys(now).filter((f) => !(f in drawn));
    expect(added).toHaveLength(1);
    for (const [file, mtime] of Object.entries(drawn)) expect(now[file], file).toBe(mtime);
    expect(third('og/guides/first-guide.png').equals(first('og/guides/first-guide.png'))).toBe(false);
    expect(third('og/exercises/hip-bridge.png').equals(first('og/exercises/hip-bridge.png'))).toBe(true);
  });
});
