/** Where the content collections load from: `content/`, or the folder CARRYOVER_CONTENT_DIR names. */
export function contentDir(env: Record<string, string | undefined>): string {
  const dir = env.CARRYOVER_CONTENT_DIR?.trim();
  return (dir && dir.length > 0 ? dir : './content').replace(/\/+$/, '');
}
