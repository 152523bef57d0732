/*
 * Page weight: what a page costs before the reader does anything. The page
 * weight test asserts budgets with it and `npm run bench` reports the same
 * numbers, so this file imports nothing but packages (Node runs it directly).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/** Gzipped bytes of one page type: the HTML, and the CSS and JS it loads before any interaction. */
export interface PageWeight {
  /** The page, e.g. `/guides/x/`. */
  path: string;
  /** The HTML document, inline scripts and styles included. */
  html: number;
  /** Stylesheets it links plus its inline `<style>` elements. */
  css: number;
  /** Scripts it loads (with their static imports and module preloads) plus its inline scripts. */
  js: number;
  /** What travels: the HTML plus every linked file, each gzipped on its own. */
  total: number;
  /** Each linked file once, with its gzipped size. */
  files: { url: string; kind: 'css' | 'js'; bytes: number }[];
  /** Stylesheets and scripts from another host (not counted). */
  external: string[];
}

/**
 * Gzipped size of a file as a static host sends it: text gzipped, and what is
 * compressed already (Pagefind's index, images) as it is.
 * @example compressed(Buffer.from('a'.repeat(1000))) // about 20
 */
export function compressed(body: Uint8Array | string): number {
  const raw = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  return Math.min(raw, gzipSync(body).length);
}

const gz = (body: Uint8Array | string) => gzipSync(body).length;

// Scripts a browser runs; JSON and structured data are data, counted in the HTML only.
const RUNS = ['script:not([type])', 'script[type="module"]', 'script[type="text/javascript"]'];
// A static `import … from "x"` or `import "x"`; dynamic `import()` loads later, on use.
const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g;

/** The file a site path names: `/x/` is `/x/index.html`. */
export function pageFile(dir: string, path: string): string {
  return join(dir, path.endsWith('/') ? `${path}index.html` : path);
}

/**
 * Weighs one built page in the site folder `dir`.
 * @example pageWeight('dist', '/plan/') // { path: '/plan/', html: 9000, css: 6000, js: 9000, … }
 */
export function pageWeight(dir: string, path: string): PageWeight {
  const html = readFileSync(pageFile(dir, path), 'utf8');
  const { document } = parseHTML(html);
  const files = new Map<string, { url: string; kind: 'css' | 'js'; bytes: number }>();
  const external: string[] = [];
  const local = (url: string) => {
    const resolved = new URL(url, `http://site.test${path}`);
    if (resolved.host !== 'site.test') external.push(url);
    return resolved.host === 'site.test' ? resolved.pathname : undefined;
  };
  const addScript = (url: string) => {
    if (files.has(url)) return;
    const code = readFileSync(join(dir, url), 'utf8');
    files.set(url, { url, kind: 'js', bytes: gz(code) });
    for (const match of code.matchAll(STATIC_IMPORT)) addScript(new URL(match[1]!, `http://site.test${url}`).pathname);
  };

  for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]')) {
    const url = local(link.getAttribute('href')!);
    if (url && !files.has(url)) files.set(url, { url, kind: 'css', bytes: gz(readFileSync(join(dir, url))) });
  }
  const scripts = [...document.querySelectorAll([...RUNS.map((s) => `${s}[src]`), 'link[rel="modulepreload"][href]'].join(', '))];
  for (const element of scripts) {
    const url = local(element.getAttribute('src') ?? element.getAttribute('href')!);
    if (url) addScript(url);
  }

  const inlineCss = [...document.querySelectorAll('style')].reduce((sum, el) => sum + gz(el.textContent ?? ''), 0);
  const inlineJs = [...document.querySelectorAll(RUNS.join(', '))].filter((el) => !el.hasAttribute('src')).reduce((sum, el) => sum + gz(el.textContent ?? ''), 0);
  const linked = (kind: 'css' | 'js') => [...files.values()].filter((file) => file.kind === kind).reduce((sum, file) => sum + file.bytes, 0);
  const htmlBytes = gz(html);
  return {
    path,
    html: htmlBytes,
    css: linked('css') + inlineCss,
    js: linked('js') + inlineJs,
    total: htmlBytes + linked('css') + linked('js'),
    files: [...files.values()],
    external,
  };
}

/**
 * The page types the budgets cover, each as one page of a built site (the
 * first by name where there are many).
 * @example pageTypes('dist').guide // '/guides/building-the-posterior-chain/'
 */
export function pageTypes(dir: string): Record<string, string> {
  const first = (folder: string) => {
    const found = readdirSync(join(dir, folder))
      .sort()
      .find((name) => existsSync(join(dir, folder, name, 'index.html')));
    if (!found) throw new Error(`No page under ${folder}/ in ${dir}`);
    return `/${folder}/${found}/`;
  };
  return {
    home: '/',
    guide: first('guides'),
    exercise: first('exercises'),
    'exercise index': '/exercises/',
    'plan index': '/plan/',
    'plan phase': first('plan'),
    search: '/search/',
    'embed card': first('embed/exercises'),
  };
}

const KB = 1024;

/**
 * The byte budgets (gzipped) per page type: `js`, `css` or `total` at most
 * so many bytes. CSS is at most 25 KB on every page type.
 * @example BUDGETS.guide // { js: 5120, css: 25600 }
 */
export const BUDGETS: Record<string, Partial<Record<'js' | 'css' | 'total', number>>> = {
  home: { css: 25 * KB },
  guide: { js: 5 * KB, css: 25 * KB },
  exercise: { js: 5 * KB, css: 25 * KB },
  'exercise index': { css: 25 * KB },
  'plan index': { js: 20 * KB, css: 25 * KB },
  'plan phase': { js: 20 * KB, css: 25 * KB },
  search: { css: 25 * KB },
  'embed card': { total: 20 * KB, css: 25 * KB },
};
