/**
 * Where the site is hosted, from the environment, validated at start-up:
 * BASE_PATH (sub-path, default `/`) and SITE_URL (origin, default http://localhost:4321).
 */
import { z } from 'zod';

const settingsSchema = z.object({
  BASE_PATH: z
    .string()
    .default('/')
    .transform((b) => `/${b}/`.replace(/\/+/g, '/'))
    .refine((b) => /^\/([A-Za-z0-9._~-]+\/)*$/.test(b), 'BASE_PATH must be a URL path such as / or /archive/'),
  SITE_URL: z
    .string()
    .default('http://localhost:4321')
    .refine(
      (u) => /^https?:\/\/[^/]+$/.test(u.replace(/\/$/, '')),
      'SITE_URL must be an origin such as https://example.org (no path: put the path in BASE_PATH)',
    )
    .transform((u) => u.replace(/\/$/, '')),
});

export type SiteSettings = z.output<typeof settingsSchema>;

/** Reads and checks the hosting settings; exits with one line per bad setting. */
export function readSiteSettings(env: Record<string, string | undefined> = process.env): SiteSettings {
  const parsed = settingsSchema.safeParse({ BASE_PATH: env['BASE_PATH'] || undefined, SITE_URL: env['SITE_URL'] || undefined });
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`,
    );
    throw new Error(`Invalid site settings:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/**
 * The warning a build prints when SITE_URL is not set: every absolute link it writes (copied
 * permalinks and citations, canonical and preview tags, feeds, sitemap) would name the default
 * origin, which is nobody's host. Null when SITE_URL is set.
 */
export function siteUrlWarning(env: Record<string, string | undefined> = process.env): string | null {
  if (env['SITE_URL']) return null;
  const { SITE_URL } = readSiteSettings(env);
  return [
    '!'.repeat(78),
    `WARNING: SITE_URL is not set. Every absolute link this build writes (copied permalinks and`,
    `citations, canonical and preview tags, feeds, sitemap) points at ${SITE_URL}.`,
    'Set the origin the site will be served from, e.g. SITE_URL=https://example.gov.cn npm run build',
    '!'.repeat(78),
  ].join('\n');
}

/**
 * The generated collection's folder (DOCUMENTS_DIR, default content/documents), relative to the
 * project root: the build script writes it, the collection's loader, the pages and the sitemap
 * read it.
 */
export const documentsFolder = (env: Record<string, string | undefined> = process.env): string =>
  env['DOCUMENTS_DIR'] || 'content/documents';
