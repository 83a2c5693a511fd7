/** What a document page needs for sharing and citing: preview description, JSON-LD, citation. */
import type { DocumentData } from '../schema/document.ts';
import type { Topic } from '../schema/registry.ts';
import type { CiteInfo } from './cite-formats.ts';
import { citeInfo } from './cite-info.ts';
import { bodySummary, PREVIEW_LENGTH } from './document-summary.ts';
import { documentJsonLd } from './json-ld.ts';
import { absoluteUrl } from './urls.ts';

export interface DocumentShare {
  description: string;
  jsonLd: Record<string, unknown>;
  cite: CiteInfo;
}

/** From a collection entry (frontmatter and MDX body), the site URL and the topic registry. */
export function documentShare(entry: { data: DocumentData; body?: string | undefined }, site: URL | undefined, topics: readonly Topic[]): DocumentShare {
  const d = entry.data;
  const url = absoluteUrl(`documents/${d.slug}/`, site);
  const description = bodySummary(entry.body ?? '', PREVIEW_LENGTH) || d.title;
  const jsonLd = documentJsonLd(d, { url, siteUrl: absoluteUrl('', site), siteName: '政策文库', topics });
  return { description, jsonLd, cite: citeInfo(d, url) };
}
