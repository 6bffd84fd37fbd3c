/**
 * A record with no group of mutually exclusive members present in full: from each such group,
 * the last member that is not required is dropped. Used for query parameters documented as
 * exclusive and for object schemas whose `not: {required: [...]}` forbids a combination.
 */
export function withoutFullGroups<T>(value: Readonly<Record<string, T>>, groups: readonly (readonly string[])[], required: readonly string[]): Record<string, T> {
  let result: Record<string, T> = { ...value };
  for (const group of groups) {
    if (!group.every((name) => name in result)) continue;
    const drop = [...group].reverse().find((name) => !required.includes(name));
    if (drop === undefined) continue;
    const { [drop]: _dropped, ...rest } = result;
    result = rest;
  }
  return result;
}
