import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConformanceRecord } from './record-types';
import { sourceLink } from './source-link';
import { htmlView } from './views/html-view';
import { markdownView } from './views/markdown-view';

export interface WrittenViews {
  readonly json: string;
  readonly html: string;
  readonly markdown: string;
  readonly markdownText: string;
}

/** Writes conformance.json, conformance.html and conformance.md into a folder. */
export function writeViews(record: ConformanceRecord, folder: string, root: string): WrittenViews {
  mkdirSync(folder, { recursive: true });
  const json = join(folder, 'conformance.json');
  const html = join(folder, 'conformance.html');
  const markdown = join(folder, 'conformance.md');
  const markdownText = markdownView(record);
  writeFileSync(json, `${JSON.stringify(record, null, 2)}\n`);
  writeFileSync(html, htmlView(record, (source) => sourceLink(source, root)));
  writeFileSync(markdown, markdownText);
  return { json, html, markdown, markdownText };
}
