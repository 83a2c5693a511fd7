import type { Bucket } from './build-archive.ts';
import { pageParam, paginate } from './paginate.ts';

/** getStaticPaths entries of paginated bucket listings: one path per bucket and page. */
export function bucketPaths<K extends string>(buckets: readonly Bucket[], param: K) {
  return buckets.flatMap((bucket) => {
    const pages = paginate(bucket.docs);
    return pages.map((docs, i) => ({
      params: { [param]: bucket.slug, page: pageParam(i + 1) } as Record<K | 'page', string | undefined>,
      props: { bucket, docs, current: i + 1, total: pages.length },
    }));
  });
}
