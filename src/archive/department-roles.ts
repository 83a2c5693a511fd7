/**
 * Department → documents by role: issued (发文机关), co-issued (联合发文), addressed (主送),
 * copied (抄送) and mentioned (with the sections that mention it; a document that issues or copies
 * a body is listed under 提及 as well only with sections to link to). One pass over the
 * documents with lookups by name, so it stays linear in the archive's size.
 */
import type { DocumentData } from '../schema/document.ts';
import type { Department } from '../schema/registry.ts';
import { newestFirst } from '../views/doc-labels.ts';
import { unlistedDepartment } from '../registry/unlisted-department.ts';
import { makeDepartmentIndex } from '../registry/department-resolver.ts';

/** A document under a department, with the sections where the department stands ([] = whole document). */
export interface DocAt {
  doc: DocumentData;
  sections: string[];
}

export const roles = ['issued', 'coIssued', 'addressed', 'cc', 'mentioned'] as const;
export type Role = (typeof roles)[number];

export interface DepartmentEntry {
  department: Department;
  byRole: Record<Role, DocAt[]>;
  /** Distinct documents in any role. */
  total: number;
}

/** Resolves canonical names, aliases, former names and short forms within a region to registry entries: the build script's resolver. */
export function departmentResolver(departments: readonly Department[]) {
  const index = makeDepartmentIndex(departments);
  return (name: string, region: string | null): Department | undefined => index.resolve(name, region);
}

/** 主送 as printed, split into the bodies it names: 各市（州）卫生健康委、省直有关单位 → two parts. */
export const addresseeParts = (addressee: string | null): string[] =>
  (addressee ?? '')
    .split(/[、，,；;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Every department of the registry with its documents by role, each list newest first, and
 * every body a document names in full (issuer, co-issuer, 抄送, mention) that the registry does
 * not list, as an `unlisted` entry. 主送 parts name classes of bodies (各市（州）卫生健康委) and make
 * no entry of their own.
 */
export function departmentIndex(
  docs: readonly DocumentData[],
  departments: readonly Department[],
  regionOf: (d: DocumentData) => string | null,
): Map<string, DepartmentEntry> {
  const resolve = departmentResolver(departments);
  const entries = new Map<string, DepartmentEntry>();
  for (const department of departments) {
    entries.set(department.name, {
      department,
      byRole: { issued: [], coIssued: [], addressed: [], cc: [], mentioned: [] },
      total: 0,
    });
  }
  const seen = new Map<string, Set<string>>();
  // Which name holds each slug: two unlisted names that read alike must not share one page.
  const slugOwner = new Map(departments.map((d) => [d.slug, d.name]));
  const add = (role: Role, name: string | null, doc: DocumentData, sections: string[], region: string | null) => {
    if (!name) return;
    let department = resolve(name, region) ?? entries.get(name)?.department;
    if (!department) {
      if (role === 'addressed') return;
      department = unlistedDepartment(name, region);
      const owner = slugOwner.get(department.slug);
      if (owner !== undefined && owner !== name)
        throw new Error(
          `${owner} and ${name} both make the department slug "${department.slug}": list one of them in content/departments.yaml`,
        );
      slugOwner.set(department.slug, name);
      entries.set(name, { department, byRole: { issued: [], coIssued: [], addressed: [], cc: [], mentioned: [] }, total: 0 });
    }
    const entry = entries.get(department.name)!;
    const list = entry.byRole[role];
    const last = list[list.length - 1];
    // Documents are visited one at a time, so a repeat within a role is always the last entry.
    if (last?.doc === doc) last.sections = [...new Set([...last.sections, ...sections])];
    else list.push({ doc, sections });
    const docs = seen.get(department.name) ?? new Set<string>();
    docs.add(doc.slug);
    seen.set(department.name, docs);
  };
  for (const doc of docs) {
    const region = regionOf(doc);
    add('issued', doc.issuer, doc, [], region);
    for (const n of doc.coIssuers) add('coIssued', n, doc, [], region);
    for (const n of addresseeParts(doc.addressee)) add('addressed', n, doc, [], region);
    for (const n of doc.cc) add('cc', n, doc, [], region);
    const mentioned = new Set(doc.mentions.map((m) => m.department));
    // A document that issues or copies a body and names it outside the numbered sections only
    // (its 署名 or 抄送 line, or a preamble where the issuer speaks of itself) is listed under
    // 发文, 联合发文 or 抄送 already: a 提及 row with no section to link to would repeat that row.
    const own = new Set([doc.issuer, ...doc.coIssuers, ...doc.cc]);
    for (const m of doc.mentions) {
      const sections = m.sections.filter(Boolean);
      if (own.has(m.department) && sections.length === 0) continue;
      add('mentioned', m.department, doc, sections, region);
    }
    for (const n of doc.departmentsMentioned) if (!mentioned.has(n)) add('mentioned', n, doc, [], region);
  }
  for (const entry of entries.values()) {
    for (const role of roles) entry.byRole[role].sort((a, b) => newestFirst(a.doc, b.doc));
    entry.total = seen.get(entry.department.name)?.size ?? 0;
  }
  return entries;
}
