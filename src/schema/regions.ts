/**
 * China's provincial-level regions: the `region` of a document and of a government body.
 * `slug` is the pinyin used in URLs (browse/region/<slug>/), `abbr` the one-character
 * abbreviation that opens document numbers (吉科发医〔2022〕97号 → 吉林省).
 */

export interface Province {
  /** Full name as in the registry: 吉林省, 北京市, 广西壮族自治区. */
  name: string;
  /** Pinyin URL slug: jilin. */
  slug: string;
  /** ISO 3166-2:CN code in lowercase, used as the prefix of department slugs: jl. */
  code: string;
  /** 简称 that opens document numbers: 吉. */
  abbr: string;
}

/** The region of national bodies (国务院 and its ministries). */
export const NATIONAL = { name: '国家', slug: 'national', code: 'cn', abbr: '国' } as const satisfies Province;

export const provinces: readonly Province[] = [
  { name: '北京市', slug: 'beijing', code: 'bj', abbr: '京' },
  { name: '天津市', slug: 'tianjin', code: 'tj', abbr: '津' },
  { name: '河北省', slug: 'hebei', code: 'he', abbr: '冀' },
  { name: '山西省', slug: 'shanxi', code: 'sx', abbr: '晋' },
  { name: '内蒙古自治区', slug: 'neimenggu', code: 'nm', abbr: '蒙' },
  { name: '辽宁省', slug: 'liaoning', code: 'ln', abbr: '辽' },
  { name: '吉林省', slug: 'jilin', code: 'jl', abbr: '吉' },
  { name: '黑龙江省', slug: 'heilongjiang', code: 'hl', abbr: '黑' },
  { name: '上海市', slug: 'shanghai', code: 'sh', abbr: '沪' },
  { name: '江苏省', slug: 'jiangsu', code: 'js', abbr: '苏' },
  { name: '浙江省', slug: 'zhejiang', code: 'zj', abbr: '浙' },
  { name: '安徽省', slug: 'anhui', code: 'ah', abbr: '皖' },
  { name: '福建省', slug: 'fujian', code: 'fj', abbr: '闽' },
  { name: '江西省', slug: 'jiangxi', code: 'jx', abbr: '赣' },
  { name: '山东省', slug: 'shandong', code: 'sd', abbr: '鲁' },
  { name: '河南省', slug: 'henan', code: 'ha', abbr: '豫' },
  { name: '湖北省', slug: 'hubei', code: 'hb', abbr: '鄂' },
  { name: '湖南省', slug: 'hunan', code: 'hn', abbr: '湘' },
  { name: '广东省', slug: 'guangdong', code: 'gd', abbr: '粤' },
  { name: '广西壮族自治区', slug: 'guangxi', code: 'gx', abbr: '桂' },
  { name: '海南省', slug: 'hainan', code: 'hi', abbr: '琼' },
  { name: '重庆市', slug: 'chongqing', code: 'cq', abbr: '渝' },
  { name: '四川省', slug: 'sichuan', code: 'sc', abbr: '川' },
  { name: '贵州省', slug: 'guizhou', code: 'gz', abbr: '黔' },
  { name: '云南省', slug: 'yunnan', code: 'yn', abbr: '云' },
  { name: '西藏自治区', slug: 'xizang', code: 'xz', abbr: '藏' },
  { name: '陕西省', slug: 'shaanxi', code: 'sn', abbr: '陕' },
  { name: '甘肃省', slug: 'gansu', code: 'gs', abbr: '甘' },
  { name: '青海省', slug: 'qinghai', code: 'qh', abbr: '青' },
  { name: '宁夏回族自治区', slug: 'ningxia', code: 'nx', abbr: '宁' },
  { name: '新疆维吾尔自治区', slug: 'xinjiang', code: 'xj', abbr: '新' },
];

// Full and short names of every province: looked up for every name in every document.
const byName = new Map<string, Province>([
  ...provinces.map((p) => [shortName(p), p] as const),
  ...provinces.map((p) => [p.name, p] as const),
]);

/** The province by full name or short name (吉林省 or 吉林); undefined otherwise. */
export function provinceByName(name: string): Province | undefined {
  return byName.get(name);
}

/** 吉林省 → 吉林, 广西壮族自治区 → 广西, 北京市 → 北京. */
export function shortName(p: Province): string {
  return p.name.replace(/(壮族|回族|维吾尔)?(自治区|省|市)$/, '');
}

/** The prefix a province's own documents put before its bodies' short forms: 省, 市 or 区. */
export function localPrefix(p: Province): string {
  return p.name.endsWith('自治区') ? '区' : p.name.endsWith('市') ? '市' : '省';
}
