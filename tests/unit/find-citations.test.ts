import assert from 'node:assert/strict';
import { it } from 'node:test';
import { findCitations, quotedTitles, shortNames } from '../../scripts/ingest/find-citations.ts';
import { resolveCitations } from '../../scripts/corpus/resolve-citations.ts';
import type { Block } from '../../scripts/ingest/types.ts';
import { seedCorpus } from '../support/corpus.ts';

const para = (text: string, section: string): Block => ({ role: 'para', text, lines: [1], part: 0, section });

it('nested 《》 give the outer title and the inner one', () => {
  assert.deepEqual(quotedTitles('根据《关于印发《吉林省规划》的通知》和《办法》'), [
    '关于印发《吉林省规划》的通知',
    '吉林省规划',
    '办法',
  ]);
});

it('a cited 发文字号 loses the running words before it', () => {
  const cites = findCitations([para('根据吉发〔2021〕3号和《意见》（国办发〔2016〕11号）', 's2')]);
  assert.deepEqual(cites, [
    { kind: 'title', text: '意见', sections: ['s2'], resolved: null },
    { kind: 'docNumber', text: '吉发〔2021〕3号', sections: ['s2'], resolved: null },
    { kind: 'docNumber', text: '国办发〔2016〕11号', sections: ['s2'], resolved: null },
  ]);
});

it('a citation found in two sections lists both, once', () => {
  const cites = findCitations([para('《规划》', 's1'), para('《规 划》', 's1'), para('《规划》', 's3')]);
  assert.deepEqual(cites, [{ kind: 'title', text: '规划', sections: ['s1', 's3'], resolved: null }]);
});

it('a title matching an archived document resolves to its slug; others stay null', () => {
  const docs = seedCorpus().map((d) => d.data);
  const citing = {
    ...docs[0]!,
    slug: 'citing',
    citations: [
      { kind: 'title' as const, text: '吉林省医药健康产业“十三五”发展规划', sections: ['s1'], resolved: null },
      { kind: 'docNumber' as const, text: '吉科发医〔2022〕97号', sections: [''], resolved: null },
      { kind: 'title' as const, text: '不在文库中的文件', sections: ['s1'], resolved: null },
    ],
  };
  const resolved = resolveCitations([...docs.slice(1), citing])
    .at(-1)!
    .citations.map((c) => c.resolved);
  assert.deepEqual(resolved, ['jl-yyzf-2017-1', 'jl-kfy-2022-97', null]);
});

it('collapses a short name the text defines (以下简称《…》) into the document it stands for', () => {
  const blocks = [
    para('联合印发《加快培育新质生产力的若干措施》(以下简称《若干措施》)。', ''),
    para('现对《若干措施》有关情况解读如下。', 's1'),
  ];
  assert.deepEqual(findCitations(blocks), [
    { kind: 'title', text: '加快培育新质生产力的若干措施', sections: ['', 's1'], resolved: null },
  ]);
});

it('reads short names after a nested title, and only those the text defines', () => {
  assert.deepEqual(
    [...shortNames('《关于印发《X规划》的通知》（以下简称《通知》）和《Y》（以下称《Y》）')],
    [['通知', '关于印发《X规划》的通知']],
  );
});
