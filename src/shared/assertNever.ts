/** Makes a switch exhaustive: adding a case to a union without handling it fails type-checking. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
