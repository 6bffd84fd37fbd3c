import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { parseDocument } from 'yaml';
import type { Family } from '../contracts';
import waiverSchema from './waiver-file.schema.json';
import { WaiverError } from './waiver-error';

export interface Waiver {
  readonly file: string;
  readonly index: number;
  readonly clause?: string;
  readonly check?: string;
  readonly family?: Family;
  readonly target: string;
  readonly reason: string;
  readonly link: string;
  readonly expires: string;
}

const validateWaivers = new Ajv2020({ allErrors: true, strict: true }).compile(waiverSchema);

/** Today as `YYYY-MM-DD` in UTC, the calendar waivers expire by. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Reads a waiver file. A structure error, an impossible date or an expired waiver fails the
 * load, with the file and each field named (`waivers[2].expires`): an expired waiver is a
 * decision someone has to take again, not one that silently lapses or silently lasts.
 */
export function loadWaivers(file: string, options: { today?: string } = {}): Waiver[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new WaiverError(file, [{ field: '', message: `cannot read: ${(error as Error).message}` }]);
  }
  const document = parseDocument(text, { uniqueKeys: true });
  if (document.errors[0]) {
    const at = document.errors[0].linePos?.[0];
    throw new WaiverError(file, [{ field: '', message: `not valid YAML${at ? ` at line ${at.line}, column ${at.col}` : ''}: ${document.errors[0].message.split('\n')[0] ?? ''}` }]);
  }
  const data: unknown = document.toJS();
  if (!validateWaivers(data)) {
    const problems = (validateWaivers.errors ?? [])
      .filter((e) => !e.schemaPath.includes('/oneOf/'))
      .map((e) => ({
        field: fieldName(e.instancePath),
        message: e.keyword === 'oneOf' ? 'give exactly one of `clause` and `check`' : `${e.message ?? e.keyword}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`,
      }));
    throw new WaiverError(file, problems);
  }
  const today = options.today ?? todayUtc();
  const raw = (data as { waivers: Omit<Waiver, 'file' | 'index'>[] }).waivers;
  const problems: { field: string; message: string }[] = [];
  raw.forEach((waiver, index) => {
    const field = `waivers[${index}].expires`;
    if (!isCalendarDate(waiver.expires)) problems.push({ field, message: `"${waiver.expires}" is not a calendar date` });
    else if (waiver.expires < today) problems.push({ field, message: `expired on ${waiver.expires} (today is ${today}); renew it with a new reason or remove it` });
  });
  if (problems.length > 0) throw new WaiverError(file, problems);
  return raw.map((waiver, index) => ({ ...waiver, file, index }));
}

/** `/waivers/2/expires` → `waivers[2].expires`. */
function fieldName(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : `${i > 0 ? '.' : ''}${part}`))
    .join('');
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
