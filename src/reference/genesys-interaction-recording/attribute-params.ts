import type { AgentSpec, RecordingSpec } from './recording-factory';
import type { StringMap } from './types';

type Params = Readonly<Record<string, unknown>>;

const text = (params: Params, name: string): string | undefined => {
  const value = params[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw new Error(`params.${name} must be a non-empty string`);
  return value;
};

const millis = (params: Params, name: string): number | undefined => {
  const value = params[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new Error(`params.${name} must be an integer (epoch milliseconds)`);
  return value;
};

const strings = (value: unknown, name: string): StringMap => {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.values(value).every((v) => typeof v === 'string')) throw new Error(`params.${name} must be an object of strings`);
  return value as StringMap;
};

/**
 * The recording attributes of the provider state "a recording with given attributes exists",
 * over a base spec: numbers, times, the agent's names, attached data, labels (after the marker
 * label) and the screen-recording flag.
 */
export function attributeSpec(params: Params, base: RecordingSpec, marker: string): Partial<RecordingSpec> {
  const caller = text(params, 'callerPhoneNumber');
  const dialed = text(params, 'dialedPhoneNumber');
  const start = millis(params, 'startTime') ?? base.startMillis;
  const stop = millis(params, 'stopTime') ?? start + base.durationMillis;
  if (stop < start) throw new Error('params.stopTime must not be before params.startTime');
  const agent: AgentSpec = params.agent === undefined ? base.agent : { ...base.agent, ...strings(params.agent, 'agent') };
  const labels = params.labels ?? [];
  if (!Array.isArray(labels) || !labels.every((l) => typeof l === 'string' && l !== '')) throw new Error('params.labels must be an array of label names');
  if (params.screenRecording !== undefined && typeof params.screenRecording !== 'boolean') throw new Error('params.screenRecording must be a boolean');
  return {
    ...(caller !== undefined ? { callerPhoneNumber: caller } : {}),
    ...(dialed !== undefined ? { dialedPhoneNumber: dialed } : {}),
    startMillis: start,
    durationMillis: stop - start,
    agent,
    ...(params.attachedData !== undefined ? { attachedData: strings(params.attachedData, 'attachedData') } : {}),
    labels: [marker, ...(labels as string[])].map((name) => ({ name, type: 'Custom' as const, text: 'provider state' })),
    screenRecording: params.screenRecording === true,
  };
}
