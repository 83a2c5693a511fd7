/** Entries of the table of contents longer than this many characters are shortened. */
export const TOC_LABEL_LENGTH = 24;

/**
 * A section's entry in the table of contents: its heading when short; otherwise its first
 * clause (up to the first ，；： or 。), or failing that its first characters, then …. Run-in
 * headings are whole sentences (（一）省市场监督管理厅将提供快速确权保护，根据需求……), which the
 * contents would otherwise repeat in full; the body shows them whole.
 */
export function tocLabel(heading: string, max = TOC_LABEL_LENGTH): string {
  const chars = [...heading];
  if (chars.length <= max) return heading;
  const clause = [.../^[^，；：。]*/.exec(heading)![0]];
  return `${(clause.length > 0 && clause.length < max ? clause : chars.slice(0, max - 1)).join('')}…`;
}
