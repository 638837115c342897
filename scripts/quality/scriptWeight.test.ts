import {expect, test} from 'vitest';
import {originOf} from './scriptWeight';

test('bytes are credited to the package a source comes from, React inside Next by name', () => {
  expect(
    originOf('turbopack:///[project]/node_modules/next/dist/compiled/react-dom/cjs/react-dom-client.production.js'),
  ).toBe('react-dom (inside next)');
  expect(originOf('turbopack:///[project]/node_modules/next/dist/client/app-index.js')).toBe('next');
  expect(originOf('turbopack:///[project]/node_modules/@formatjs/icu-messageformat-parser/lib/parser.js')).toBe(
    '@formatjs/icu-messageformat-parser',
  );
  expect(
    originOf('turbopack:///[project]/node_modules/next-intl/dist/esm/production/navigation/shared/BaseLink.js'),
  ).toBe('next-intl');
  expect(originOf('turbopack:///[project]/tmp/quality-weight/components/ReaderControls.tsx')).toBe('Selaras (ours)');
  expect(originOf('turbopack:///[turbopack]/browser/runtime/base/runtime-base.ts')).toBe('turbopack runtime');
});
