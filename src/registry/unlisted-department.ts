/**
 * Bodies a document names in full that the registry does not list: a Department of kind
 * `unlisted`, with a stable slug and the region its name or its document places it in.
 */
import { pinyin } from 'pinyin-pro';
import type { Department } from '../schema/registry.ts';
import { NATIONAL, provinces } from '../schema/regions.ts';

/** Names that open like a national body's. */
const NATIONAL_OPENING = /^(?:国家|国务院|中国|中华人民共和国|中央|全国)/;

/** The region a body's name places it in (吉林省…, 国家…), else the document's. */
export function unlistedRegion(name: string, documentRegion: string | null): string | null {
  const bare = name.replace(/^中共/, '');
  const province = provinces.find((p) => bare.startsWith(p.name));
  if (province) return province.name;
  if (NATIONAL_OPENING.test(bare)) return NATIONAL.name;
  return documentRegion;
}

/**
 * The slug of an unlisted body: its region's code and the toneless pinyin of the rest of its
 * name, written out in full (ü as v), so that a reader can tell the body from its URL and the
 * slug depends on the name alone, never on which other documents the archive holds:
 * 吉林省医药健康产业发展领导小组 → jl-yiyaojiankangchanyefazhanlingdaoxiaozu. Registry slugs are
 * short initials (jl-kjt), so the two never meet in practice; two names that read alike would
 * (departmentIndex refuses that, naming both, rather than letting one page hide the other).
 */
export function unlistedSlug(name: string, region: string | null): string {
  const province = provinces.find((p) => p.name === region);
  const code = province?.code ?? (region === NATIONAL.name ? NATIONAL.code : 'x');
  const rest = province && name.startsWith(province.name) ? name.slice(province.name.length) : name;
  const spelled = pinyin(rest, { toneType: 'none', separator: '', nonZh: 'removed', v: true })
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return `${code}-${spelled || 'jg'}`;
}

/** The unlisted body a name stands for. */
export function unlistedDepartment(name: string, documentRegion: string | null): Department {
  const region = unlistedRegion(name, documentRegion);
  return {
    slug: unlistedSlug(name, region),
    name,
    short: [],
    aliases: [],
    former: [],
    region: region ?? '地区不详',
    kind: 'unlisted',
  };
}
