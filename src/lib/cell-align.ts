import type { HastPluginDefinition } from 'satteri';

const ALIGNED = /^text-align:\s*(left|center|right);?$/;

/**
 * A Markdown table's column alignment (`| :-: |`) as a class on each cell,
 * `align-center` and so on, which the global stylesheet aligns. Left alone,
 * Astro's Markdown processor (Sätteri) writes it as a style attribute, which
 * the content security policy blocks.
 */
export const cellAlign: HastPluginDefinition = {
  name: 'carryover-cell-align',
  element: {
    // Sätteri picks out the cells natively; only they reach this function.
    filter: ['td', 'th'],
    visit(cell, ctx) {
      const align = ALIGNED.exec(String(cell.properties.style ?? ''))?.[1];
      if (!align) return;
      ctx.setProperty(cell, 'style', undefined);
      ctx.setProperty(cell, 'className', [...[cell.properties.className ?? []].flat().map(String), `align-${align}`]);
    },
  },
};
