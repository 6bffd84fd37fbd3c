import type { ValidateFunction } from 'ajv';
import type { ContractProblem } from './contract-problem';
import { createContractAjv, type ContractAjv } from './create-ajv';
import type { CompiledSchema, ContractLocation } from './contract-model';
import { appendPointer, escapePointerSegment } from './json-pointer';
import { isRecord, type JsonRecord } from './is-record';
import { mapSchemaRefs, walkSchema } from './schema-walk';

const COMPONENTS_PREFIX = '#/components/schemas/';

/**
 * Owns the one Ajv instance. Each contract document's `components.schemas` is added once under
 * a stable `$id` (`cc://<family>/<file>`), local refs are rewritten to point there, and every
 * schema is compiled once: identical schemas share one validator.
 */
export class SchemaCompiler {
  readonly ajv: ContractAjv = createContractAjv();
  private readonly byCanonicalText = new Map<string, ValidateFunction>();
  private readonly registeredIds = new Set<string>();
  readonly problems: ContractProblem[] = [];

  /** The registry id of a contract document, e.g. `cc://dixa/openapi.yaml`. */
  static documentId(family: string, fileName: string): string {
    return `cc://${family}/${fileName}`;
  }

  /** Adds a document's component schemas; returns false (with problems recorded) when they are unusable. */
  registerComponents(documentId: string, components: unknown, location: ContractLocation): boolean {
    if (this.registeredIds.has(documentId)) {
      this.problems.push({ ...location, message: `duplicate schema id ${documentId}` });
      return false;
    }
    this.registeredIds.add(documentId);
    const schemas = isRecord(components) ? components : {};
    for (const [name, schema] of Object.entries(schemas)) this.checkKeywords(schema, location.file, appendPointer(location.pointer, name));
    const rewritten = mapSchemaRefs(schemas, (ref) => this.rewriteRef(documentId, ref));
    try {
      this.ajv.addSchema({ $id: documentId, $defs: rewritten as JsonRecord });
      return true;
    } catch (error) {
      this.problems.push({ ...location, message: `cannot add schemas: ${(error as Error).message}` });
      return false;
    }
  }

  /** Rewrites a schema's local refs so that it can be compiled outside its document. */
  rewrite(documentId: string, schema: unknown): JsonRecord {
    return mapSchemaRefs(schema, (ref) => this.rewriteRef(documentId, ref)) as JsonRecord;
  }

  /** Compiles (or reuses) the validator of a schema taken from `location`; undefined on failure. */
  compile(documentId: string, schema: unknown, location: ContractLocation): CompiledSchema | undefined {
    if (!isRecord(schema) && typeof schema !== 'boolean') {
      this.problems.push({ ...location, message: 'schema must be an object' });
      return undefined;
    }
    if (!this.checkKeywords(schema, location.file, location.pointer)) return undefined;
    const rewritten = isRecord(schema) ? this.rewrite(documentId, schema) : ({} as JsonRecord);
    const canonical = JSON.stringify(rewritten);
    const cached = this.byCanonicalText.get(canonical);
    if (cached) return { schema: rewritten, validate: cached };
    try {
      const validate = this.ajv.compile(rewritten);
      this.byCanonicalText.set(canonical, validate);
      return { schema: rewritten, validate };
    } catch (error) {
      this.problems.push({ ...location, message: `schema does not compile: ${(error as Error).message}` });
      return undefined;
    }
  }

  /** Compiles `components.schemas[name]` of a registered document. */
  compileComponent(documentId: string, name: string, location: ContractLocation): CompiledSchema | undefined {
    return this.compile(documentId, { $ref: `${COMPONENTS_PREFIX}${escapePointerSegment(name)}` }, location);
  }

  /** Reports unknown keywords with the exact pointer, before Ajv reports them without one. */
  private checkKeywords(schema: unknown, file: string, pointer: string): boolean {
    const known = this.ajv.RULES.keywords;
    let ok = true;
    walkSchema(schema, pointer, (node, at) => {
      for (const keyword of Object.keys(node)) {
        if (!(keyword in known)) {
          ok = false;
          this.problems.push({ file, pointer: appendPointer(at, keyword), message: `unknown schema keyword "${keyword}"` });
        }
      }
    });
    return ok;
  }

  private rewriteRef(documentId: string, ref: string): string {
    if (ref.startsWith(COMPONENTS_PREFIX)) return `${documentId}#/$defs/${ref.slice(COMPONENTS_PREFIX.length)}`;
    return ref;
  }
}
