import type { CompiledSchema, ExampleTarget, FamilyContracts } from './contract-model';

export type TargetLookup = Pick<FamilyContracts, 'operations' | 'schemas' | 'messages'>;

/** The schema a document example must validate against, or a reason it cannot be found. */
export function resolveExampleTarget(contracts: TargetLookup, target: ExampleTarget): CompiledSchema | string {
  switch (target.kind) {
    case 'schema':
      return contracts.schemas.get(target.name) ?? `no components.schemas entry "${target.name}"`;
    case 'message':
      return contracts.messages.get(target.name) ?? `no AsyncAPI message "${target.name}"`;
    case 'request': {
      const operation = contracts.operations.get(target.operationId);
      if (!operation) return `no operation "${target.operationId}"`;
      const content = operation.requestBody?.content;
      return (content && (content.get('application/json') ?? first(content))) ?? `operation "${target.operationId}" has no request body`;
    }
    case 'response': {
      const operation = contracts.operations.get(target.operationId);
      if (!operation) return `no operation "${target.operationId}"`;
      const response = operation.responses.get(target.status);
      if (!response) return `operation "${target.operationId}" documents no ${target.status} response`;
      const media = target.mediaType ? response.content.get(target.mediaType) : (response.content.get('application/json') ?? first(response.content));
      return media ?? `the ${target.status} response of "${target.operationId}" has no ${target.mediaType ?? 'JSON'} body`;
    }
  }
}

function first<V>(map: ReadonlyMap<string, V>): V | undefined {
  return map.values().next().value;
}
