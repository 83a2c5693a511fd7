import type { DocumentInput } from '../../src/schema/document.ts';
import { provinces } from '../../src/schema/regions.ts';
import type { DepartmentIndex } from './department-index.ts';
import type { Block } from './types.ts';

type Mention = NonNullable<DocumentInput['mentions']>[number];

/**
 * Names that look like a government body (省X厅, 国家X局, 吉林省X委员会) but that the registry
 * does not know: listed in the build report so the registry can grow, never dropped silently.
 */
const BODY_LIKE = new RegExp(
  `(?:${provinces.map((p) => p.name).join('|')}|省|自治区)[\\u4e00-\\u9fa5]{1,8}?(?:厅|局|委员会|办公室)|国家[\\u4e00-\\u9fa5]{1,8}?(?:局|委员会)`,
  'g',
);
/** A body-like name ends with one of these; a text without any holds none (a cheap test first). */
const BODY_END = /[厅局委办]/;
/** Words that make a body-like name something else: a group, a Party organ, a level, a place. */
const NOT_A_BODY = /(领导小组|工作组|党委|省级|省市|省内|省外|省份)/;

/** Registry bodies the document names, each with its printed forms and sections, in text order. */
export function findMentions(
  blocks: readonly Block[],
  region: string | null,
  index: DepartmentIndex,
): { mentions: Mention[]; unknown: string[] } {
  const byName = new Map<string, Mention>();
  const unknown = new Set<string>();
  for (const b of blocks) {
    if (b.role === 'title' || b.role === 'docNumber') continue;
    const text = b.text.replace(/[\s\u3000]/g, '');
    const matches = index.scan(text, region);
    for (const m of matches) {
      const name = m.department.name;
      const mention = byName.get(name) ?? { department: name, printed: [], sections: [] };
      byName.set(name, mention);
      if (!mention.printed.includes(m.printed)) mention.printed.push(m.printed);
      const section = b.section ?? '';
      if (!mention.sections.includes(section)) mention.sections.push(section);
    }
    if (!BODY_END.test(text)) continue;
    for (const u of text.matchAll(BODY_LIKE)) {
      const start = u.index;
      const end = start + u[0].length;
      const covered = matches.some((m) => m.index < end && m.index + m.printed.length > start);
      if (!covered && !NOT_A_BODY.test(u[0].slice(0, 4))) unknown.add(u[0]);
    }
  }
  return { mentions: [...byName.values()], unknown: [...unknown].sort() };
}
