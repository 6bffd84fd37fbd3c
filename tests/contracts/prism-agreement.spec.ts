import { join } from 'node:path';
import { expect } from '@playwright/test';
import { request } from 'undici';
import { FAMILIES, type OperationContract } from '../../src/harness/contracts';
import { contractsTest as test } from '../../src/harness/fixtures/contracts-fixture';
import { freePort } from '../../src/harness/net/free-port';
import { startPrism } from '../../src/harness/prism/prism-process';
import { parameterText, simplestValue } from '../../src/harness/schema/simplest-value';

/**
 * An outside tool agreeing with our contracts: Prism serves each family's OpenAPI document,
 * and every GET it answers must validate against the harness's own compiled validators.
 */
for (const family of FAMILIES) {
  test(`Prism's answers to every GET of ${family} validate against our validators`, async ({ contracts, repoRoot }) => {
    test.setTimeout(120_000);
    const operations = contracts.operations(family).filter((o) => o.method === 'get');
    expect(operations.length, `${family} has GET operations`).toBeGreaterThan(0);
    const prism = await startPrism({ document: join(repoRoot, 'contracts', family, 'openapi.yaml'), port: await freePort() });
    try {
      let checked = 0;
      const unanswerable: string[] = [];
      for (const operation of operations) {
        const url = urlFor(prism.url, operation, contracts.resolver);
        if (typeof url !== 'string') {
          unanswerable.push(`${operation.operationId}: ${url.reason}`);
          continue;
        }
        const response = await request(url, { method: 'GET', headers: authHeaders(contracts.family(family).openApi, operation), headersTimeout: 10_000, bodyTimeout: 10_000 });
        const text = await response.body.text();
        expect(response.statusCode, `${operation.operationId} → ${response.statusCode}: ${text.slice(0, 300)}`).toBeLessThan(500);
        const contentType = String(response.headers['content-type'] ?? '');
        if (text === '' || !contentType.includes('json')) continue;
        const validate = contracts.responseValidator(family, operation.operationId, response.statusCode, contentType);
        expect(validate, `${operation.operationId} has a validator for ${response.statusCode} ${contentType}`).toBeDefined();
        const body: unknown = JSON.parse(text);
        expect(validate!(body), `${operation.operationId} ${response.statusCode}: ${JSON.stringify(validate!.errors?.slice(0, 3))}`).toBe(true);
        checked += 1;
      }
      test.info().annotations.push({ type: 'checked', description: `${checked} of ${operations.length} GET operations` });
      if (unanswerable.length > 0) test.info().annotations.push({ type: 'not requested', description: unanswerable.join('; ') });
      expect(checked, `${family}: GET answers validated`).toBeGreaterThan(0);
    } finally {
      await prism.stop();
    }
  });
}

function urlFor(base: string, operation: OperationContract, resolver: Parameters<typeof simplestValue>[0]): string | { reason: string } {
  let path = operation.path;
  const query = new URLSearchParams();
  for (const parameter of operation.parameters) {
    if (!parameter.required || parameter.in === 'header' || parameter.in === 'cookie') continue;
    const value = simplestValue(resolver, parameter.schema, (v) => parameter.validate(v));
    if (value === undefined) return { reason: `no plain valid value for ${parameter.in} parameter ${parameter.name}` };
    if (parameter.in === 'path') path = path.replace(`{${parameter.name}}`, encodeURIComponent(parameterText(value)));
    else query.append(parameter.name, parameterText(value));
  }
  const search = query.toString();
  return `${base}${path}${search ? `?${search}` : ''}`;
}

/** Dummy credentials of the scheme the operation declares: Prism checks presence, not validity. */
function authHeaders(openApi: Record<string, unknown>, operation: OperationContract): Record<string, string> {
  const schemes = ((openApi.components as { securitySchemes?: Record<string, { type?: string; scheme?: string; in?: string; name?: string }> } | undefined)?.securitySchemes) ?? {};
  const scheme = operation.security.map((name) => schemes[name]).find((s) => s !== undefined);
  if (!scheme) return {};
  if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name) return { [scheme.name.toLowerCase()]: 'token' };
  return { authorization: scheme.scheme?.toLowerCase() === 'basic' ? 'Basic dXNlcjpwYXNz' : 'Bearer token' };
}
