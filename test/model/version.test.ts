// The bundled action cannot read package.json: the version it reports is kept in step with it here.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { VERSION } from '../../src/model/version.ts';

it('VERSION is package.json\'s version', () => {
  expect(VERSION).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
});
