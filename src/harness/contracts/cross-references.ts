import type { ContractProblem } from './contract-problem';
import { isLegalTransition, type FamilyContracts } from './contract-model';
import { FAMILY_INFO } from './families';
import { appendPointer } from './json-pointer';
import { isRecord } from './is-record';

/**
 * Checks that every id one contract file uses is defined where it should be: operations named by
 * clauses and transitions, clauses named by transitions, channels and messages, ambiguities.
 */
export function crossReferenceProblems(contracts: FamilyContracts, fixtureFiles: ReadonlySet<string>): ContractProblem[] {
  const problems: ContractProblem[] = [];
  const prefix = FAMILY_INFO[contracts.family].prefix;
  const clauseIds = new Set(contracts.clauses.map((c) => c.id));
  const ambiguityIds = new Set(contracts.ambiguities.map((a) => a.id));
  const channels = new Set(contracts.asyncApi && isRecord(contracts.asyncApi.channels) ? Object.keys(contracts.asyncApi.channels) : []);

  const operationProblem = (ref: string): string | undefined => {
    const [operationId = '', operationName] = ref.split(':');
    const operation = contracts.operations.get(operationId);
    if (!operation) return `unknown operation "${operationId}"`;
    if (operationName !== undefined && !operation.operationNames.includes(operationName)) {
      return `operation "${operationId}" has no operationName "${operationName}" in x-operation-names`;
    }
    return undefined;
  };

  for (const clause of contracts.clauses) {
    if (!clause.id.startsWith(`${prefix}.`)) problems.push({ ...clause.location, message: `clause id "${clause.id}" must start with "${prefix}."` });
    clause.operations.forEach((ref, i) => {
      const problem = operationProblem(ref);
      if (problem) problems.push({ file: clause.location.file, pointer: appendPointer(clause.location.pointer, 'operations', i), message: problem });
    });
    clause.channels.forEach((channel, i) => {
      if (!channels.has(channel)) problems.push({ file: clause.location.file, pointer: appendPointer(clause.location.pointer, 'channels', i), message: `unknown channel "${channel}"` });
    });
    clause.ambiguities.forEach((id, i) => {
      if (!ambiguityIds.has(id)) problems.push({ file: clause.location.file, pointer: appendPointer(clause.location.pointer, 'ambiguities', i), message: `unknown ambiguity "${id}"` });
    });
  }

  for (const machine of contracts.stateMachines) {
    const states = new Set(machine.states.map((s) => s.name));
    const at = (...segments: (string | number)[]) => ({ file: machine.location.file, pointer: appendPointer(machine.location.pointer, ...segments) });
    if (!states.has(machine.initial)) problems.push({ ...at('initial'), message: `initial state "${machine.initial}" is not among the states` });
    machine.transitions.forEach((transition, i) => {
      if (!states.has(transition.from)) problems.push({ ...at('transitions', i, 'from'), message: `unknown state "${transition.from}"` });
      if (isLegalTransition(transition)) {
        if (!states.has(transition.to)) problems.push({ ...at('transitions', i, 'to'), message: `unknown state "${transition.to}"` });
        const notification = transition.notification;
        if (notification) {
          if (!channels.has(notification.channel)) problems.push({ ...at('transitions', i, 'notification', 'channel'), message: `unknown channel "${notification.channel}"` });
          const message = contracts.messages.get(notification.message);
          if (!message) problems.push({ ...at('transitions', i, 'notification', 'message'), message: `unknown message "${notification.message}"` });
          else if (!message.channels.includes(notification.channel)) {
            problems.push({ ...at('transitions', i, 'notification'), message: `message "${notification.message}" is not sent on "${notification.channel}"` });
          }
        }
      }
      const problem = operationProblem(transition.operation);
      if (problem) problems.push({ ...at('transitions', i, 'operation'), message: problem });
      if (!clauseIds.has(transition.clause)) problems.push({ ...at('transitions', i, 'clause'), message: `unknown clause "${transition.clause}"` });
    });
  }

  const knownNames = new Set<string>([
    ...contracts.operations.keys(),
    ...[...contracts.operations.values()].flatMap((o) => o.operationNames.map((n) => `${o.operationId}:${n}`)),
    ...clauseIds,
    ...ambiguityIds,
    ...contracts.stateMachines.map((m) => m.id),
    ...contracts.schemas.keys(),
    ...contracts.messages.keys(),
    ...channels,
    ...fixtureFiles,
  ]);
  for (const ambiguity of contracts.ambiguities) {
    if (!ambiguity.id.startsWith(`${prefix}.`)) problems.push({ ...ambiguity.location, message: `ambiguity id "${ambiguity.id}" must start with "${prefix}."` });
    ambiguity.affects.forEach((name, i) => {
      if (!knownNames.has(name)) {
        problems.push({
          file: ambiguity.location.file,
          pointer: appendPointer(ambiguity.location.pointer, 'affects', i),
          message: `"${name}" is not an operation, clause, state machine, schema, message, channel or example file of ${contracts.family}`,
        });
      }
    });
  }
  for (const state of contracts.providerStates.values()) {
    state.clauses.forEach((id, i) => {
      if (!clauseIds.has(id)) problems.push({ file: state.location.file, pointer: appendPointer(state.location.pointer, 'clauses', i), message: `unknown clause "${id}"` });
    });
  }
  for (const example of contracts.examples) {
    if (example.ambiguity !== undefined && !ambiguityIds.has(example.ambiguity)) {
      problems.push({ file: example.location.file, pointer: appendPointer(example.location.pointer, 'ambiguity'), message: `unknown ambiguity "${example.ambiguity}"` });
    }
  }

  const checkSchemaAmbiguities = (document: unknown, file: string) => {
    const visit = (node: unknown, pointer: string): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => visit(item, appendPointer(pointer, i)));
      if (!isRecord(node)) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'x-ambiguity') {
          for (const id of Array.isArray(value) ? value : [value]) {
            if (typeof id !== 'string' || !ambiguityIds.has(id)) problems.push({ file, pointer: appendPointer(pointer, key), message: `unknown ambiguity "${String(id)}"` });
          }
        } else if (key !== 'example' && key !== 'examples') visit(value, appendPointer(pointer, key));
      }
    };
    visit(document, '');
  };
  checkSchemaAmbiguities(contracts.openApi, contracts.openApiFile);
  if (contracts.asyncApi && contracts.asyncApiFile) checkSchemaAmbiguities(contracts.asyncApi, contracts.asyncApiFile);
  return problems;
}
