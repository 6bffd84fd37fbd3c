import Ajv2020 from 'ajv/dist/2020';
import { _ } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Keywords that OpenAPI 3.1 and our own contracts put inside schemas. They are annotations:
 * registered so that Ajv's strict mode accepts them, and every other unknown keyword still fails.
 */
export const ANNOTATION_KEYWORDS = ['example', 'discriminator', 'xml', 'externalDocs', 'x-source', 'x-ambiguity'] as const;

/**
 * The one Ajv instance every contract schema is added to (JSON Schema 2020-12, strict).
 * `allErrors` so that a report shows every violation of a body, not only the first.
 */
export function createContractAjv(options: { source?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({
    // `source` keeps the generated code so that it can be cached as a standalone module; formats
    // are then referenced from ajv-formats by name instead of being closed over.
    ...(options.source ? { code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } } : {}),
    strict: true,
    strictRequired: false, // OpenAPI schemas list required properties that allOf siblings define
    allowUnionTypes: true,
    allErrors: true,
    verbose: false,
    discriminator: false,
    validateSchema: true,
    addUsedSchema: false,
    // Each $ref compiles to one shared function instead of being inlined into every validator
    // that uses it: the Dixa contract alone has ~300 shared schemas (measured: 3.8 s → 2.4 s).
    inlineRefs: false,
  });
  // ajv-formats covers OpenAPI's formats too (int32, int64, float, double, byte, binary, password).
  addFormats(ajv);
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ['string', 'object', 'array', 'boolean', 'number', 'null'] });
  return ajv;
}

export type ContractAjv = ReturnType<typeof createContractAjv>;
