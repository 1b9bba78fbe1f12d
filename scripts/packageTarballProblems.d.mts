/** What is wrong with a packed package (see packageTarballProblems.mjs); empty when it is fit to publish. */
export function tarballProblems(files: Map<string, string>, expected: { license: string }): string[];
