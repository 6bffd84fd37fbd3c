const MASK = '<redacted>';
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key']);

/**
 * Removes credentials from anything that may reach a report, a log or a reproduction command:
 * secret headers are masked whole, and every known secret value is masked wherever it appears.
 */
export class Redactor {
  /** One alternation of every secret, longest first (so a secret containing another is masked whole). */
  private readonly pattern: RegExp | undefined;

  constructor(secrets: Iterable<string>) {
    const sorted = [...new Set(secrets)].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
    this.pattern = sorted.length > 0 ? new RegExp(sorted.map(escapeRegExp).join('|'), 'g') : undefined;
  }

  /** True when the text holds a secret value. */
  mentionsSecret(value: string): boolean {
    if (!this.pattern) return false;
    this.pattern.lastIndex = 0;
    return this.pattern.test(value);
  }

  text(value: string): string {
    return this.mentionsSecret(value) ? value.replace(this.pattern!, MASK) : value;
  }

  headers(headers: Readonly<Record<string, string | string[] | undefined>>): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined) continue;
      const joined = Array.isArray(value) ? value.join(', ') : value;
      result[name.toLowerCase()] = SECRET_HEADERS.has(name.toLowerCase()) ? maskScheme(joined) : this.text(joined);
    }
    return result;
  }

  /** Deep copy of JSON data with secret values masked in every string. */
  json(value: unknown): unknown {
    if (typeof value === 'string') return this.text(value);
    if (Array.isArray(value)) return value.map((v) => this.json(v));
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.json(v)]));
    return value;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Keeps the scheme (`Basic`, `Bearer`) visible: it is evidence, the credential is not. */
function maskScheme(value: string): string {
  const scheme = /^(\w+)\s+/.exec(value)?.[1];
  return scheme ? `${scheme} ${MASK}` : MASK;
}
