/** A JSON value as a string: itself when it is one, '' otherwise (request bodies are open objects). */
export function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The first string among the values, or ''. */
export function firstString(...values: unknown[]): string {
  return stringOf(values.find((v) => typeof v === 'string'));
}
