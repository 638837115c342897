import {expect, test} from 'vitest';
import {hasRole} from './roles';

test('roles are ordered: admins can do what editors can, editors what learners can', () => {
  const matrix = (['learner', 'editor', 'admin'] as const).map((needed) => [
    hasRole(null, needed),
    ...(['learner', 'editor', 'admin'] as const).map((role) => hasRole({id: 'u', role}, needed)),
  ]);
  expect(matrix).toEqual([
    [false, true, true, true],
    [false, false, true, true],
    [false, false, false, true],
  ]);
});
