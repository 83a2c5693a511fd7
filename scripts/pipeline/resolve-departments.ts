import type { DepartmentIndex } from './department-index.ts';
import type { ExtractedFields } from './extract-fields.ts';
import { resolveRegion } from './resolve-region.ts';

/**
 * Sets the region and replaces printed body names by their canonical registry names:
 * issuer, coIssuers, cc and the bodies that issued an interpreted document. A name the
 * registry does not know stays as printed (the report lists it).
 */
export function resolveDepartments(fields: ExtractedFields, index: DepartmentIndex): ExtractedFields {
  const region = fields.region ?? resolveRegion(index, fields.issuer ?? null, fields.docNumber ?? null, fields.title);
  const canonical = (name: string) => index.resolve(name, region)?.name ?? name;
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
