import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { load } from 'js-yaml';
import { departmentRegistrySchema } from '../../src/schema/registry.ts';

const raw = load(readFileSync(new URL('../../content/departments.yaml', import.meta.url), 'utf8')) as Record<string, unknown>[];

it('every entry of departments.yaml names the list it comes from and where that list was read', () => {
  const missing = raw.filter((e) => {
    const s = e['source'] as { title?: unknown; url?: unknown } | undefined;
    return typeof s?.title !== 'string' || typeof s.url !== 'string' || !/^https?:\/\//.test(s.url);
  });
  assert.deepEqual(
    missing.map((e) => e['slug']),
    [],
  );
});

it('an entry without a source is refused by the registry schema', () => {
  const parsed = departmentRegistrySchema.safeParse([
    { slug: 'jl-x', name: '吉林省某厅', region: '吉林省', kind: 'constituent' },
  ]);
  assert.equal(parsed.success, false);
});

it('the State Council lists 26 组成部门 and 17 部委管理的国家局, and the registry holds each of them', () => {
  const registry = departmentRegistrySchema.parse(raw);
  const national = (kind: string) => registry.filter((d) => d.region === '国家' && d.kind === kind).length;
  assert.deepEqual(
    [national('constituent'), national('special'), national('affiliated'), national('institution'), national('managed')],
    [26, 1, 14, 7, 17],
  );
});

it("every province-level region has its people's government and its office", () => {
  const registry = departmentRegistrySchema.parse(raw);
  assert.equal(registry.filter((d) => d.kind === 'government' && d.region !== '国家').length, 31);
  assert.equal(registry.filter((d) => d.kind === 'office' && d.region !== '国家').length, 31);
});
