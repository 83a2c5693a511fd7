import type { Department } from '../../src/schema/registry.ts';
import { localPrefix, provinceByName, type Province } from '../../src/schema/regions.ts';
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
    for (const n of [d.name, ...d.aliases]) if (!global.has(n)) global.set(n, d);
  }
  for (const d of registry) {
    const province = provinceByName(d.region);
    const forms = regional.get(d.region) ?? new Map<string, Form>();
    regional.set(d.region, forms);
    const add = (text: string, bare: boolean) => {
      if (text.length >= 2 && !global.has(text) && !forms.has(text)) forms.set(text, { text, department: d, bare });
    };
    const prefix = province ? localPrefix(province) : '';
    for (const s of d.short) add(s, prefix !== '' && !s.startsWith(prefix));
    if (province && d.name.startsWith(province.name)) {
      const rest = d.name.slice(province.name.length);
      add(prefix + rest, false);
      if (!NO_BARE_FORM.has(d.kind) && rest.length >= 3) add(rest, true);
    }
  }
  // One trie of the names every region shares, and a small one per region of its own forms.
  const everywhere = formTrie([...global].map(([text, department]): Form => ({ text, department, bare: false })));
  const scanners = new Map<string, Scanner>();
  const scannerFor = (region: string | null): Scanner => {
    const key = region ?? '';
    let s = scanners.get(key);
    if (!s) {
      s = makeScanner(everywhere, formTrie(region ? (regional.get(region)?.values() ?? []) : []));
      scanners.set(key, s);
    }
    return s;
  };
  return {
    resolve(name, region) {
      const found = global.get(name) ?? (region ? regional.get(region)?.get(name)?.department : undefined);
      if (found || !region) return found;
      const province: Province | undefined = provinceByName(region);
      // 省X in region R is R+X when the registry knows that name.
      if (province && name.startsWith(localPrefix(province))) return global.get(province.name + name.slice(localPrefix(province).length));
      return undefined;
    },
    scan: (text, region) => scannerFor(region)(text),
  };
}

type Scanner = (text: string) => DepartmentMatch[];

/** The forms of two characters or more, in a trie. */
function formTrie(forms: Iterable<Form>): StringTrie<Form> {
  const trie = new StringTrie<Form>();
  for (const f of forms) if (f.text.length >= 2) trie.add(f.text, f);
  return trie;
}

/**
 * A leftmost-longest matcher over the forms of two tries, read in one pass. The tries share
 * no form (a regional form is never also a name used everywhere).
 */
function makeScanner(everywhere: StringTrie<Form>, local: StringTrie<Form>): Scanner {
  const taken = (f: Form, text: string, i: number) => !(f.bare && i > 0 && LOWER_LEVEL.test(text[i - 1]!)) && !(f.text.endsWith('部') && RUNS_ON.test(text.charAt(i + f.text.length)));
  /** The longest form at i that is taken, from one trie. */
  const longest = (trie: StringTrie<Form>, text: string, i: number): Form | undefined => {
    for (let k = trie.matchesAt(text, i) - 1; k >= 0; k--) if (taken(trie.values[k]!, text, i)) return trie.values[k];
    return undefined;
  };
  return (text) => {
    const out: DepartmentMatch[] = [];
    let i = 0;
    while (i < text.length - 1) {
      const a = longest(everywhere, text, i);
      const b = longest(local, text, i);
      const hit = a && b ? (b.text.length > a.text.length ? b : a) : (a ?? b);
      if (hit) {
        out.push({ department: hit.department, printed: hit.text, index: i });
        i += hit.text.length;
      } else {
        i++;
      }
    }
    return out;
  };
}
