import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { ContractProblem } from './contract-problem';

export type ReadResult = { ok: true; data: unknown } | { ok: false; problem: ContractProblem };

/**
 * Reads a YAML or JSON data file. A syntax error becomes a problem naming the file and the
 * line and column, never an exception without a location.
 */
export function readDataFile(absolutePath: string, displayPath: string): ReadResult {
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
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const firstError = document.errors[0];
  if (firstError) {
    const at = firstError.linePos?.[0];
    const where = at ? ` at line ${at.line}, column ${at.col}` : '';
    return { ok: false, problem: { file: displayPath, pointer: '', message: `not valid YAML${where}: ${firstError.message.split('\n')[0] ?? ''}` } };
  }
  return { ok: true, data: document.toJS({ maxAliasCount: 100 }) as unknown };
}
