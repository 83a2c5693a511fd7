/**
 * Reading a published record's compact body back (data/documents/<slug>.json, written by
 * `documentDataRecord` in src/open-data/data-records.ts): every block whole, and the section tree
 * whole. No zod and no Node here: the pages and the search index read records through
 * src/archive/document-record.ts, the search page in the browser through
 * src/search/format/result-data.ts, and all of them through these two functions.
 */
import type { BodyBlock } from '../schema/body-block.ts';
import type { SectionNode } from '../schema/document.ts';

/** A block as a record writes it: a field it leaves out takes its usual value or the block before's. */
export interface CompactBlock {
  kind?: BodyBlock['kind'] | undefined;
  id?: string | undefined;
  section?: string | undefined;
  level?: number | undefined;
  lineKind?: string | undefined;
  label?: string | undefined;
  runIn?: true | undefined;
  part?: number | undefined;
}

/** A node of the section tree as a record writes it: what its heading block does not say. */
export interface CompactSection {
  id: string;
  level?: number | undefined;
  label?: string | undefined;
  heading?: string | undefined;
  children: CompactSection[];
}

/** The kind of a block that leaves its kind out: a heading has a level, a line a lineKind. */
export const impliedKind = (hasLevel: boolean, hasLineKind: boolean): BodyBlock['kind'] =>
  hasLevel ? 'heading' : hasLineKind ? 'line' : 'para';

/**
 * The blocks of a record with their texts: block i is line i of the body. A field a block
 * leaves out takes its usual value, its section and part those of the block before (a
 * heading's section is its id).
 */
export function recordBlocks(record: { body: string; blocks: readonly CompactBlock[] }): BodyBlock[] {
  const lines = record.body.split('\n');
  let section = '';
  let part = 0;
  return record.blocks.map((b, i) => {
    const kind = b.kind ?? impliedKind(b.level !== undefined, b.lineKind !== undefined);
    section = b.section ?? (kind === 'heading' ? b.id! : section);
    part = b.part ?? part;
    return {
      kind,
      id: b.id ?? null,
      section,
      level: b.level ?? 0,
      lineKind: b.lineKind ?? null,
      label: b.label ?? null,
      runIn: b.runIn ?? false,
      part,
      text: lines[i]!,
    };
  });
}

/**
 * The section tree whole again: a node's level, label and heading left out are those of its
 * heading block (the k-th node in preorder, the k-th heading block of `blocks`).
 */
export function recordSections(sections: readonly CompactSection[], blocks: readonly BodyBlock[]): SectionNode[] {
  const headings = blocks.filter((b) => b.kind === 'heading');
  let k = 0;
  const tree = (nodes: readonly CompactSection[]): SectionNode[] =>
    nodes.map((n) => {
      const h = headings[k++];
      return {
        id: n.id,
        level: n.level ?? h?.level ?? 1,
        label: n.label ?? h?.label ?? '',
        heading: n.heading ?? h?.text ?? '',
        children: tree(n.children),
      };
    });
  return tree(sections);
}
