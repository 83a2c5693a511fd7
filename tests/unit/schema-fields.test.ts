import assert from 'node:assert/strict';
import { it } from 'node:test';
import { z } from 'zod';
import { schemaFields } from '../../src/open-data/schema-fields.ts';

interface Node {
  id: string;
  children: Node[];
}
const node: z.ZodType<Node> = z.lazy(() => z.object({ id: z.string().describe('编号'), children: z.array(node) }));
const schema = z.object({
  title: z.string().describe('标题'),
  proposal: z
    .object({ number: z.number().nullable().describe('提案号') })
    .nullable()
    .describe('提案'),
  sections: z.array(node).describe('章节'),
});

it('lists nested and array fields with dotted names, types and descriptions, entering a recursive node once', () => {
  assert.deepEqual(schemaFields(z.toJSONSchema(schema, { io: 'output' }) as Record<string, unknown>), [
    { name: 'title', type: 'string', description: '标题' },
    { name: 'proposal', type: 'object | null', description: '提案' },
    { name: 'proposal.number', type: 'number | null', description: '提案号' },
    { name: 'sections', type: 'array', description: '章节' },
    { name: 'sections[].id', type: 'string', description: '编号' },
    { name: 'sections[].children', type: 'array', description: '' },
  ]);
});
