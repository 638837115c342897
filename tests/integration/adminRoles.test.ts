// Role changes made at the same moment: two admins demoting each other must leave one admin.
import {expect, test} from 'vitest';
import type {Actor} from '../../core/accounts/roles';
import {changeRole, ensureUser} from '../../server/accounts/people';
import {describeOnBothDatabases} from '../helpers/databases';

describeOnBothDatabases('admins demoting each other at once', (db) => {
  test('one demotion goes through, the other is refused, and an admin is left every time', async () => {
    const prisma = db().prisma;
    for (let round = 0; round < 5; round++) {
      const actors: Actor[] = [];
      for (const name of ['ada', 'ben']) {
        const email = `${name}-${round}@roles.test`;
        await ensureUser(prisma, {email, password: 'password-123', name, role: 'admin'});
        actors.push({id: (await prisma.user.findUniqueOrThrow({where: {email}})).id, role: 'admin'});
      }
      // Only these two are admins: earlier rounds' pairs are left as editors.
      await prisma.user.updateMany({
        where: {role: 'admin', id: {notIn: actors.map((a) => a.id)}},
        data: {role: 'editor'},
      });
      const [a, b] = actors as [Actor, Actor];
      const results = await Promise.all([changeRole(prisma, a, b.id, 'editor'), changeRole(prisma, b, a.id, 'editor')]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      // The loser was either demoted first (no longer an admin) or would have removed the last one.
      expect(results.find((r) => !r.ok)).toMatchObject({
        ok: false,
        error: expect.stringMatching(/^(forbidden|lastAdmin)$/),
      });
      expect(await prisma.user.count({where: {role: 'admin'}})).toBe(1);
    }
  });

  test('an admin demoted a moment ago can no longer change roles, though their request said admin', async () => {
    const prisma = db().prisma;
    const [left] = await prisma.user.findMany({where: {role: 'admin'}, select: {id: true}});
    const demoted = await prisma.user.findFirstOrThrow({where: {role: 'editor'}, select: {id: true}});
    expect(await changeRole(prisma, {id: demoted.id, role: 'admin'}, left!.id, 'learner')).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await prisma.user.count({where: {role: 'admin'}})).toBe(1);
  });
});
