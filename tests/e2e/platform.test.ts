import {expect, inject, test} from 'vitest';

const baseUrl = inject('baseUrl');

test('the health endpoint reports a reachable, fully migrated database', async () => {
  const response = await fetch(`${baseUrl}/api/health`);
  expect(response.status).toBe(200);
  const health = await response.json();
  expect(health).toMatchObject({
    ok: true,
    database: {reachable: true, kind: 'embedded'},
    migrations: {pending: [], failed: []},
  });
  expect(health.migrations.applied).toBe(health.migrations.expected);
});

test('pages carry security headers', async () => {
  const response = await fetch(`${baseUrl}/en`);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  expect(response.headers.get('x-powered-by')).toBeNull();
});
