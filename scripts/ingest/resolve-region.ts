import { NATIONAL, provinces } from '../../src/schema/regions.ts';
import type { DepartmentIndex } from '../../src/registry/department-resolver.ts';
import { provinceOfPlace, provinceOfPlaceIn } from './place-names.ts';

/** Names of national bodies: 国务院…, 国家…局, 中国人民银行, 中央…, 全国…, 最高人民法院. */
const NATIONAL_NAME = /^(国务院|国家|中华人民共和国|中国|中央|全国|最高人民|中共中央)/;
/** Ministries and their like, when no place opens the name: 教育部, 海关总署, 财政部办公厅. */
const MINISTRY = /^[\u4e00-\u9fa5]{1,12}(部|总署|总局)([\u4e00-\u9fa5]{1,8}(厅|司|局))?$/;

/**
 * The document's region (a province, or 国家): the issuer's registry entry, else the province
 * its name opens with (吉林省医药健康产业发展领导小组, 中共四川省委…), else the province of the
 * city it opens with (深圳市工业和信息化局 → 广东省), else 国家 for a national body's name,
 * else the abbreviation that opens the 发文字号 (吉科发医〔2022〕97号 → 吉林省), else the first
 * province the title names, else the province of the first city it names.
 */
export function resolveRegion(
  index: DepartmentIndex,
  issuer: string | null,
  docNumber: string | null,
  title: string,
): string | null {
  if (issuer) {
    const known = index.resolve(issuer, null);
    if (known) return known.region;
    const bare = issuer.replace(/^中共/, '');
    const named = provinces.find((p) => bare.startsWith(p.name.slice(0, 2)));
    if (named) return named.name;
    const place = provinceOfPlace(bare);
    if (place) return place;
    if (NATIONAL_NAME.test(issuer) || MINISTRY.test(issuer)) return NATIONAL.name;
  }
  if (docNumber) {
    if (docNumber.startsWith(NATIONAL.abbr)) return NATIONAL.name;
    const byAbbr = provinces.find((p) => docNumber.startsWith(p.abbr));
    if (byAbbr) return byAbbr.name;
  }
  let first: { name: string; at: number } | undefined;
  for (const p of provinces) {
    const at = title.indexOf(p.name.slice(0, 2));
    if (at >= 0 && (!first || at < first.at)) first = { name: p.name, at };
  }
  return first?.name ?? provinceOfPlaceIn(title) ?? null;
}
