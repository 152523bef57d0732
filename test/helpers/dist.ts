import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

/** Every `.html` file under a built site, as site paths like `/guides/x/index.html`. */
export function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) found.push(`/${relative(dir, path)}`);
    }
  };
  walk(dir);
  return found.sort();
}

/** A built page parsed by a real HTML parser. */
export function readPage(dir: string, sitePath: string): Document {
  return parseHTML(readFileSync(join(dir, sitePath), 'utf8')).document as unknown as Document;
}

/** Whether a root-relative URL resolves to a file in the built site, as a static host would serve it. */
export function resolves(dir: string, url: string): boolean {
  const path = decodeURIComponent(new URL(url, 'http://site.test').pathname);
  const file = join(dir, path);
  if (path.endsWith('/')) return existsSync(join(file, 'index.html'));
  return existsSync(file) || existsSync(`${file}.html`) || existsSync(join(file, 'index.html'));
}
