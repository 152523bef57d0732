import { excerptParts, fitExcerpt, type ExcerptPart } from './excerpt';
import { PAGE_TYPES } from './facets';

/** The part of a loaded Pagefind result (`await result.data()`) that Carryover reads. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text, which every excerpt is a window of. */
  content?: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string; anchor?: { element: string; id: string } }[];
}

/** A result ready to render: every string is plain text, every link a same-site path. */
export interface ShapedResult {
  href: string;
  title: string;
  /** `Guide`, `Exercise` or `Plan template`. */
  type: string;
  description: string;
  excerpt: ExcerptPart[];
  /** Matching sections inside a guide, linked by heading. */
  sections: { href: string; title: string; excerpt: ExcerptPart[] }[];
}

/** How many matching sections a guide result lists; more would bury the next result. */
export const MAX_SECTIONS = 3;

/**
 * A same-site path for a result URL, or `undefined` for anything else
 * (another origin, `javascript:`, a protocol-relative `//host`).
 * @example safeHref('/guides/x/#the-hinge') // '/guides/x/#the-hinge'
 * @example safeHref('javascript:alert(1)') // undefined
 */
export function safeHref(url: string): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) return undefined;
  const parsed = new URL(url, 'https://carryover.invalid');
  if (parsed.origin !== 'https://carryover.invalid') return undefined;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

const TYPE_BY_SECTION: Record<string, string> = { guides: PAGE_TYPES.guide, exercises: PAGE_TYPES.exercise, plan: PAGE_TYPES.plan };

/**
 * The page type a path implies, for a page indexed without its `type`
 * metadata (the first path segment names the collection).
 * @example typeFromPath('/plan/base/') // 'Plan template'
 */
export function typeFromPath(path: string): string {
  return TYPE_BY_SECTION[path.split('/')[1] ?? ''] ?? '';
}

/**
 * Shapes a Pagefind result for display, or `undefined` when its URL is not
 * a path on this site. Guides list up to three matching sections (headings
 * with ids that Pagefind found hits under); other pages are one result.
 * @example shapeResult({ url: '/exercises/rdl/', excerpt: 'the <mark>RDL</mark>', meta: { title: 'RDL', type: 'Exercise' } })?.title // 'RDL'
 */
export function shapeResult(data: PagefindResultData): ShapedResult | undefined {
  const href = safeHref(data.url);
  if (href === undefined) return undefined;
  const type = data.meta['type'] ?? typeFromPath(href);
  const sections =
    type === 'Guide'
      ? (data.sub_results ?? [])
          .filter((sub) => sub.anchor !== undefined)
          .flatMap((sub) => {
            const subHref = safeHref(sub.url);
            return subHref === undefined || subHref === href ? [] : [{ href: subHref, title: sub.title, excerpt: fitExcerpt(excerptParts(sub.excerpt), data.content) }];
          })
          .slice(0, MAX_SECTIONS)
      : [];
  return {
    href,
    title: data.meta['title'] ?? href,
    type,
    description: data.meta['description'] ?? '',
    excerpt: fitExcerpt(excerptParts(data.excerpt), data.content),
    sections,
  };
}

/**
 * What the live region says after a search, so a screen reader hears how
 * many results there are (and when a misspelling was corrected).
 * @example resultCountMessage(3, 'hamstring') // '3 results for “hamstring”.'
 * @example resultCountMessage(2, 'romainian', 'romanian') // '2 results for “romanian” (corrected from “romainian”).'
 */
export function resultCountMessage(count: number, query: string, corrected?: string): string {
  const results = (n: number) => (n === 1 ? '1 result' : `${n} results`);
  const forQuery = (q: string) => (q ? ` for “${q}”` : '');
  if (corrected !== undefined) return `${results(count)}${forQuery(corrected)} (corrected from “${query}”).`;
  if (count === 0) return `No results${forQuery(query)}.`;
  return `${results(count)}${forQuery(query)}.`;
}
