// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The copy-paste example on each component's Storybook docs page (the `DESCRIPTION` of its stories file) is code a
 * person pastes: it must compile against the package as it is today, with the repository's strict settings.
 */
const SOURCE = new URL('.', import.meta.url).pathname;
const ROOT = join(SOURCE, '../../..');

interface Example {
  story: string;
  code: string;
}

function examplesOf(): Example[] {
  const files = readdirSync(SOURCE, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.stories.tsx'),
  );
  return files.flatMap((story) => {
    const text = readFileSync(join(SOURCE, story), 'utf8');
    const description = /const DESCRIPTION = `([\s\S]*?)`;\n/.exec(text)?.[1];
    if (description === undefined) return [];
    // The template literal's own escapes, undone: what the docs page shows.
    const shown = description.replaceAll('\\`', '`').replaceAll('\\${', '${');
    return [...shown.matchAll(/```tsx\n([\s\S]*?)```/g)].map((match) => ({ story, code: match[1] ?? '' }));
  });
}

function compilerOptions(): ts.CompilerOptions {
  const { config } = ts.readConfigFile(join(ROOT, 'tsconfig.base.json'), ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, ROOT).options;
}

/** Type errors of each example, each compiled as a file of its own beside the package's sources (one program). */
function typeErrorsOf(codes: readonly string[]): string[][] {
  const fileNames = codes.map((_code, index) => join(SOURCE, `__docs_example_${index}__.tsx`));
  const virtual = new Map(fileNames.map((name, index) => [name, codes[index] ?? '']));
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => virtual.get(name) ?? readFile(name);
  host.fileExists = (name) => virtual.has(name) || ts.sys.fileExists(name);
  host.getSourceFile = (name, version, onError) => {
    const code = virtual.get(name);
    return code === undefined
      ? getSourceFile(name, version, onError)
      : ts.createSourceFile(name, code, version, true, ts.ScriptKind.TSX);
  };
  const program = ts.createProgram(fileNames, options, host);
  return fileNames.map((name) =>
    ts
      .getPreEmitDiagnostics(program, program.getSourceFile(name))
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')),
  );
}

const examples = examplesOf();
const typeErrors = typeErrorsOf(examples.map((example) => example.code));

describe('the copy-paste examples on the Storybook docs pages', () => {
  it('exist for every component with stories', () => {
    expect(new Set(examples.map((example) => example.story))).toEqual(
      new Set([
        'CalloutWaiting.stories.tsx',
        'Countdown.stories.tsx',
        'FlashcallWaiting.stories.tsx',
        'OtpInput/OtpInput.stories.tsx',
        'PhoneInput/PhoneInput.stories.tsx',
        'PhoneVerification/PhoneVerification.stories.tsx',
        'SeamlessWaiting.stories.tsx',
        'SmsWaiting.stories.tsx',
        'WhatsAppWaiting.stories.tsx',
      ]),
    );
  });

  it.each(examples.map((example, index) => ({ ...example, index })))(
    'compile against the package: $story',
    ({ index }) => {
      expect(typeErrors[index]).toEqual([]);
    },
  );
});
