import type { HastPluginDefinition } from 'satteri';

/**
 * Each Markdown table carries the heading of the section it sits in, as
 * `data-section`, so its scrolling region can be named apart from other
 * tables with the same columns (three weekly schedules under "Four run
 * days", "Five run days" and "Six run days").
 */
export const tableSection: HastPluginDefinition = {
  name: 'carryover-table-section',
  element: {
    // Sätteri visits in document order, so a table comes after its section's heading.
    filter: ['h2', 'h3', 'h4', 'table'],
    visit(node, ctx) {
      if (node.tagName !== 'table') ctx.data.section = ctx.textContent(node).trim();
      else if (ctx.data.section) ctx.setProperty(node, 'dataSection', ctx.data.section);
    },
  },
};
