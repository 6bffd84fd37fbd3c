import type { Exchange } from '../http/exchange';

/** Quotes one shell word for POSIX shells: single quotes, with `'` written as `'\''`. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Headers a reproduction does not need (the client sets them itself). */
const LEFT_OUT = new Set(['host', 'content-length', 'connection']);

/**
 * A copy-pasteable reproduction of a request. It is built from the exchange as recorded, which is
 * already redacted, so credentials appear as `<redacted>` and the command never carries a secret.
 */
export function curlCommand(request: Exchange['request']): string {
  const parts = ['curl', '-sS', '-X', request.method, shellQuote(request.url)];
  for (const [name, value] of Object.entries(request.headers)) {
    if (!LEFT_OUT.has(name.toLowerCase())) parts.push('-H', shellQuote(`${name}: ${value}`));
  }
  if (request.body !== undefined) parts.push('--data-raw', shellQuote(typeof request.body === 'string' ? request.body : JSON.stringify(request.body)));
  return parts.join(' ');
}
