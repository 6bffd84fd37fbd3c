import type { Exchange } from './exchange';

/** Quotes a word for a POSIX shell: single quotes, with each `'` written as `'\''`. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * A copy-pasteable curl command repeating an exchange's request. It is built from the recorded
 * exchange, which is already redacted: credentials appear as `<redacted>` and must be filled in
 * by whoever runs it.
 */
export function curlCommand(exchange: Exchange): string {
  const { request } = exchange;
  const parts = ['curl', '-sS', '-X', request.method, shellQuote(request.url)];
  for (const [name, value] of Object.entries(request.headers)) {
    if (name === 'content-length' || name === 'host') continue;
    parts.push('-H', shellQuote(`${name}: ${value}`));
  }
  if (request.body !== undefined) parts.push('--data-raw', shellQuote(typeof request.body === 'string' ? request.body : JSON.stringify(request.body)));
  return parts.join(' ');
}
