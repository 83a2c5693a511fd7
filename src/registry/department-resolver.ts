import type { Department } from '../schema/registry.ts';
import { localPrefix, NATIONAL, provinceByName, type Province } from '../schema/regions.ts';
import { StringTrie } from './string-trie.ts';

/** A registry body found in a text: where, and the form printed there. */
export interface DepartmentMatch {
  department: Department;
  printed: string;
  index: number;
}

/** Looks names up in the department registry, in a document's regional context. */
export interface DepartmentIndex {
  /** The body a printed name stands for in `region` (吉林省), or undefined when unknown. */
  resolve(name: string, region: string | null): Department | undefined;
  /** Every registry body named in `text`, leftmost-longest, in text order. */
  scan(text: string, region: string | null): DepartmentMatch[];
}

interface Form {
  text: string;
  department: Department;
  /** A form without a province prefix (人社厅): not taken right after a city or county name. */
  bare: boolean;
}

/** Kinds whose names without the province (人民政府, 委员会) say too little to stand alone. */
const NO_BARE_FORM = new Set(['government', 'party', 'cppcc', 'congress', 'other']);
/** A bare form right after these belongs to a city, county or other level: 市卫健委, 各县人社局. */
const LOWER_LEVEL = /[市县区州盟旗乡镇]/;
/** A name running on into a longer word is not that name: 人社部门 is not 人社部. */
const RUNS_ON = /^[门委]/;

/**
 * Indexes the registry by every form a body is printed as: its name and aliases anywhere;
 * in its own region its short forms, plus two generic ones derived from a provincial name
 * R+X: 省X (吉林省教育厅 → 省教育厅) and, for departments, the bare X (教育厅).
 */
export function makeDepartmentIndex(registry: readonly Department[]): DepartmentIndex {
  const global = new Map<string, Department>();
  const regional = new Map<string, Map<string, Form>>();
  for (const d of registry) {
    // National bodies' short forms are printed everywhere, so their former ones are global too.
    const formerShort = d.region === NATIONAL.name ? d.former.flatMap((f) => f.short) : [];
    for (const n of [d.name, ...d.aliases, ...d.former.map((f) => f.name), ...formerShort]) if (!global.has(n)) global.set(n, d);
  }
  for (const d of registry) {
    const province = provinceByName(d.region);
    const forms = regional.get(d.region) ?? new Map<string, Form>();
    regional.set(d.region, forms);
    const add = (text: string, bare: boolean) => {
      if (text.length >= 2 && !global.has(text) && !forms.has(text)) forms.set(text, { text, department: d, bare });
    };
    const prefix = province ? localPrefix(province) : '';
    const formerShort = d.region === NATIONAL.name ? [] : d.former.flatMap((f) => f.short);
    for (const s of [...d.short, ...formerShort]) add(s, prefix !== '' && !s.startsWith(prefix));
    if (province && d.name.startsWith(province.name)) {
      const rest = d.name.slice(province.name.length);
      add(prefix + rest, false);
      if (!NO_BARE_FORM.has(d.kind) && rest.length >= 3) add(rest, true);
    }
  }
  const scan = makeScanner(
    [...global].map(([text, department]): Form => ({ text, department, bare: false })),
    regional,
  );
  return {
    resolve(name, region) {
      const found = global.get(name) ?? (region ? regional.get(region)?.get(name)?.department : undefined);
      if (found || !region) return found;
      const province: Province | undefined = provinceByName(region);
      // 省X in region R is R+X when the registry knows that name.
      if (province && name.startsWith(localPrefix(province)))
        return global.get(province.name + name.slice(localPrefix(province).length));
      return undefined;
    },
    scan,
  };
}

/** The forms printed as one text: the name used everywhere, or each region's own form. */
interface FormsOfText {
  everywhere: Form | undefined;
  regional: Map<string, Form>;
}

/**
 * A leftmost-longest matcher over every form of every region, read in one pass: one trie
 * holds them all, and a match counts in a region when the text is a name used everywhere or
 * that region's own form. Forms shorter than two characters never match.
 */
function makeScanner(
  everywhere: readonly Form[],
  regional: ReadonlyMap<string, ReadonlyMap<string, Form>>,
): DepartmentIndex['scan'] {
  const byText = new Map<string, FormsOfText>();
  const of = (text: string) => {
    let forms = byText.get(text);
    if (!forms) byText.set(text, (forms = { everywhere: undefined, regional: new Map() }));
    return forms;
  };
  for (const f of everywhere) of(f.text).everywhere = f;
  for (const [region, forms] of regional) for (const f of forms.values()) of(f.text).regional.set(region, f);
  const trie = new StringTrie<FormsOfText>();
  for (const [text, forms] of byText) if (text.length >= 2) trie.add(text, forms);
  const taken = (f: Form, text: string, i: number) =>
    !(f.bare && i > 0 && LOWER_LEVEL.test(text[i - 1]!)) &&
    !(f.text.endsWith('部') && RUNS_ON.test(text.charAt(i + f.text.length)));
  return (text, region) => {
    const out: DepartmentMatch[] = [];
    let i = trie.nextStart(text, 0);
    while (i >= 0) {
      let hit: Form | undefined;
      for (let k = trie.matchesAt(text, i) - 1; k >= 0 && !hit; k--) {
        const forms = trie.values[k]!;
        const form = forms.everywhere ?? (region ? forms.regional.get(region) : undefined);
        if (form && taken(form, text, i)) hit = form;
      }
      if (hit) out.push({ department: hit.department, printed: hit.text, index: i });
      i = trie.nextStart(text, hit ? i + hit.text.length : i + 1);
    }
    return out;
  };
}
