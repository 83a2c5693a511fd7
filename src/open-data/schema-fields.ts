/** The field table of the 数据 page, read from a generated JSON Schema's descriptions. */

export interface SchemaField {
  /** Dotted path, `[]` for array items: `proposal.number`, `sections[].id`. */
  name: string;
  /** JSON types, e.g. `string | null`. */
  type: string;
  description: string;
}

type Json = Record<string, unknown>;

function resolve(node: Json, root: Json): Json {
  const ref = node['$ref'];
  return typeof ref === 'string' ? ((root['$defs'] as Record<string, Json>)[ref.replace('#/$defs/', '')] ?? node) : node;
}

/** A schema node's description; JSON Schema makes it a string. */
const descriptionOf = (node: Json): string | undefined =>
  typeof node['description'] === 'string' ? node['description'] : undefined;

function typeOf(node: Json, root: Json): string {
  const n = resolve(node, root);
  if (Array.isArray(n['anyOf'])) return (n['anyOf'] as Json[]).map((x) => typeOf(x, root)).join(' | ');
  if (Array.isArray(n['enum'])) return 'string';
  const t = n['type'];
  return Array.isArray(t) ? t.join(' | ') : typeof t === 'string' ? t : 'object';
}

/** Every property of `schema`, depth first, nested objects and object arrays expanded once (recursive refs are not re-entered). */
export function schemaFields(schema: Json, root: Json = schema, prefix = '', seen: Set<string> = new Set()): SchemaField[] {
  const props = (resolve(schema, root)['properties'] ?? {}) as Record<string, Json>;
  return Object.entries(props).flatMap(([key, node]) => {
    const name = `${prefix}${key}`;
    const field = {
      name,
      type: typeOf(node, root),
      description: descriptionOf(resolve(node, root)) ?? descriptionOf(node) ?? '',
    };
    const variants = [node, ...((node['anyOf'] as Json[] | undefined) ?? [])].map((v) => resolve(v, root));
    const inner = variants.flatMap((v) =>
      v['type'] === 'array' && v['items']
        ? [{ node: v['items'] as Json, suffix: '[].' }]
        : v['properties']
          ? [{ node: v, suffix: '.' }]
          : [],
    );
    const below = inner.flatMap(({ node: n, suffix }) => {
      const ref = typeof n['$ref'] === 'string' ? n['$ref'] : '';
      if (ref && seen.has(ref)) return [];
      return schemaFields(n, root, `${name}${suffix}`, ref ? new Set([...seen, ref]) : seen);
    });
    return [field, ...below];
  });
}
