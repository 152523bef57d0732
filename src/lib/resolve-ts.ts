import { registerHooks } from 'node:module';

/**
 * Lets Node import the project's TypeScript outside Vite. Node strips the
 * types itself, but our modules import each other without file extensions,
 * as Vite allows, so this adds `.ts` to extensionless relative imports
 * outside node_modules. Call it before importing such a module.
 */
export function resolveTsExtensions(): void {
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const ours = !context.parentURL?.includes('/node_modules/');
      const extensionless = /^\.\.?\//.test(specifier) && !/\.\w+$/.test(specifier);
      return nextResolve(ours && extensionless ? `${specifier}.ts` : specifier, context);
    },
  });
}
