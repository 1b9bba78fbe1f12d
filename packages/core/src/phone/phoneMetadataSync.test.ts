/// <reference types="node" />
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MetadataJson } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import { callingCodeTable, metadataGroup, metadataGroupKeys } from '../../scripts/phoneMetadataFiles';
import { phoneMetadataSource } from './metadata/callingCodes';
import { metadataLoaders } from './metadata/loaders';
import { callingCodeCountries } from './phoneCountries';
import { hasPhoneMetadata, loadPhoneMetadata } from './phoneMetadata';

const require = createRequire(import.meta.url);
const installed = require('libphonenumber-js/metadata.min.json') as MetadataJson;
const installedVersion = (require('libphonenumber-js/package.json') as { version: string }).version;
const groupsDirectory = join(dirname(fileURLToPath(import.meta.url)), 'metadata/groups');

describe('generated phone metadata', () => {
  it('was cut from the installed libphonenumber-js (run sync:phone-metadata after upgrading it)', () => {
    expect(phoneMetadataSource).toBe(`libphonenumber-js@${installedVersion}`);
    expect(callingCodeCountries).toEqual(callingCodeTable(installed));
  });

  it('has exactly one group file and one loader per two-digit calling-code prefix', () => {
    const keys = metadataGroupKeys(installed);
    const files = readdirSync(groupsDirectory).map((file) => file.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...keys].sort());
    expect(metadataLoaders).toHaveLength(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['1', '7', '44', '35']));
  });

  it('holds, in every group, the exact slice of the installed min metadata, loaded by its loader', async () => {
    for (const [index, key] of metadataGroupKeys(installed).entries()) {
      const module = await metadataLoaders[index]?.();
      expect(module?.default, `group +${key}`).toEqual(metadataGroup(installed, key));
    }
  });

  it('loads the plan of every calling code when asked for it by code', async () => {
    for (const code of Object.keys(callingCodeTable(installed))) {
      await loadPhoneMetadata(code);
      expect(hasPhoneMetadata(code), `+${code}`).toBe(true);
    }
  });

  it('loses nothing: the groups together are the whole min metadata', async () => {
    const countries: Record<string, unknown> = {};
    const nonGeographic: Record<string, unknown> = {};
    for (const load of metadataLoaders) {
      const { default: group } = await load();
      Object.assign(countries, group.countries);
      Object.assign(nonGeographic, group.nonGeographic);
    }
    expect(countries).toEqual(installed.countries);
    expect(nonGeographic).toEqual(installed.nonGeographic);
  });
});
