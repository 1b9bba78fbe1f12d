// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { methodFromWire, methodToWire, sinchErrorCodeOf } from './wire';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Every TypeScript source file under `folder`, tests included, build output and dependencies left out. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory())
      return ['node_modules', 'dist', 'storybook-static'].includes(entry.name) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function exportedTypeNames(file: string): string[] {
  const source = readFileSync(join(root, file), 'utf8');
  return [...source.matchAll(/^export (?:interface|type) (\w+)/gm)].map((match) => match[1] as string);
}

describe('method spellings', () => {
  it('accepts flashCall in any case and answers flashcall', () => {
    for (const spelling of ['flashCall', 'flashcall', 'FLASHCALL', 'FlashCall'])
      expect(methodToWire(spelling)).toBe('flashcall');
    expect(methodFromWire('flashcall')).toBe('flashCall');
  });

  it('refuses unknown methods', () => {
    // WhatsApp was the example of an unknown method until verikit offered it (issue 15); it is known now.
    expect(methodToWire('WhatsApp')).toBe('whatsapp');
    expect(methodToWire('telegram')).toBeUndefined();
    expect(methodToWire('')).toBeUndefined();
  });
});

describe('sinchErrorCodeOf', () => {
  it('reads Sinch’s errorCode as a number or as the string its OpenAPI examples show', () => {
    expect(sinchErrorCodeOf({ errorCode: 40001, message: 'x' })).toBe(40001);
    expect(sinchErrorCodeOf({ errorCode: '42201', message: 'No route to destination' })).toBe(42201);
    expect(sinchErrorCodeOf({ errorCode: ' 50301 ' })).toBe(50301);
  });

  it('reads nothing from a body without a five-digit code', () => {
    for (const body of [
      null,
      'oops',
      42201,
      {},
      { errorCode: 'abc' },
      { errorCode: '4220' },
      { errorCode: 4.2e4 + 0.5 },
      { errorCode: '1e4' },
      { errorCode: [42201] },
    ])
      expect(sinchErrorCodeOf(body)).toBeUndefined();
  });
});

describe('one definition of the wire and the proxy contract', () => {
  it('is written in core only: no other package or app declares a type of the same name', () => {
    const names = [
      ...exportedTypeNames('packages/core/src/wire.ts'),
      ...exportedTypeNames('packages/core/src/proxyContract.ts'),
    ];
    expect(names).toEqual(expect.arrayContaining(['StartVerificationResponse', 'ProxyErrorCode']));
    const declaration = new RegExp(`\\b(?:interface|type)\\s+(${names.join('|')})\\b\\s*[<={]`, 'g');
    const folders = ['packages', 'playground', '.storybook'].map((folder) => join(root, folder));
    const redefinitions = folders
      .flatMap(sourceFiles)
      .filter((file) => !relative(root, file).startsWith(join('packages', 'core')))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(declaration)].map(
          (match) => `${relative(root, file)}: ${match[1]}`,
        ),
      );
    expect(redefinitions).toEqual([]);
  });
});
