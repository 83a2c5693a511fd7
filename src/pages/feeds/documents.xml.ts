import type { APIRoute } from 'astro';
import { getArchive } from '../../archive/archive.ts';
import { documentFeed, feedResponse } from '../../views/document-feed.ts';

/** feeds/documents.xml: every document of the archive, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const o = {
    feedPath: 'feeds/documents.xml',
    pagePath: '',
    title: '政策文库：最新文件',
    subtitle: '政策文库收录的全部文件，按日期由新到旧。',
    fallbackDate: null,
  };
  return feedResponse(documentFeed(archive.docs, o, site, archive));
};
