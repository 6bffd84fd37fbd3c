import { pathToFileURL } from 'node:url';
import type { SourceRef } from '../contracts';
import { seedsDirectory } from '../contracts/seed-documents';

/**
 * A link to the section of the document a clause comes from: `CC_SOURCE_BASE_URL` (where the
 * documents are published) or the local copy (`../shared/seeds`, `CC_SEEDS_DIR`), with a text
 * fragment that scrolls to the section's title. Undefined when the documents are nowhere.
 */
export function sourceLink(source: SourceRef, root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const base = env.CC_SOURCE_BASE_URL ?? localBase(root);
  if (!base) return undefined;
  return `${base.endsWith('/') ? base : `${base}/`}${encodeURIComponent(source.document)}#:~:text=${encodeURIComponent(source.section)}`;
}

function localBase(root: string): string | undefined {
  const directory = seedsDirectory(root);
  return directory ? pathToFileURL(directory).href : undefined;
}

/** `002_….txt § Search Recordings API`. */
export function sourceText(source: SourceRef): string {
  return `${source.document} § ${source.section}`;
}
