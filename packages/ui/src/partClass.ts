/**
 * The class of one part: the built-in `vk-*` class plus the app's (any number), or only the app's in `unstyled` mode.
 * `undefined` when both are empty, so no empty `class=""` reaches the DOM.
 */
export function partClass(
  unstyled: boolean,
  builtIn: string,
  ...custom: (string | undefined)[]
): string | undefined {
  const joined = [unstyled ? undefined : builtIn, ...custom].filter(Boolean).join(' ');
  return joined || undefined;
}
