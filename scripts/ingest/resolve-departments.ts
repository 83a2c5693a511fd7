import type { Department } from '../../src/schema/registry.ts';
import type { DepartmentIndex } from '../../src/registry/department-resolver.ts';
import type { ExtractedFields } from './extract-fields.ts';
import { resolveRegion } from './resolve-region.ts';
import { documentDate } from '../../src/archive/document-date.ts';
import { placeOf, unlistedFullName } from './unlisted-bodies.ts';

/**
 * Sets the region and replaces printed body names by their canonical names: issuer,
 * coIssuers, cc and the bodies that issued an interpreted document. A registry body gets its
 * registry name; a short form of a body the registry does not list is completed by the
 * document's region or its issuer's place (unlisted-bodies.ts); anything else stays as printed.
 */
export function resolveDepartments(fields: ExtractedFields, index: DepartmentIndex): ExtractedFields {
  const region = fields.region ?? resolveRegion(index, fields.issuer ?? null, fields.docNumber ?? null, fields.title);
  const place = placeOf(fields.issuer ?? null);
  const date = documentDate({ dateWritten: fields.dateWritten ?? null, datePublished: fields.datePublished ?? null });
  const canonical = (name: string) => {
    const known = index.resolve(name, region);
    if (known) return nameAt(known, name, date);
    const full = unlistedFullName(name, region, place);
    return full ? (index.resolve(full, region)?.name ?? full) : name;
  };
  return {
    ...fields,
    region,
    issuer: fields.issuer ? canonical(fields.issuer) : null,
    coIssuers: (fields.coIssuers ?? []).map(canonical),
    cc: (fields.cc ?? []).map(canonical),
    interprets: fields.interprets
      ? { ...fields.interprets, issuers: fields.interprets.issuers.map(canonical) }
      : fields.interprets,
  };
}

/**
 * The name a body had on a document's date: a former name printed (or its short form) stays
 * that name when the document is older than the renaming (a 2016 document of the 国家卫生计生委
 * keeps 国家卫生和计划生育委员会); otherwise, and when either date is unknown, the current name.
 */
export function nameAt(body: Department, printed: string, date: string | null): string {
  const former = body.former.find((f) => f.name === printed || f.short.includes(printed));
  return former?.until && date && date < former.until ? former.name : body.name;
}
