import { NATIONAL, provinces } from '../../src/schema/regions.ts';
import type { DepartmentIndex } from './department-index.ts';

/**
 * The document's region (a province, or 国家): the issuer's registry entry, else the province
 * its name opens with (吉林省医药健康产业发展领导小组, 中共四川省委…), else the abbreviation
 * that opens the 发文字号 (吉科发医〔2022〕97号 → 吉林省), else the first province the title names.
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
    const named = provinces.find((p) => issuer.replace(/^中共/, '').startsWith(p.name.slice(0, 2)));
    if (named) return named.name;
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
  return first?.name ?? null;
}
