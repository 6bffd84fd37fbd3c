import type { ClauseLedger } from '../clause-ledger';

export interface Answer {
  readonly status: number;
  readonly json: unknown;
  readonly text: string;
}

/** The target side of the recording model: PUT of one recording. */
export interface RecordingReal {
  readonly ledger: ClauseLedger;
  readonly conversationId: string;
  readonly recordingId: string;
  update(body: unknown, query?: Readonly<Record<string, string>>): Promise<Answer>;
}
