/**
 * MDX gives a JSX element's text as `<p>…</p>`; headings and paragraphs carry their own
 * element, so the wrapper is removed. The inner HTML is MDX's own escaped output.
 */
export function unwrapParagraph(html: string): string {
  const trimmed = html.trim();
  const m = /^<p>([\s\S]*)<\/p>$/.exec(trimmed);
  return m && !m[1]!.includes('<p>') ? m[1]! : trimmed;
}
