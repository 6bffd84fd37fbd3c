import type { ContractProblem } from './contract-problem';
import type { MessageContract } from './contract-model';
import type { Family } from './families';
import { appendPointer } from './json-pointer';
import { isRecord, type JsonRecord } from './is-record';
import { isSourceRef } from './load-openapi';
import { derefObject } from './local-refs';
import { SchemaCompiler } from './schema-compiler';

const MESSAGE_PREFIX = '#/components/messages/';

/** Builds the messages of an AsyncAPI 2.6 document: each payload compiled, each tied to its channels. */
export function loadAsyncApi(family: Family, document: JsonRecord, file: string, compiler: SchemaCompiler, problems: ContractProblem[]): Map<string, MessageContract> {
  const documentId = SchemaCompiler.documentId(family, 'asyncapi.yaml');
  const components = isRecord(document.components) ? document.components : {};
  compiler.registerComponents(documentId, components.schemas, { file, pointer: '/components/schemas' });

  const channelsOf = new Map<string, string[]>();
  const channels = isRecord(document.channels) ? document.channels : {};
  for (const [channel, item] of Object.entries(channels)) {
    if (!isRecord(item)) continue;
    for (const direction of ['subscribe', 'publish'] as const) {
      const operation = item[direction];
      if (!isRecord(operation) || !isRecord(operation.message)) continue;
      const message = operation.message;
      const refs = Array.isArray(message.oneOf) ? message.oneOf : [message];
      refs.forEach((ref, i) => {
        const at = appendPointer('/channels', channel, direction, 'message', ...(Array.isArray(message.oneOf) ? ['oneOf', i] : []));
        if (!isRecord(ref) || typeof ref.$ref !== 'string' || !ref.$ref.startsWith(MESSAGE_PREFIX)) {
          problems.push({ file, pointer: at, message: `channel messages must be $refs to ${MESSAGE_PREFIX}<name>` });
          return;
        }
        const name = ref.$ref.slice(MESSAGE_PREFIX.length);
        channelsOf.set(name, [...(channelsOf.get(name) ?? []), channel]);
      });
    }
  }

  const messages = new Map<string, MessageContract>();
  const declared = isRecord(components.messages) ? components.messages : {};
  for (const [name, raw] of Object.entries(declared)) {
    const pointer = appendPointer('/components/messages', name);
    const message = derefObject(document, raw);
    if (!isRecord(message)) continue;
    if (!isSourceRef(message['x-source'])) {
      problems.push({ file, pointer: appendPointer(pointer, 'x-source'), message: 'every message needs x-source {document, section}' });
      continue;
    }
    const compiled = compiler.compile(documentId, message.payload ?? {}, { file, pointer: appendPointer(pointer, 'payload') });
    if (!compiled) continue;
    const channelList = channelsOf.get(name) ?? [];
    if (channelList.length === 0) problems.push({ file, pointer, message: `message "${name}" is not used by any channel` });
    // Extend the compiled handle itself: its validator is bound later, when the compiler finalises.
    messages.set(name, Object.assign(compiled, { family, name, channels: channelList, source: message['x-source'], location: { file, pointer } }));
  }
  return messages;
}
