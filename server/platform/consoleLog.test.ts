import {expect, test} from 'vitest';
import {consoleFields} from './consoleLog';

test("Next's error line keeps its message, digest and stack in one object", () => {
  const error = Object.assign(new Error('Connection terminated unexpectedly'), {digest: '802380328'});
  const {msg, fields} = consoleFields([' ⨯', error]);
  expect(msg).toBe('Connection terminated unexpectedly');
  expect(fields).toMatchObject({error: 'Connection terminated unexpectedly', digest: '802380328'});
  expect(String(fields.stack)).toContain('consoleLog.test.ts');
  expect(JSON.stringify({msg, ...fields})).not.toContain('\n"');
});

test('format arguments are applied and the symbol prefix dropped', () => {
  expect(consoleFields(['⚠ %s took %d ms', 'render', 12]).msg).toBe('render took 12 ms');
  expect(consoleFields([{a: 1}]).msg).toBe('{ a: 1 }');
});
