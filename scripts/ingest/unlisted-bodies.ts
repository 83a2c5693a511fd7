import { localPrefix, provinceByName, provinces } from '../../src/schema/regions.ts';

/**
 * Bodies the registry does not list, named from what a document prints: a full name, or a
 * short form completed by the document's region (省X in a Jilin document is 吉林省X) or, in a
 * city's or district's document, by its issuer's place (区商务局 → 广州市天河区商务局).
 */

/** The standard short words of body names (规范简称) and their full words, longest first. */
const FULL_WORDS: [string, string][] = [
  ['人力资源社会保障', '人力资源和社会保障'],
  ['发展改革委', '发展和改革委员会'],
  ['卫生健康委', '卫生健康委员会'],
  ['卫健委', '卫生健康委员会'],
  ['发改委', '发展和改革委员会'],
  ['市场监管', '市场监督管理'],
  ['金融监管', '金融监督管理'],
  ['疾控局', '疾病预防控制局'],
  ['中医药局', '中医药管理局'],
  ['医保局', '医疗保障局'],
  ['药监局', '药品监督管理局'],
  ['林草局', '林业和草原局'],
  ['人社', '人力资源和社会保障'],
  ['工信', '工业和信息化'],
  ['住房城乡建设', '住房和城乡建设'],
  ['住建', '住房和城乡建设'],
  ['文旅', '文化和旅游'],
  ['科技厅', '科学技术厅'],
  ['科技局', '科学技术局'],
  ['外办', '人民政府外事办公室'],
  ['质监局', '质量技术监督局'],
];
const ENDINGS = ['领导小组', '委员会', '办公室', '办公厅', '人民政府', '厅', '局'];
/** Committees and groups of experts, and levels or areas, are not government bodies. */
const NOT_A_BODY =
  /技术委员会|伦理委员会|专家委员会|标准化|党委|常委|大厅|布局|格局|大局|全局|开局|变局|新局|[了的在对与及等为是向把被将从由就各我本该全每、]/;
/** Levels, areas and words that open like a short form but are not one: 省级, 市场, 区域, 省委. */
const NOT_A_SHORT_FORM = /^(?:省级|省市(?!场)|省内|省外|省份|市场|市级|县级|区域|区级|省委|市委|区委|县委)/;

/** The short words of a body name written out in full: 省人社厅 → 省人力资源和社会保障厅. */
export function fullWords(name: string): string {
  let out = name;
  for (const [short, full] of FULL_WORDS) if (!out.includes(full)) out = out.replace(short, full);
  return out;
}

/** Whether a name ends like the name of a body (厅, 局, 委员会, 办公室, 领导小组, 人民政府 …). */
export const endsLikeBody = (name: string): boolean =>
  ENDINGS.some((e) => name.endsWith(e)) && !NOT_A_BODY.test(name) && !NOT_A_SHORT_FORM.test(name);

/** The place of a city's or district's body: 广州市天河区发展和改革局 → { city: 广州市, district: 广州市天河区 }. */
export function placeOf(issuer: string | null): { city: string | null; district: string | null } {
  if (!issuer) return { city: null, district: null };
  const rest = issuer.replace(/^中共/, '');
  const province = provinces.find((p) => rest.startsWith(p.name));
  const tail = province ? rest.slice(province.name.length) : rest;
  if (province && province.name.endsWith('市')) {
    const district = /^([\u4e00-\u9fa5]{1,6}?[区县])/.exec(tail)?.[1];
    return { city: province.name, district: district ? province.name + district : null };
  }
  const city = /^([\u4e00-\u9fa5]{1,6}?(?:市|自治州|州|盟))/.exec(tail)?.[1];
  if (!city || city === tail) return { city: null, district: null };
  const after = tail.slice(city.length);
  const district = /^([\u4e00-\u9fa5]{1,6}?(?:区|县|旗))/.exec(after)?.[1];
  const prefix = province ? province.name : '';
  return { city: prefix + city, district: district && district !== after ? prefix + city + district : null };
}

/**
 * The full name a printed name stands for in a document of `region` issued at `place`, or null
 * when it is neither a full name nor a short form that the region or place completes.
 */
export function unlistedFullName(
  printed: string,
  region: string | null,
  place: { city: string | null; district: string | null },
): string | null {
  const name = fullWords(printed.replace(/委$/, '委员会'));
  if (!endsLikeBody(name)) return null;
  const province0 = provinces.find((p) => name.startsWith(p.name));
  if (province0) return NOT_A_SHORT_FORM.test(name.slice(province0.name.length - 1)) ? null : name;
  if (name.startsWith('国家')) return name;
  // A city's full name (长春市卫生健康委员会): a place of two characters or more before 市/州/盟.
  if (/^(?:(?![省市])[\u4e00-\u9fa5]){2,8}?(?:市(?!场)|自治州|盟)[\u4e00-\u9fa5]{2}/.test(name) && !/^[区县]/.test(name))
    return name;
  const province = region ? provinceByName(region) : undefined;
  const head = name.charAt(0);
  const rest = name.slice(1);
  if (rest.length < 2) return null;
  if ((head === '区' || head === '县') && place.district?.endsWith(head)) return place.district + rest;
  if (head === '市' && place.city) return place.city + rest;
  if (province && head === localPrefix(province)) return province.name + rest;
  return null;
}
