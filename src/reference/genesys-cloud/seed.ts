import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../../harness/repo-root';
import type { ReferenceServices } from '../http/reference-types';
import type { Communication, Conversation, GcState, Participant, StoredMessage } from './state';

/** Where the seed lives: data, not code (fixtures/reference/genesys-cloud/seed.yaml). */
export const SEED_FILE = join('fixtures', 'reference', 'genesys-cloud', 'seed.yaml');

type Seed = Omit<GcState, 'services'>;

let parsed: Seed | undefined;

/** A fresh state from the seed: parsed once per process, deep-copied at every start. */
export function seededState(services: ReferenceServices): GcState {
  parsed ??= normaliseSeed(parse(readFileSync(join(repoRoot(), SEED_FILE), 'utf8')) as Seed);
  return { services, ...structuredClone(parsed) };
}

/** Fills the defaults the seed leaves out, so that handlers can rely on every field. */
function normaliseSeed(seed: Seed): Seed {
  return { ...seed, conversations: seed.conversations.map(normaliseConversation) };
}

function normaliseConversation(conversation: Conversation): Conversation {
  return {
    ...conversation,
    divisions: conversation.divisions ?? [],
    settings: conversation.settings ?? {},
    media: conversation.media ?? [],
    recordings: conversation.recordings ?? [],
    recentTransfers: conversation.recentTransfers ?? [],
    messages: (conversation.messages ?? []).map(normaliseMessage),
    participants: conversation.participants.map(normaliseParticipant),
  };
}

export function normaliseParticipant(participant: Partial<Participant> & Pick<Participant, 'id' | 'name' | 'purpose'>): Participant {
  return {
    ...participant,
    attributes: participant.attributes ?? {},
    wrapupSkipped: participant.wrapupSkipped ?? false,
    wrapupCodeIds: participant.wrapupCodeIds ?? [],
    communications: (participant.communications ?? []).map(normaliseCommunication),
  };
}

export function normaliseCommunication(communication: Partial<Communication> & Pick<Communication, 'id' | 'mediaType' | 'state'>): Communication {
  return { held: false, muted: false, confined: false, recording: false, ...communication };
}

export function normaliseMessage(message: Partial<StoredMessage> & Pick<StoredMessage, 'id' | 'direction' | 'time' | 'from'>): StoredMessage {
  return { to: [], cc: [], bcc: [], attachments: [], mediaIds: [], status: 'sent', ...message };
}
