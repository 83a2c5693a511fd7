/** What a document page needs for sharing and citing: preview description, JSON-LD, citation. */
import type { DocumentData } from '../schema/document.ts';
import type { Topic } from '../schema/registry.ts';
import type { CiteInfo } from './cite-formats.ts';
import { citeInfo } from './cite-info.ts';
import { PREVIEW_LENGTH, shortenSummary } from './document-summary.ts';
import { documentJsonLd } from './json-ld.ts';
import { absoluteUrl } from '../site/urls.ts';

export interface DocumentShare {
  description: string;
  jsonLd: Record<string, unknown>;
  cite: CiteInfo;
}

/**
 * From a document's frontmatter, the summary of its body (documentSummary), the site URL, the
 * topic registry and its attachments (citeParts).
 */
export function documentShare(
  d: DocumentData,
  summary: string,
  site: URL | undefined,
  topics: readonly Topic[],
  parts: CiteInfo['parts'] = [],
): DocumentShare {
  const url = absoluteUrl(`documents/${d.slug}/`, site);
  const description = shortenSummary(summary, PREVIEW_LENGTH) || d.title;
  const jsonLd = documentJsonLd(d, { url, siteUrl: absoluteUrl('', site), siteName: '政策文库', topics });
  return { description, jsonLd, cite: citeInfo(d, url, parts) };
}
