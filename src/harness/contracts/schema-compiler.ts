import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import type { ContractProblem } from './contract-problem';
import { createContractAjv, type ContractAjv } from './create-ajv';
import type { CompiledSchema, ContractLocation } from './contract-model';
import { appendPointer, escapePointerSegment } from './json-pointer';
import { isRecord, type JsonRecord } from './is-record';
import { writeAtomically } from './read-data-file';
import { DocumentSchemaResolver, type SchemaResolver } from './schema-resolver';
import { mapSchemaRefs, walkSchema } from './schema-walk';

const COMPONENTS_PREFIX = '#/components/schemas/';
/** Bump when the generated code's shape changes, so that old cached modules are not reused. */
const CACHE_FORMAT = 1;

/** A compiled schema whose validator is bound when the compiler is finalised. */
interface PendingSchema {
  readonly id: string;
  readonly schema: JsonRecord;
  readonly location: ContractLocation;
  readonly targets: { validate: ValidateFunction }[];
}

/**
 * Owns the one Ajv instance. Each contract document's `components.schemas` is registered once
 * under a stable `$id` (`cc://<family>/<file>`), local refs are rewritten to point there, and
 * every distinct schema gets one validator (identical schemas share it), compiled in one pass at
 * `finalize`. The compiled code is cached as an Ajv standalone module keyed by every schema's
 * text, so an unchanged set of contracts is compiled once, not at every start.
 */
export class SchemaCompiler {
  private readonly keywords: ContractAjv = createContractAjv();
  private readonly documents = new Map<string, JsonRecord>();
  private readonly pending = new Map<string, PendingSchema>();
  readonly problems: ContractProblem[] = [];
  readonly resolver: SchemaResolver = new DocumentSchemaResolver(this.documents);

  /** The registry id of a contract document, e.g. `cc://dixa/openapi.yaml`. */
  static documentId(family: string, fileName: string): string {
    return `cc://${family}/${fileName}`;
  }

  /** Registers a document's component schemas under `documentId`; false when unusable. */
  registerComponents(documentId: string, components: unknown, location: ContractLocation): boolean {
    const schemas = isRecord(components) ? components : {};
    for (const [name, schema] of Object.entries(schemas)) this.checkKeywords(schema, location.file, appendPointer(location.pointer, name));
    return this.registerDocument({ $id: documentId, $defs: mapSchemaRefs(schemas, (ref) => this.rewriteRef(documentId, ref)) }, location);
  }

  /** Registers a whole schema document that carries its own `$id` (the meta-schemas). */
  registerDocument(document: JsonRecord, location: ContractLocation): boolean {
    const id = typeof document.$id === 'string' ? document.$id : '';
    if (id === '' || this.documents.has(id)) {
      this.problems.push({ ...location, message: id === '' ? 'schema document without $id' : `duplicate schema id ${id}` });
      return false;
    }
    this.documents.set(id, document);
    return true;
  }

  /**
   * Queues a schema taken from `location`. The returned handle's `validate` is bound by
   * `finalize`: callers keep (or extend) the handle itself and never copy it before then.
   */
  compile(documentId: string, schema: unknown, location: ContractLocation): CompiledSchema | undefined {
    if (!isRecord(schema) && typeof schema !== 'boolean') {
      this.problems.push({ ...location, message: 'schema must be an object' });
      return undefined;
    }
    if (!this.checkKeywords(schema, location.file, location.pointer)) return undefined;
    const rewritten = isRecord(schema) ? (mapSchemaRefs(schema, (ref) => this.rewriteRef(documentId, ref)) as JsonRecord) : {};
    const canonical = JSON.stringify(rewritten);
    let entry = this.pending.get(canonical);
    if (!entry) {
      entry = { id: `cc://schema/${createHash('sha256').update(canonical).digest('hex').slice(0, 32)}`, schema: rewritten, location, targets: [] };
      this.pending.set(canonical, entry);
    }
    const compiled = { schema: rewritten, validate: undefined as unknown as ValidateFunction };
    entry.targets.push(compiled);
    return compiled;
  }

  /** Queues `components.schemas[name]` of a registered document. */
  compileComponent(documentId: string, name: string, location: ContractLocation): CompiledSchema | undefined {
    return this.compile(documentId, { $ref: `${COMPONENTS_PREFIX}${escapePointerSegment(name)}` }, location);
  }

  /**
   * Binds every queued schema to its validator: from the cached standalone module when the same
   * schemas were compiled before, else by compiling them all (strict) and caching the code.
   */
  finalize(cacheDirectory: string | undefined): void {
    const entries = [...this.pending.values()].sort((a, b) => a.id.localeCompare(b.id));
    const key = createHash('sha256')
      .update(JSON.stringify({ format: CACHE_FORMAT, documents: [...this.documents.entries()].sort(([a], [b]) => a.localeCompare(b)), schemas: entries.map((e) => e.id) }))
      .digest('hex')
      .slice(0, 32);
    const cached = cacheDirectory ? join(cacheDirectory, `validators-${key}.js`) : undefined;
    const validators = (cached && existsSync(cached) ? loadModule(cached) : undefined) ?? this.compileAll(entries, cached);
    for (const entry of entries) {
      const validate = validators.get(entry.id);
      if (validate) for (const target of entry.targets) target.validate = validate;
    }
  }

  private compileAll(entries: readonly PendingSchema[], cacheFile: string | undefined): Map<string, ValidateFunction> {
    const ajv = createContractAjv({ source: cacheFile !== undefined });
    const validators = new Map<string, ValidateFunction>();
    for (const document of this.documents.values()) {
      try {
        ajv.addSchema(document);
      } catch (error) {
        this.problems.push({ file: String(document.$id), pointer: '', message: `cannot add schemas: ${(error as Error).message}` });
        return validators;
      }
    }
    let failed = false;
    for (const entry of entries) {
      try {
        ajv.addSchema({ ...entry.schema, $id: entry.id });
        const validate = ajv.getSchema(entry.id);
        if (validate) validators.set(entry.id, validate);
      } catch (error) {
        failed = true;
        this.problems.push({ ...entry.location, message: `schema does not compile: ${(error as Error).message}` });
      }
    }
    if (cacheFile && !failed && entries.length > 0) {
      const exports = Object.fromEntries(entries.map((e) => [exportName(e.id), e.id]));
      writeAtomically(cacheFile, standaloneCode(ajv, exports));
    }
    return validators;
  }

  /** Reports unknown keywords with the exact pointer, before Ajv reports them without one. */
  private checkKeywords(schema: unknown, file: string, pointer: string): boolean {
    const known = this.keywords.RULES.keywords;
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

function exportName(id: string): string {
  return `v_${id.slice(id.lastIndexOf('/') + 1)}`;
}

/** Loads a cached standalone module; undefined when it is unusable (then everything is recompiled). */
function loadModule(file: string): Map<string, ValidateFunction> | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(file) as Record<string, ValidateFunction>;
    return new Map(Object.entries(module).map(([name, validate]) => [`cc://schema/${name.slice(2)}`, validate]));
  } catch {
    return undefined;
  }
}
