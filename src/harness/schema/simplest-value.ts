import type { SchemaResolver } from '../contracts/schema-resolver';
import { isRecord } from '../contracts/is-record';
import { resolveSchema } from './resolve-schema';

const FORMAT_VALUES: Readonly<Record<string, string>> = {
  uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  time: '00:00:00Z',
  email: 'someone@example.com',
  uri: 'http://example.com/',
  'uri-reference': '/example',
  hostname: 'example.com',
  ipv4: '127.0.0.1',
};

/**
 * A deterministic, plain valid value for a scalar schema (a path or query parameter): its
 * example, first enum value, const or default, else one built from its format, type and bounds.
 * Returns undefined when no candidate passes `isValid`; callers say why they skip.
 */
export function simplestValue(resolver: SchemaResolver, schema: unknown, isValid: (value: unknown) => boolean): unknown {
  const resolved = resolveSchema(resolver, schema);
  if (typeof resolved === 'boolean') return resolved ? 'x' : undefined;
  const candidates: unknown[] = [];
  if ('example' in resolved) candidates.push(resolved.example);
  if (Array.isArray(resolved.examples)) candidates.push(...(resolved.examples as unknown[]));
  if (Array.isArray(resolved.enum)) candidates.push(...(resolved.enum as unknown[]));
  if ('const' in resolved) candidates.push(resolved.const);
  if ('default' in resolved) candidates.push(resolved.default);
  const types = typeof resolved.type === 'string' ? [resolved.type] : Array.isArray(resolved.type) ? (resolved.type as string[]) : [];
  if (typeof resolved.format === 'string' && FORMAT_VALUES[resolved.format]) candidates.push(FORMAT_VALUES[resolved.format]);
  if (types.includes('integer') || types.includes('number')) {
    const minimum = typeof resolved.minimum === 'number' ? resolved.minimum : typeof resolved.exclusiveMinimum === 'number' ? resolved.exclusiveMinimum + 1 : 1;
    candidates.push(Math.max(1, Math.ceil(minimum)), Math.ceil(minimum));
  }
  if (types.includes('boolean')) candidates.push(true);
  if (types.includes('string') || types.length === 0) {
    const length = typeof resolved.minLength === 'number' ? Math.max(1, resolved.minLength) : 1;
    candidates.push('a'.repeat(length), 'x1');
  }
  if (types.includes('array') && isRecord(resolved.items)) {
    const item = simplestValue(resolver, resolved.items, () => true);
    if (item !== undefined) candidates.push([item]);
  }
  return candidates.find((candidate) => candidate !== undefined && isValid(candidate));
}

/** A path or query parameter value as text: arrays comma-separated (OpenAPI's default `form`/`simple` style). */
export function parameterText(value: unknown): string {
  if (Array.isArray(value)) return value.map(parameterText).join(',');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
