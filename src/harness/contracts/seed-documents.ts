import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The source documents the contracts are derived from. They live outside the repository
 * (`../shared/seeds` next to a clone, or `CC_SEEDS_DIR`); tests that need them skip when absent.
 */
export function seedsDirectory(root: string): string | undefined {
  const candidates = [process.env.CC_SEEDS_DIR, join(root, '..', 'shared', 'seeds')].filter((d): d is string => !!d);
  return candidates.map((d) => resolve(d)).find((d) => existsSync(d));
}

export class SeedDocuments {
  private readonly texts = new Map<string, string>();
  private readonly normalised = new Map<string, string>();

  constructor(readonly directory: string) {}

  has(name: string): boolean {
    return existsSync(join(this.directory, name));
  }

  text(name: string): string {
    let text = this.texts.get(name);
    if (text === undefined) {
      text = readFileSync(join(this.directory, name), 'utf8');
      this.texts.set(name, text);
    }
    return text;
  }

  /** True when `fragment` occurs in the document, ignoring case, white space runs and markdown emphasis. */
  contains(name: string, fragment: string): boolean {
    let haystack = this.normalised.get(name);
    if (haystack === undefined) {
      haystack = normaliseText(this.text(name));
      this.normalised.set(name, haystack);
    }
    return haystack.includes(normaliseText(fragment));
  }
}

export function normaliseText(text: string): string {
  return text
    .replace(/[*`]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
