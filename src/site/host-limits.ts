/**
 * The documented limits of static hosts, and whether a built site fits each. The README's
 * host table cites the page each limit comes from. A limit a host does not document is left
 * out, not guessed.
 */
import type { OutputStats } from './output-stats.ts';

export interface HostLimits {
  /** The value of STATIC_HOST that selects it. */
  id: string;
  name: string;
  maxBytes?: number;
  maxFiles?: number;
  maxFileBytes?: number;
  maxFilesPerFolder?: number;
}

const MiB = 1024 * 1024;

export const HOSTS: readonly HostLimits[] = [
  // "Published GitHub Pages sites may be no larger than 1 GB": the unit is not said, so 10^9 bytes.
  { id: 'github-pages', name: 'GitHub Pages', maxBytes: 1e9 },
  // GitLab.com: maximum size of a Pages site 1 GB (the setting is 1,024 MB), 200,000 files per website.
  { id: 'gitlab-pages', name: 'GitLab Pages', maxBytes: 1024 * MiB, maxFiles: 200_000 },
  { id: 'cloudflare-pages', name: 'Cloudflare Pages (free)', maxFiles: 20_000, maxFileBytes: 25 * MiB },
  { id: 'cloudflare-pages-paid', name: 'Cloudflare Pages (paid)', maxFiles: 100_000, maxFileBytes: 25 * MiB },
  // No limit on files per deploy, 54,000 files per folder.
  { id: 'netlify', name: 'Netlify', maxFilesPerFolder: 54_000 },
];

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;
const count = (n: number) => n.toLocaleString('en-US');

/** The limits `stats` passes, each as a sentence (`1,234 files > 1,000 files`); empty when it fits. */
export function limitsExceeded(stats: OutputStats, host: HostLimits): string[] {
  const over: string[] = [];
  if (host.maxBytes !== undefined && stats.totalBytes > host.maxBytes)
    over.push(`${mb(stats.totalBytes)} > ${mb(host.maxBytes)} in all`);
  if (host.maxFiles !== undefined && stats.files > host.maxFiles)
    over.push(`${count(stats.files)} files > ${count(host.maxFiles)}`);
  if (host.maxFileBytes !== undefined && stats.largestFile.bytes > host.maxFileBytes)
    over.push(`${stats.largestFile.path} is ${mib(stats.largestFile.bytes)} > ${mib(host.maxFileBytes)} per file`);
  if (host.maxFilesPerFolder !== undefined && stats.fullestFolder.files > host.maxFilesPerFolder)
    over.push(
      `${stats.fullestFolder.path || '(the site folder)'}/ holds ${count(stats.fullestFolder.files)} files > ${count(host.maxFilesPerFolder)} per folder`,
    );
  return over;
}

/** The limits of a host, in words: `1,000.0 MB in all, 200,000 files`. */
export function describeLimits(host: HostLimits): string {
  return [
    host.maxBytes !== undefined ? `${mb(host.maxBytes)} in all` : '',
    host.maxFiles !== undefined ? `${count(host.maxFiles)} files` : '',
    host.maxFileBytes !== undefined ? `${mib(host.maxFileBytes)} per file` : '',
    host.maxFilesPerFolder !== undefined ? `${count(host.maxFilesPerFolder)} files per folder` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The host named by STATIC_HOST, or an error listing the known ones. */
export function hostNamed(id: string): HostLimits {
  const host = HOSTS.find((h) => h.id === id);
  if (!host) throw new Error(`STATIC_HOST=${id} is not a host this build knows; use one of ${HOSTS.map((h) => h.id).join(', ')}`);
  return host;
}

/**
 * The host the build must fit, from STATIC_HOST; none when it is unset. Not HOST: that is the
 * address a server listens on (npm run preview's, and many a container's 0.0.0.0), which a
 * build must not take for a static host.
 */
export function hostFromEnv(env: Record<string, string | undefined>): HostLimits | undefined {
  const id = env['STATIC_HOST'];
  return id ? hostNamed(id) : undefined;
}

/** The build summary's lines: the site's figures, then each host with fits / does not fit. */
export function hostTable(stats: OutputStats): string[] {
  const lines = [
    `output: ${mb(stats.totalBytes)} (${mib(stats.totalBytes)}) in ${count(stats.files)} files; largest ${stats.largestFile.path} ${mib(stats.largestFile.bytes)}; most files in one folder ${count(stats.fullestFolder.files)} (${stats.fullestFolder.path || '.'}/)`,
  ];
  const width = Math.max(...HOSTS.map((h) => h.name.length));
  for (const host of HOSTS) {
    const over = limitsExceeded(stats, host);
    lines.push(
      `  ${host.name.padEnd(width)}  ${over.length === 0 ? 'fits' : `does not fit: ${over.join('; ')}`}  (STATIC_HOST=${host.id}: ${describeLimits(host)})`,
    );
  }
  return lines;
}
