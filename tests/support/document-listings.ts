/**
 * What each source document lists, read straight from its text: the operations, tools and
 * required fields that the contracts must cover, no more and no less. Parsers are deliberately
 * simple and tied to each document's layout; a layout they do not recognise yields nothing and
 * the fidelity test says so.
 */

/** 003 (Dixa): every `METHOD /v1/...` line. */
export function dixaOperations(text: string): Set<string> {
  return new Set([...text.matchAll(/^(GET|POST|PUT|PATCH|DELETE) (\/v1\/\S+)$/gm)].map((m) => `${m[1]} ${m[2]}`));
}

export interface ToolListing {
  readonly name: string;
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

const TOOL_TYPES = ['string[]', 'object[]', 'integer[]', 'any[]', 'string', 'integer', 'number', 'boolean', 'object', 'array'];

/** 001 (Genesys Cloud tools): each tool's section and the rows of its parameter table. */
export function genesysCloudTools(text: string): ToolListing[] {
  const lines = text.split('\n');
  const tools: ToolListing[] = [];
  for (let i = 0; i < lines.length; i++) {
    const name = lines[i]?.trim() ?? '';
    if (!/^genesys_conversations_digital_[a-z0-9_]+$/.test(name)) continue;
    const required: string[] = [];
    const optional: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^genesys_conversations_digital_[a-z0-9_]+$/.test(lines[j]?.trim() ?? ''); j++) {
      const row = parseToolRow(lines[j]?.trim() ?? '');
      if (row) (row.required ? required : optional).push(row.name);
    }
    tools.push({ name, required, optional });
    i = j - 1;
  }
  return tools;
}

function parseToolRow(line: string): { name: string; required: boolean } | undefined {
  if (line.startsWith('ParameterTypeRequired')) return undefined;
  for (const type of TOOL_TYPES) {
    const match = new RegExp(`^([A-Za-z][A-Za-z0-9_]*?)${type.replace(/[[\]]/g, '\\$&')}(Yes|No)`).exec(line);
    if (match?.[1]) return { name: match[1], required: match[2] === 'Yes' };
  }
  return undefined;
}

/** 002 (GIR): each API section's `Request URL` and `HTTP Method` rows, and the settings sentence. */
export function recordingOperations(text: string): Set<string> {
  const operations = new Set<string>();
  for (const match of text.matchAll(/Request URL \| (\S+) \|\n[-|]+\nHTTP Method \| (\w+) \|/g)) {
    operations.add(`${match[2]} ${match[1]}`);
  }
  const settings = /A user can ((?:GET|POST|PUT|DELETE)(?:, (?:and )?(?:GET|POST|PUT|DELETE))*) these settings at the contact center level with the (\S+) API/.exec(text);
  for (const method of settings?.[1]?.match(/GET|POST|PUT|DELETE/g) ?? []) operations.add(`${method} ${settings?.[2] ?? ''}`);
  return operations;
}

export interface ResourceOperation {
  readonly method: string;
  readonly resource: string;
  readonly line: number;
}

/**
 * 004 (GWS): the tables that follow "operations are available/supported for/on **X**": each row
 * whose first cell (or second, under an "HTTP Operation" header) is an HTTP method.
 */
export function webServicesResourceOperations(text: string): ResourceOperation[] {
  const lines = text.split('\n');
  const result: ResourceOperation[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = /operations are (?:available|supported) (?:for|on) (?:user-defined groups via )?(?:the )?\*\*`?([^*`]+)`?\*\*/.exec(lines[i] ?? '');
    if (!header?.[1]) continue;
    const resource = header[1].trim();
    let methodColumn = 0;
    for (let j = i + 1; j < lines.length && j < i + 40; j++) {
      const line = lines[j] ?? '';
      if (/operations are (?:available|supported)/.test(line)) break;
      if (!line.startsWith('|')) {
        if (line.trim() !== '' && !/^\s*$/.test(line) && j > i + 2 && !lines[j - 1]?.startsWith('|') && line.trim().length > 0) break;
        continue;
      }
      const cells = line.split('|').slice(1, -1).map((c) => c.trim());
      if (cells[0] === 'Operation Name' || cells[1] === 'HTTP Operation') methodColumn = 1;
      if (cells[0] === 'Operation') methodColumn = 0;
      const method = cells[methodColumn] ?? '';
      if (/^(GET|POST|PUT|DELETE|PATCH)$/.test(method)) result.push({ method, resource, line: j + 1 });
    }
  }
  return result;
}
