import type { DepartmentIndex } from './department-index.ts';
import type { ExtractedFields } from './extract-fields.ts';
import { resolveRegion } from './resolve-region.ts';
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
  const canonical = (name: string) => {
    const known = index.resolve(name, region);
    if (known) return known.name;
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
