import assert from 'node:assert/strict';
import { it } from 'node:test';
import { jsonForScript } from '../../src/views/json-for-script.ts';

const hostile = { name: '</script><script>alert(1)</script><!-- & \u2028' };

it('leaves no < > or & that could end a script element', () => {
  assert.equal(
    jsonForScript(hostile),
    '{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028"}',
  );
});

it('parses back to the same value', () => {
  assert.deepEqual(JSON.parse(jsonForScript(hostile)), hostile);
});
