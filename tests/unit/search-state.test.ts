import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paramsFromState, stateFromParams } from '../../src/search/client/search-state.ts';

test('a shared URL gives back the query, the order and the filters', () => {
  const state = stateFromParams(new URLSearchParams('q=医药&sort=date-desc&region=四川省&type=通知&type=答复'));
  assert.deepEqual(state, { q: '医药', sort: 'date-desc', filters: { region: ['四川省'], type: ['答复', '通知'] } });
  assert.equal(
    paramsFromState(state).toString(),
    new URLSearchParams('q=医药&sort=date-desc&region=四川省&type=答复&type=通知').toString(),
  );
});

test('an unknown order falls back to relevance and is left out of the URL', () => {
  const state = stateFromParams(new URLSearchParams('q=人参&sort=random'));
  assert.equal(state.sort, 'relevance');
  assert.equal(paramsFromState(state).toString(), 'q=%E4%BA%BA%E5%8F%82');
});
