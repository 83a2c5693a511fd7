import type { BodyBlock } from '../../src/schema/body-block.ts';
import type { Block } from '../ingest/types.ts';

/**
 * A document's body as the blocks its record publishes (data/documents/<slug>.json) and every
 * page reads: the same blocks the MDX body holds (toMdxTree), in the same order, with the
 * section each lies in. An attachment opens with its title and starts afresh, with no section;
 * the head's title and 发文字号 live in the frontmatter, not the body.
 */
export function bodyBlocks(blocks: readonly Block[]): BodyBlock[] {
  const out: BodyBlock[] = [];
  let section = '';
  let part = 0;
  for (const b of blocks) {
    if (b.role === 'title' || b.role === 'docNumber') continue;
    if (b.part > 0 && b.role === 'attachmentTitle') {
      part = b.part;
      section = '';
    }
    const base = { level: 0, lineKind: null, label: null, runIn: false, part: b.part > 0 ? part : 0, text: b.text };
    if (b.role === 'heading') {
      section = b.id ?? section;
      out.push({
        ...base,
        kind: 'heading',
        id: section,
        section,
        level: b.level ?? 1,
        label: b.label ?? null,
        runIn: b.runIn === true,
      });
    } else if (b.role === 'para') out.push({ ...base, kind: 'para', id: b.id ?? null, section });
    else out.push({ ...base, kind: 'line', id: null, section, lineKind: b.role });
  }
  return out;
}
