/**
 * Recording times as the document prints them ("2015-09-10T16:58:22.000+0000": an offset without a
 * colon, gir.timestamp-format) and the epoch milliseconds of the startTime / endTime parameters.
 */
export function formatGirTime(epochMillis: number): string {
  return new Date(epochMillis).toISOString().replace('Z', '+0000');
}

/** Epoch milliseconds of a recording time in either offset form (+0000, +00:00 or Z). */
export function parseGirTime(text: string): number {
  return Date.parse(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
}
