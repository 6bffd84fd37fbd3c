import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { expectEvent } from '../events';
import { pick, type ConversationFacts, type DixaLifecycleModel } from '../lifecycle-model';
import type { DixaLifecycleReal } from '../lifecycle-real';

/**
 * POST /v1/conversations/{id}/notes: the note is returned and listed (dixa.notes.create-round-trip)
 * and announced (dixa.notes.note-added-webhook). Also the barrier other commands wait on.
 */
export async function addNote(real: DixaLifecycleReal, facts: Readonly<ConversationFacts>, message: string): Promise<void> {
  const mark = real.hooks?.mark() ?? 0;
  const created = await real.send('POST', `/v1/conversations/${facts.id}/notes`, 'postConversationsByConversationIdNotes', { message });
  const listed = await real.send('GET', `/v1/conversations/${facts.id}/notes`, 'getConversationsByConversationIdNotes');
  const note = ((created.json as { data?: { id?: unknown; message?: unknown } } | undefined)?.data ?? {});
  await real.ledger.check('dixa.notes.create-round-trip', () => {
    expect(created.status, `note on ${facts.id}: ${created.text.slice(0, 200)}`).toBeLessThan(300);
    expect(note.message, 'the note is returned').toBe(message);
    const notes = ((listed.json as { data?: { id?: unknown; message?: unknown }[] } | undefined)?.data ?? []).map((n) => ({ id: n.id, message: n.message }));
    expect(notes, `the notes of ${facts.id} list it`).toContainEqual({ id: note.id, message });
  });
  await real.ledger.check('dixa.notes.note-added-webhook', () => expectEvent(real, 'ConversationNoteAdded', facts.id, mark));
}

export class NoteCommand implements AsyncCommand<DixaLifecycleModel, DixaLifecycleReal> {
  private label?: string;

  constructor(readonly index: number) {}

  check(model: Readonly<DixaLifecycleModel>): boolean {
    return pick(model, this.index) !== undefined;
  }

  async run(model: DixaLifecycleModel, real: DixaLifecycleReal): Promise<void> {
    const facts = pick(model, this.index)!;
    this.label = `${facts.id} (${facts.state})`;
    await addNote(real, facts, `Internal note ${this.index} on ${facts.state} conversation`);
  }

  toString(): string {
    return `note(${this.label ?? `#${this.index}`})`;
  }
}
