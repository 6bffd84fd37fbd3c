import fc from 'fast-check';
import type { FlatSchema } from './flat-schema';
import { formatArbitrary, FORMAT_INTEGER_BOUNDS } from './format-arbitraries';

/** Options shared by the value arbitraries. */
export interface ValueConstraints {
  /** Longest string generated where the schema sets no maxLength (besides the rare huge one). */
  readonly defaultMaxLength?: number;
  /** Length of the occasional huge string where the schema sets no maxLength; 0 = never. */
  readonly hugeLength?: number;
  /** Most items in an array whose schema sets no maxItems. */
  readonly defaultMaxItems?: number;
  /** Object nesting depth after which optional properties are left out. */
  readonly maxDepth?: number;
}

export const DEFAULT_VALUE_CONSTRAINTS: Required<ValueConstraints> = { defaultMaxLength: 24, hugeLength: 2048, defaultMaxItems: 3, maxDepth: 4 };

/** Characters of generated text: mostly printable ASCII, sometimes accented, CJK or astral (one code point each). */
const CHARACTER = fc.oneof(
  { weight: 12, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom('é', 'ß', 'ü', '中', '文', '😀', 'Ω') },
);

export function textOfLength(min: number, max: number): fc.Arbitrary<string> {
  return fc.string({ unit: CHARACTER, minLength: min, maxLength: max });
}

/**
 * A string within the schema's bounds, biased to the boundaries: empty (when allowed), exactly
 * the minimum, exactly maxLength, and, where no maxLength is set, now and then a huge one.
 */
export function stringArbitrary(flat: FlatSchema, options: Required<ValueConstraints>): fc.Arbitrary<string> {
  const min = Math.max(0, flat.minLength ?? 0);
  const max = flat.maxLength ?? Infinity;
  const formatted = flat.format ? formatArbitrary(flat.format) : undefined;
  if (formatted) return formatted;
  const pattern = flat.patterns[0];
  if (pattern !== undefined) {
    const patterned = patternArbitrary(pattern, max === Infinity ? undefined : max);
    if (patterned) return patterned;
  }
  const typicalMax = Math.min(max, Math.max(min, options.defaultMaxLength) + (min > 0 ? options.defaultMaxLength : 0));
  const choices: fc.WeightedArbitrary<string>[] = [{ weight: 8, arbitrary: textOfLength(min, typicalMax) }, { weight: 1, arbitrary: textOfLength(min, min) }];
  if (max !== Infinity && max <= 100_000) choices.push({ weight: 1, arbitrary: textOfLength(max, max) });
  if (max === Infinity && options.hugeLength > 0) choices.push({ weight: 1, arbitrary: fc.constant('x'.repeat(Math.max(min, options.hugeLength))) });
  return fc.oneof(...choices);
}

/** Strings matching a pattern; undefined when fast-check cannot read the pattern (lookbehind). */
function patternArbitrary(pattern: string, maxLength: number | undefined): fc.Arbitrary<string> | undefined {
  try {
    const regex = new RegExp(pattern, 'u');
    return fc.stringMatching(regex, maxLength !== undefined ? { maxLength } : {});
  } catch {
    try {
      // Patterns with lookarounds: plain text, kept when it matches.
      const regex = new RegExp(pattern, 'u');
      return fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_'.split('')), minLength: 1, maxLength: Math.min(maxLength ?? 24, 24) }).filter((s) => regex.test(s));
    } catch {
      return undefined;
    }
  }
}

/** Integer bounds of a schema, with the format's bounds and the safe-integer range as defaults. */
export function integerBounds(flat: FlatSchema): { min: number; max: number; explicitMin: boolean; explicitMax: boolean } {
  const formatBounds = flat.format ? FORMAT_INTEGER_BOUNDS[flat.format] : undefined;
  let min = formatBounds?.min ?? Number.MIN_SAFE_INTEGER;
  let max = formatBounds?.max ?? Number.MAX_SAFE_INTEGER;
  if (flat.minimum !== undefined) min = Math.max(min, Math.ceil(flat.minimum));
  if (flat.exclusiveMinimum !== undefined) min = Math.max(min, Math.floor(flat.exclusiveMinimum) + 1);
  if (flat.maximum !== undefined) max = Math.min(max, Math.floor(flat.maximum));
  if (flat.exclusiveMaximum !== undefined) max = Math.min(max, Math.ceil(flat.exclusiveMaximum) - 1);
  return { min, max, explicitMin: flat.minimum !== undefined || flat.exclusiveMinimum !== undefined, explicitMax: flat.maximum !== undefined || flat.exclusiveMaximum !== undefined };
}

/** An integer in bounds, biased to the boundaries: the bounds, zero, one, minus one and huge values. */
export function integerArbitrary(flat: FlatSchema): fc.Arbitrary<number> {
  const { min, max } = integerBounds(flat);
  if (min > max) return fc.constant(min);
  const boundaries = [...new Set([min, max, 0, 1, -1, min + 1, max - 1])].filter((n) => n >= min && n <= max && Number.isSafeInteger(n));
  const multiple = flat.multipleOf;
  const base = fc.oneof({ weight: 4, arbitrary: fc.integer({ min, max }) }, { weight: 1, arbitrary: fc.constantFrom(...boundaries) });
  if (multiple === undefined || !Number.isInteger(multiple) || multiple <= 0) return base;
  return base.map((n) => Math.min(max, Math.max(min, Math.round(n / multiple) * multiple)));
}

/** A finite number in bounds, biased to the bounds, zero and huge values. */
export function numberArbitrary(flat: FlatSchema): fc.Arbitrary<number> {
  const min = flat.minimum ?? flat.exclusiveMinimum ?? -1e15;
  const max = flat.maximum ?? flat.exclusiveMaximum ?? 1e15;
  const doubles = fc.double({
    min,
    max,
    noNaN: true,
    noDefaultInfinity: true,
    minExcluded: flat.exclusiveMinimum !== undefined && flat.minimum === undefined,
    maxExcluded: flat.exclusiveMaximum !== undefined && flat.maximum === undefined,
  });
  const boundaries = [...new Set([flat.minimum, flat.maximum, 0, 0.5, -1, 1e15])].filter((n): n is number => n !== undefined && n >= min && n <= max);
  return boundaries.length > 0 ? fc.oneof({ weight: 4, arbitrary: doubles }, { weight: 1, arbitrary: fc.constantFrom(...boundaries) }) : doubles;
}
