/**
 * Bodies a document names in full that the registry does not list: a Department of kind
 * `unlisted`, with a stable slug and the region its name or its document places it in.
 */
import { createHash } from 'node:crypto';
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
 * The slug of an unlisted body: its region's code, the pinyin initials of the rest of its name
 * (at most 12) and four hex digits of a hash of the full name, so it never changes when other
 * documents come and never collides with a registry slug (those have no hash part):
 * 吉林省科学技术厅 → jl-kxjst-xxxx.
 */
export function unlistedSlug(name: string, region: string | null): string {
  const province = provinces.find((p) => p.name === region);
  const code = province?.code ?? (region === NATIONAL.name ? NATIONAL.code : 'x');
  const rest = province && name.startsWith(province.name) ? name.slice(province.name.length) : name;
  const initials = pinyin(rest, { pattern: 'first', toneType: 'none', separator: '', nonZh: 'removed' })
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 12);
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 4);
  return [code, initials || 'jg', hash].join('-');
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
