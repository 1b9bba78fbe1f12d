/// <reference types="node" />
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MetadataJson } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import { callingCodeTable, metadataGroup, metadataGroupKeys } from '../../scripts/phoneMetadataFiles';
import { callingCodeCountries, phoneMetadataSource } from './metadata/callingCodes';
import { metadataLoaders } from './metadata/loaders';

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
    const keys = metadataGroupKeys(installed).sort();
    const files = readdirSync(groupsDirectory)
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect(files).toEqual(keys);
    expect(Object.keys(metadataLoaders).sort()).toEqual(keys.map((key) => `g${key}`).sort());
    expect(keys).toEqual(expect.arrayContaining(['1', '7', '44', '35']));
  });

  it('holds, in every group, the exact slice of the installed min metadata', async () => {
    for (const key of metadataGroupKeys(installed)) {
      const module = await metadataLoaders[`g${key}`]?.();
      expect(module?.default, `group +${key}`).toEqual(metadataGroup(installed, key));
    }
  });

  it('loses nothing: the groups together are the whole min metadata', async () => {
    const countries: Record<string, unknown> = {};
    const nonGeographic: Record<string, unknown> = {};
    for (const load of Object.values(metadataLoaders)) {
      const { default: group } = await load();
      Object.assign(countries, group.countries);
      Object.assign(nonGeographic, group.nonGeographic);
    }
    expect(countries).toEqual(installed.countries);
    expect(nonGeographic).toEqual(installed.nonGeographic);
  });
});
