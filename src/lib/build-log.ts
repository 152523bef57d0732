/*
 * Astro marks every compiled MDX module with the directive
 * "use astro:head-inject" for its own head handling, and Rolldown then warns
 * that bundling may not keep the directive: ten lines per guide on every
 * build (withastro/astro#18087, open; the expected result there is no
 * warning). Nothing reads the directive after
 * bundling, and test/build-output.test.ts checks the pages' heads, so the
 * warning only buries the ones an author needs to see. Only this one is
 * dropped; every other log passes through unchanged.
 */

type LogLevel = 'info' | 'debug' | 'warn';

/** The part of a Rolldown log this filter reads. */
export interface BuildLog {
  code?: string;
  message: string;
}

const HEAD_INJECT_DIRECTIVE = '"use astro:head-inject"';

/** True for Rolldown's warning about Astro's own MDX directive, and nothing else. */
function isHeadInjectWarning(level: LogLevel, log: BuildLog): boolean {
  return level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes(HEAD_INJECT_DIRECTIVE);
}

/**
 * Rolldown's `onLog` for the build: passes every log to Vite's handler except
 * the head-inject warning above.
 * @example vite: { build: { rolldownOptions: { onLog: withoutHeadInjectWarnings } } }
 */
export function withoutHeadInjectWarnings<Log extends BuildLog>(level: LogLevel, log: Log, handler: (level: LogLevel, log: Log) => void): void {
  if (!isHeadInjectWarning(level, log)) handler(level, log);
}
