/** The bytes of a base64 string, or `undefined` if it is not base64 (`atob` exists in every runtime we target). */
export function base64ToBytesOrUndefined(base64: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
  } catch {
    return undefined;
  }
}
