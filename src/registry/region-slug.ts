import { pinyin } from 'pinyin-pro';

/** Suffixes of provincial-level names that the slug leaves out (吉林省 → jilin). */
const SUFFIX = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;
/** Names whose conventional romanisation differs from plain pinyin (陕西 and 山西 would collide). */
const CONVENTIONAL: Record<string, string> = { 陕西: 'shaanxi' };

/** The URL slug of a region: 吉林省 → jilin, 四川省 → sichuan, 国家 → national. */
export function regionSlug(region: string): string {
  if (region === '国家') return 'national';
  const core = region.replace(SUFFIX, '') || region;
  const known = CONVENTIONAL[core];
  if (known) return known;
  const slug = pinyin(core, { toneType: 'none', separator: '', nonZh: 'consecutive' })
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'region';
}
