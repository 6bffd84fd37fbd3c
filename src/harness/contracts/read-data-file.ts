import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { ContractProblem } from './contract-problem';

export type ReadResult = { ok: true; data: unknown } | { ok: false; problem: ContractProblem };

/**
 * Reads a YAML or JSON data file. A syntax error becomes a problem naming the file and the
 * line and column, never an exception without a location.
 */
export function readDataFile(absolutePath: string, displayPath: string, cacheDirectory?: string): ReadResult {
  let text: string;
  try {
    text = readFileSync(absolutePath, 'utf8');
  } catch (error) {
    return { ok: false, problem: { file: displayPath, pointer: '', message: `cannot read: ${(error as Error).message}` } };
  }
  if (absolutePath.endsWith('.json')) {
    try {
      return { ok: true, data: JSON.parse(text) as unknown };
    } catch (error) {
      return { ok: false, problem: { file: displayPath, pointer: '', message: `not valid JSON: ${(error as Error).message}` } };
    }
  }
  // YAML parsing is the slow half of loading (~1 s for all contracts); the parsed form of an
  // unchanged file is taken from a cache keyed by the file's content.
  const cached = cacheDirectory ? join(cacheDirectory, `${createHash('sha256').update(text).digest('hex')}.json`) : undefined;
  if (cached) {
    try {
      return { ok: true, data: JSON.parse(readFileSync(cached, 'utf8')) as unknown };
    } catch {
      // not cached yet (or unreadable): parse below
    }
  }
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const firstError = document.errors[0];
  if (firstError) {
    const at = firstError.linePos?.[0];
    const where = at ? ` at line ${at.line}, column ${at.col}` : '';
    return { ok: false, problem: { file: displayPath, pointer: '', message: `not valid YAML${where}: ${firstError.message.split('\n')[0] ?? ''}` } };
  }
  const data = document.toJS({ maxAliasCount: 100 }) as unknown;
  if (cached) writeAtomically(cached, JSON.stringify(data));
  return { ok: true, data };
}

/** Writes through a temporary file so that a parallel reader never sees half a file. */
export function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch {
    // a cache that cannot be written is only a slower next start
  }
}
