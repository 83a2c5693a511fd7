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

it('the bodies the seeds name keep the slugs they had before the registry was rebuilt', () => {
  // Slugs as content/departments.yaml gave them before its rebuild from sources (git: 69fdc43^).
  const before: Record<string, string> = {
    吉林省卫生健康委员会: 'jl-wjw',
    吉林省人民政府办公厅: 'jl-zfbgt',
    吉林省科学技术厅: 'jl-kjt',
    吉林省市场监督管理厅: 'jl-scjgt',
    吉林省教育厅: 'jl-jyt',
    吉林省人力资源和社会保障厅: 'jl-rst',
    吉林省地方金融监督管理局: 'jl-jrj',
    吉林省政务服务和数字化建设管理局: 'jl-zsj',
    吉林省司法厅: 'jl-sft',
    吉林省财政厅: 'jl-czt',
    吉林省工业和信息化厅: 'jl-gxt',
    吉林省中医药管理局: 'jl-zyyj',
    吉林省商务厅: 'jl-swt',
    吉林省发展和改革委员会: 'jl-fgw',
    吉林省人民政府外事办公室: 'jl-wb',
    四川省卫生健康委员会: 'sc-wjw',
    四川省中医药管理局: 'sc-zyyj',
    四川省疾病预防控制局: 'sc-jkj',
    四川省发展和改革委员会: 'sc-fgw',
    中共四川省委军民融合发展委员会办公室: 'sc-jmrhb',
  };
  const registry = departmentRegistrySchema.parse(raw);
  const slugOf = Object.fromEntries(registry.map((d) => [d.name, d.slug]));
  assert.deepEqual(Object.fromEntries(Object.keys(before).map((name) => [name, slugOf[name]])), before);
});

it('no two bodies of one region claim the same short form, nor the 省X / X forms their names give', () => {
  // The forms a document of the region can print: `short`, a former name's `short`, and for a
  // name R+X (吉林省+教育厅) the forms 省X / 市X / 区X and X. Two bodies sharing one would make it
  // resolve to whichever comes first.
  const registry = departmentRegistrySchema.parse(raw);
  const claims = new Map<string, Set<string>>();
  for (const d of registry.filter((e) => e.region !== '国家')) {
    const prefix = d.region.endsWith('自治区') ? '区' : d.region.endsWith('市') ? '市' : '省';
    const rest = d.name.startsWith(d.region) ? d.name.slice(d.region.length) : undefined;
    const forms = [...d.short, ...d.former.flatMap((f) => f.short), ...(rest ? [prefix + rest, rest] : [])];
    for (const form of forms) {
      const key = `${d.region} ${form}`;
      claims.set(key, (claims.get(key) ?? new Set()).add(d.slug));
    }
  }
  const shared = [...claims].filter(([, slugs]) => slugs.size > 1).map(([key, slugs]) => `${key}: ${[...slugs].join(', ')}`);
  assert.deepEqual(shared, []);
});

it("every entry's parent is an entry of its own region or a national body", () => {
  const registry = departmentRegistrySchema.parse(raw);
  const regionOf = new Map(registry.map((d) => [d.slug, d.region]));
  const wrong = registry
    .filter((d) => d.parent !== undefined && ![d.region, '国家'].includes(regionOf.get(d.parent) ?? ''))
    .map((d) => `${d.slug} → ${d.parent}`);
  assert.deepEqual(wrong, []);
});

it('every province-level region has its 发展和改革委员会 and its 卫生健康委员会', () => {
  // Both lists in the registry's sources name all 31 regions' bodies (the oil-price notices'
  // provincial DRCs, the 2020 epidemic reports' provincial health commissions).
  const registry = departmentRegistrySchema.parse(raw);
  const regions = new Set(registry.filter((d) => d.kind === 'government' && d.region !== '国家').map((d) => d.region));
  const lacking = [...regions].flatMap((r) =>
    ['发展和改革委员会', '卫生健康委员会']
      .filter((x) => !registry.some((d) => d.region === r && d.name === r + x && d.kind === 'constituent'))
      .map((x) => r + x),
  );
  assert.equal(regions.size, 31);
  assert.deepEqual(lacking, []);
});
