import type { DocumentInput } from '../../src/schema/document.ts';
import { provinces } from '../../src/schema/regions.ts';
import type { DepartmentIndex } from '../../src/registry/department-resolver.ts';
import type { Block } from './types.ts';
import { unlistedFullName } from './unlisted-bodies.ts';

type Mention = NonNullable<DocumentInput['mentions']>[number];

/**
 * Names of bodies the registry does not list: a province's, a city's or the nation's full name
 * (吉林省X局, 长春市X局, 国家X局), or a short form opening with 省/区/市/县 that the document's region or its issuer's
 * place completes. They are mentions of `unlisted` bodies, and the build report lists them so the
 * registry can grow.
 */
/** A city's full name, where nothing Chinese comes before it (、长春市…, （延边朝鲜族自治州…); no 省 or 市 inside, no 市场. */
const CITY = '(?<![\\u4e00-\\u9fa5])(?:(?![省市])[\\u4e00-\\u9fa5]){2,8}?(?:市(?!场)|自治州|盟)(?=[\\u4e00-\\u9fa5]{2})';
const BODY_LIKE = new RegExp(
  `(?:${provinces.map((p) => p.name).join('|')}|${CITY}|国家|省|自治区|区|市|县)[\\u4e00-\\u9fa5]{1,12}?(?:领导小组|厅|局|委员会|委|办公室)`,
  'g',
);
/** A body-like name ends with one of these; a text without any holds none (a cheap test first). */
const BODY_END = /[厅局委办组]/;
/** A short form right after these is a level or a place, not the document's own: 各市X局, 全省X. */
const NOT_AFTER = /[各全本该每省市县区州]/;

/** Where a document is issued: its region and, for a city's or district's body, its place. */
export interface MentionContext {
  region: string | null;
  place: { city: string | null; district: string | null };
}

/**
 * Bodies the document names, registry bodies and unlisted ones, each with its printed forms
 * and sections, in text order; `unlisted` are the names of the latter.
 */
export function findMentions(
  blocks: readonly Block[],
  at: MentionContext,
  index: DepartmentIndex,
): { mentions: Mention[]; unlisted: string[] } {
  const byName = new Map<string, Mention>();
  const unlisted = new Set<string>();
  const add = (name: string, printed: string, section: string) => {
    const mention = byName.get(name) ?? { department: name, printed: [], sections: [] };
    byName.set(name, mention);
    if (!mention.printed.includes(printed)) mention.printed.push(printed);
    if (!mention.sections.includes(section)) mention.sections.push(section);
  };
  for (const b of blocks) {
    if (b.role === 'title' || b.role === 'docNumber') continue;
    const text = b.text.replace(/[\s\u3000]/g, '');
    const section = b.section ?? '';
    const matches = index.scan(text, at.region);
    for (const m of matches) add(m.department.name, m.printed, section);
    if (!BODY_END.test(text)) continue;
    for (const u of text.matchAll(BODY_LIKE)) {
      const start = u.index;
      const end = start + u[0].length;
      if (matches.some((m) => m.index < end && m.index + m.printed.length > start)) continue;
      const short = /^[省区市县]/.test(u[0]) || u[0].startsWith('自治区');
      if (short && start > 0 && NOT_AFTER.test(text[start - 1]!)) continue;
      const full = unlistedFullName(u[0], at.region, at.place);
      if (!full) continue;
      const known = index.resolve(full, at.region);
      if (known) add(known.name, u[0], section);
      else {
        add(full, u[0], section);
        unlisted.add(full);
      }
    }
  }
  return { mentions: [...byName.values()], unlisted: [...unlisted].sort() };
}
