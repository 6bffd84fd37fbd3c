import type { ValidateFunction } from 'ajv';
import type { Family } from './families';
import type { JsonRecord } from './is-record';

/** Where a contract element comes from. */
export interface SourceRef {
  readonly document: string;
  readonly section: string;
  readonly quote?: string;
}

/** A place in a contract file, for error messages and traceability. */
export interface ContractLocation {
  readonly file: string;
  readonly pointer: string;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** A schema as written in the contract (refs rewritten to registry ids) and its compiled validator. */
export interface CompiledSchema {
  readonly schema: JsonRecord;
  readonly validate: ValidateFunction;
}

export interface ParameterContract extends CompiledSchema {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  readonly description?: string;
}

export interface ResponseContract {
  /** `200`, `404`, `4XX` or `default`, as written. */
  readonly status: string;
  readonly description: string;
  /** Media type → schema; empty when the documented response has no body. */
  readonly content: ReadonlyMap<string, CompiledSchema>;
}

export interface RequestBodyContract {
  readonly required: boolean;
  readonly content: ReadonlyMap<string, CompiledSchema>;
}

export interface OperationContract {
  readonly family: Family;
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary?: string;
  readonly source: SourceRef;
  /** Genesys Cloud: the MCP tool this REST operation stands for. */
  readonly toolName?: string;
  /** GWS: the `operationName` values sent to this method and path. */
  readonly operationNames: readonly string[];
  /** Roles the document allows; undefined when any authenticated caller may call it. */
  readonly roles?: readonly string[];
  readonly destructive: boolean;
  /** Names of the security schemes any one of which authorises the call; empty means none needed. */
  readonly security: readonly string[];
  readonly parameters: readonly ParameterContract[];
  readonly requestBody?: RequestBodyContract;
  readonly responses: ReadonlyMap<string, ResponseContract>;
  readonly location: ContractLocation;
}

export interface MessageContract extends CompiledSchema {
  readonly family: Family;
  /** Key under `components.messages`. */
  readonly name: string;
  readonly channels: readonly string[];
  readonly source: SourceRef;
  readonly location: ContractLocation;
}

export type ClauseLevel = 'MUST' | 'SHOULD' | 'MAY';
export type ClauseKind =
  | 'schema'
  | 'envelope'
  | 'state-machine'
  | 'pagination'
  | 'masking'
  | 'authorization'
  | 'notification'
  | 'negative-input';

export interface Clause {
  readonly id: string;
  readonly family: Family;
  readonly level: ClauseLevel;
  readonly kind: ClauseKind;
  readonly statement: string;
  readonly source: SourceRef;
  readonly operations: readonly string[];
  readonly channels: readonly string[];
  readonly ambiguities: readonly string[];
  readonly location: ContractLocation;
}

export interface StateDefinition {
  readonly name: string;
  readonly capabilities: readonly string[];
  readonly description?: string;
}

interface TransitionBase {
  readonly from: string;
  /** `operationId` or `operationId:operationName`. */
  readonly operation: string;
  readonly guard?: string;
  readonly clause: string;
}

export interface LegalTransition extends TransitionBase {
  readonly to: string;
  readonly notification?: { readonly channel: string; readonly message: string };
}

export interface IllegalTransition extends TransitionBase {
  readonly error: { readonly status: number; readonly statusCode?: number; readonly detail?: string };
}

export type Transition = LegalTransition | IllegalTransition;

export function isLegalTransition(transition: Transition): transition is LegalTransition {
  return 'to' in transition;
}

export interface StateMachine {
  readonly id: string;
  readonly family: Family;
  readonly statement: string;
  readonly source: SourceRef;
  readonly states: readonly StateDefinition[];
  readonly initial: string;
  readonly transitions: readonly Transition[];
  readonly location: ContractLocation;
}

export type AmbiguityDecision = 'strict' | 'lenient' | 'warn';

export interface Ambiguity {
  readonly id: string;
  readonly family: Family;
  readonly source: SourceRef;
  readonly description: string;
  readonly readings: readonly string[];
  readonly decision: AmbiguityDecision;
  readonly rationale: string;
  readonly affects: readonly string[];
  readonly location: ContractLocation;
}

export type ExampleTarget =
  | { readonly kind: 'request'; readonly operationId: string }
  | { readonly kind: 'response'; readonly operationId: string; readonly status: string; readonly mediaType?: string }
  | { readonly kind: 'schema'; readonly name: string }
  | { readonly kind: 'message'; readonly name: string };

export interface DocumentExample {
  readonly family: Family;
  /** Path relative to the repository root. */
  readonly file: string;
  readonly source: SourceRef;
  readonly against: ExampleTarget;
  readonly repair: string | null;
  readonly ambiguity?: string;
  readonly value: unknown;
  readonly location: ContractLocation;
}

/** A Pact-style provider state a target may be asked to set up (contracts/<family>/provider-states.yaml). */
export interface ProviderStateContract {
  readonly family: Family;
  readonly name: string;
  readonly description: string;
  readonly params: CompiledSchema;
  readonly returns: CompiledSchema;
  readonly clauses: readonly string[];
  readonly location: ContractLocation;
}

export interface FamilyContracts {
  readonly family: Family;
  readonly openApiFile: string;
  readonly asyncApiFile?: string;
  /** The parsed OpenAPI document as written (for Prism and reporting). */
  readonly openApi: JsonRecord;
  readonly asyncApi?: JsonRecord;
  readonly operations: ReadonlyMap<string, OperationContract>;
  /** `components.schemas` of the OpenAPI document, compiled. */
  readonly schemas: ReadonlyMap<string, CompiledSchema>;
  readonly messages: ReadonlyMap<string, MessageContract>;
  readonly clauses: readonly Clause[];
  readonly stateMachines: readonly StateMachine[];
  readonly ambiguities: readonly Ambiguity[];
  readonly examples: readonly DocumentExample[];
  readonly providerStates: ReadonlyMap<string, ProviderStateContract>;
}
