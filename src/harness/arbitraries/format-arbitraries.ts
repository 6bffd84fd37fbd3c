import fc from 'fast-check';

const MIN_DATE = new Date('1970-01-01T00:00:00.000Z');
const MAX_DATE = new Date('2099-12-31T23:59:59.999Z');
const dates = fc.date({ min: MIN_DATE, max: MAX_DATE, noInvalidDate: true });

const FORMAT_BUILDERS: Readonly<Record<string, () => fc.Arbitrary<string>>> = {
  uuid: () => fc.uuid(),
  'date-time': () => dates.map((d) => d.toISOString()),
  date: () => dates.map((d) => d.toISOString().slice(0, 10)),
  time: () => dates.map((d) => `${d.toISOString().slice(11, 19)}Z`),
  email: () => fc.emailAddress({ size: 'xsmall' }),
  uri: () => fc.webUrl({ size: 'xsmall' }),
  'uri-reference': () => fc.oneof(fc.webUrl({ size: 'xsmall' }), fc.webPath({ size: 'xsmall' }).map((p) => p || '/')),
  hostname: () => fc.domain({ size: 'xsmall' }),
  ipv4: () => fc.ipV4(),
  ipv6: () => fc.ipV6(),
  byte: () => fc.base64String({ maxLength: 64 }),
  regex: () => fc.constantFrom('^a+$', '[0-9]{2}', '.*'),
  // Numeric formats on a string: digits, so that an id typed as int64 text looks like one.
  int32: () => fc.integer({ min: 0, max: 2_147_483_647 }).map(String),
  int64: () => fc.maxSafeNat().map(String),
};

const built = new Map<string, fc.Arbitrary<string>>();

/**
 * Valid strings for a format the contracts use (contracts/README.md lists them); undefined for
 * a format not listed, which is then treated as free text (the compiled validator still has the
 * last word). Built on first use: fc.webUrl alone takes a second to build.
 */
export function formatArbitrary(format: string): fc.Arbitrary<string> | undefined {
  const cached = built.get(format);
  if (cached) return cached;
  const builder = FORMAT_BUILDERS[format];
  if (!builder) return undefined;
  const arbitrary = builder();
  built.set(format, arbitrary);
  return arbitrary;
}

/**
 * Strings that break a format, each still a string (so that only `format` is broken). The
 * first is the plainest: fast-check shrinks towards it.
 */
export const INVALID_FORMAT_VALUES: Readonly<Record<string, readonly string[]>> = {
  uuid: ['not-a-uuid', '3fa85f64-5717-4562-b3fc-2c963f66afaZ', '3fa85f6457174562b3fc2c963f66afa6x', '1'],
  'date-time': ['not-a-date', '2024-13-01T00:00:00Z', '2024-01-01', '2024-01-01 25:61:00'],
  date: ['not-a-date', '2024-13-01', '2024-02-30T00:00:00Z'],
  time: ['not-a-time', '25:61:00Z'],
  email: ['not-an-email', 'someone@', '@example.com', 'a b@example.com'],
  uri: ['not a uri', 'http://exa mple.com/', '::'],
  'uri-reference': ['\\\\not a reference'],
  hostname: ['-not-a-host-', 'a..b'],
  ipv4: ['256.1.1.1', '1.2.3'],
  ipv6: ['::g', '1:2'],
  byte: ['not base64!', '***'],
  regex: ['(', '[a-'],
};

/** Integer bounds a numeric format implies (ajv-formats checks int32 on numbers). */
export const FORMAT_INTEGER_BOUNDS: Readonly<Record<string, { min: number; max: number }>> = {
  int32: { min: -2_147_483_648, max: 2_147_483_647 },
  int64: { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER },
};
