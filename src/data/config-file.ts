import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { contentDir } from '../lib/content-dir';

/** Thrown when a config file in `content/` is unreadable or breaks its schema; the build stops with its message. */
export class ConfigFileError extends Error {
  override name = 'ConfigFileError';
}

/**
 * Where a config file lives: in the content folder being built, or, when that
 * folder has none (a benchmark's, a fixture's), the bundled `content/` one.
 * @example configPath('site.yaml') // '/work/main/content/site.yaml'
 */
export function configPath(file: string, env: Record<string, string | undefined> = process.env, root = process.cwd()): string {
  const own = resolve(root, contentDir(env), file);
  return existsSync(own) ? own : resolve(root, 'content', file);
}

/**
 * Parses YAML text and checks it against `schema`; every message names `file`
 * and the field, e.g. `content/site.yaml → url: expected …`.
 */
export function parseConfig<T extends z.ZodType>(text: string, file: string, schema: T, what: string): z.output<T> {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new ConfigFileError(`${file} is not valid YAML: ${(error as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${file} → ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new ConfigFileError(`${what} do not match their schema:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** Reads and checks a config file from the content folder, see `configPath`. */
export function loadConfig<T extends z.ZodType>(file: string, schema: T, what: string): z.output<T> {
  const path = configPath(file);
  return parseConfig(readFileSync(path, 'utf8'), relative(process.cwd(), path) || file, schema, what);
}
