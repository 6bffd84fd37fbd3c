import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { repoRoot } from '../../src/harness/repo-root';

const DOC = '003_6498775919084bbf.txt';

/** The smallest valid Dixa-family contract set; tests break one thing in a copy of it. */
export function minimalDixaContracts() {
  return {
    'contracts/dixa/openapi.yaml': {
      openapi: '3.1.0',
      info: { title: 'Dixa', version: '1' },
      security: [{ bearer: [] }],
      paths: {
        '/v1/agents/{agentId}': {
          get: {
            operationId: 'getAgentsByAgentId',
            'x-source': { document: DOC, section: '/v1/agents/{agentId}' },
            parameters: [{ name: 'agentId', in: 'path', required: true, schema: { type: 'string' } }],
            responses: {
              '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Agent' } } } },
              '404': { description: 'not found', content: { 'application/json': { schema: { $ref: '#/components/schemas/NotFound' } } } },
            },
          },
        },
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
        schemas: {
          Agent: {
            type: 'object',
            required: ['id', 'displayName'],
            'x-source': { document: DOC, section: 'Agent' },
            properties: { id: { type: 'string', format: 'uuid' }, displayName: { type: 'string', maxLength: 5 }, role: { enum: ['Agent', 'Admin'] } },
          },
          NotFound: { type: 'object', properties: { message: { type: 'string' } }, 'x-source': { document: DOC, section: 'NotFound' } },
        },
      },
    },
    'contracts/dixa/asyncapi.yaml': {
      asyncapi: '2.6.0',
      info: { title: 'Dixa webhooks', version: '1' },
      channels: { ConversationCreated: { subscribe: { message: { $ref: '#/components/messages/ConversationCreated' } } } },
      components: {
        messages: { ConversationCreated: { name: 'ConversationCreated', payload: { type: 'object' }, 'x-source': { document: DOC, section: 'ConversationCreated' } } },
      },
    },
    'contracts/dixa/clauses.yaml': {
      family: 'dixa',
      clauses: [
        {
          id: 'dixa.agents.get-by-id',
          level: 'MUST',
          kind: 'schema',
          statement: 'An agent read by id matches the Agent schema.',
          source: { document: DOC, section: '/v1/agents/{agentId}' },
          operations: ['getAgentsByAgentId'],
        },
      ],
    },
    'contracts/dixa/ambiguities.yaml': {
      family: 'dixa',
      ambiguities: [
        {
          id: 'dixa.sample',
          source: { document: DOC, section: 'Agent' },
          description: 'A sample ambiguity for the loader tests.',
          readings: ['one reading'],
          decision: 'lenient',
          rationale: 'Only here to exercise the loader.',
          affects: ['getAgentsByAgentId'],
        },
      ],
    },
    'fixtures/dixa/examples/index.yaml': {
      family: 'dixa',
      examples: [
        { file: 'agent.json', source: { document: DOC, section: 'Agent' }, against: { kind: 'response', operationId: 'getAgentsByAgentId', status: '200' }, repair: null },
      ],
    },
    'fixtures/dixa/examples/agent.json': { id: '434ce9f5-14c8-4be1-a0a8-f755010deb9b', displayName: 'AB' },
  } as Record<string, unknown>;
}

/** A throw-away repository root holding the real meta-schemas and the given files. */
export function writeSandbox(files: Record<string, unknown>): { root: string; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'cc-contracts-'));
  cpSync(join(repoRoot(), 'contracts', '_meta'), join(root, 'contracts', '_meta'), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    const text = typeof content === 'string' ? content : path.endsWith('.json') ? JSON.stringify(content, null, 2) : stringify(content);
    writeFileSync(join(root, path), text);
  }
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
