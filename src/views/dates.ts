/** 2022-06-28 → 2022年6月28日, as dates are written in Chinese official documents. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
