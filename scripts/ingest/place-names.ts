import { createRequire } from 'node:module';

/**
 * Prefecture-level places (地级市, 地区, 自治州, 盟) and the province each lies in, from the
 * National Bureau of Statistics' 统计用区划代码 (GB/T 2260 codes) as the china-area-data
 * package ships them. Used to place the bodies of cities and their districts, which no
 * registry lists, in their province.
 */
type AreaTable = Record<string, Record<string, string>>;
const areas = createRequire(import.meta.url)('china-area-data/v5/data.json') as AreaTable;

/** Suffixes a place's short form drops: 深圳市 → 深圳, 延边朝鲜族自治州 → 延边. */
const PLACE_SUFFIX = /(市|地区|盟|(?:[\u4e00-\u9fa5]{1,6}族)*自治州)$/;

/** Full and short names of every prefecture-level place with its province, longest first. */
export const prefectures: readonly { name: string; province: string }[] = (() => {
  const out: { name: string; province: string }[] = [];
  for (const [provinceCode, province] of Object.entries(areas['86'] ?? {})) {
    for (const city of Object.values(areas[provinceCode] ?? {})) {
      // Municipalities list 市辖区 / 县 here, not cities.
      if (/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(city)) continue;
      out.push({ name: city, province });
      const short = city.replace(PLACE_SUFFIX, '');
      if (short !== city && short.length >= 2) out.push({ name: short, province });
    }
  }
  return out.sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1));
})();

/** The province of the prefecture-level place a name opens with: 深圳市工业和信息化局 → 广东省. */
export function provinceOfPlace(name: string): string | undefined {
  return prefectures.find((p) => name.startsWith(p.name))?.province;
}

/** The province of the first prefecture-level place a text names: 广州开发区…措施 → 广东省. */
export function provinceOfPlaceIn(text: string): string | undefined {
  let first: { at: number; province: string } | undefined;
  for (const p of prefectures) {
    const at = text.indexOf(p.name);
    if (at >= 0 && (!first || at < first.at)) first = { at, province: p.province };
  }
  return first?.province;
}
