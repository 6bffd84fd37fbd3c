import { resolvePointer } from './json-pointer';

/** Looks up the schema a `$ref` points to, among the schemas the registry holds (no compiling). */
export interface SchemaResolver {
  resolve(ref: string): unknown;
}

/** A resolver over whole schema documents keyed by `$id`. */
export class DocumentSchemaResolver implements SchemaResolver {
  constructor(private readonly documents: ReadonlyMap<string, unknown>) {}

  resolve(ref: string): unknown {
    const hash = ref.indexOf('#');
    const id = hash === -1 ? ref : ref.slice(0, hash);
    const document = this.documents.get(id);
    return document === undefined ? undefined : hash === -1 ? document : resolvePointer(document, ref.slice(hash));
  }
}
