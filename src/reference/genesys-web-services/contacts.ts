import type { Handler, ReferenceRequest } from '../http/reference-types';
import { GwsFailure, guarded, notFound, ok } from './envelope';
import { guid } from './ids';
import { bodyObject, plainBody, text } from './request-body';
import type { Contact, GwsState } from './types';
import { uri } from './uris';
import { compact, filtered, selectFields } from './views';

type Json = Record<string, unknown>;

/** Every contact: the Custom ones, and one per queue and per user (read-only). */
function allContacts(state: GwsState): Json[] {
  const custom = [...state.contacts.values()].map((c) => compact({ id: c.id, name: c.name, type: c.type, phoneNumber: c.phoneNumber }));
  const queues = [...state.queues.values()].map((q) => ({ id: q.id, name: q.name, type: 'Queue', phoneNumber: q.phoneNumber }));
  const users = [...state.users.values()].map((u) =>
    compact({ id: u.id, name: `${u.firstName} ${u.lastName}`.trim(), type: 'User', phoneNumber: [...state.devices.values()].find((d) => d.userId === u.id)?.phoneNumber, userName: u.userName, firstName: u.firstName, lastName: u.lastName, employeeId: u.employeeId }),
  );
  return [...custom, ...queues, ...users];
}

/** GET /contacts: every contact, filtered by any attribute (AND), as the document's example shows them. */
export const getContacts: Handler<GwsState> = (request, state) =>
  guarded(request, () => ok(request, { contacts: filtered(request, allContacts(state)).map((c) => selectFields(request, c, request.query.get('fields'))) }));

/** POST /contacts: a new contact of type Custom; answers its id and uri. */
export const postContacts: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const body = bodyObject(request);
    if (body.type !== undefined && body.type !== 'Custom') throw new GwsFailure(3, 'only contacts of type Custom can be created');
    // Every other member as the contract says (a string id, name and phoneNumber).
    // Breaks gws.negative.invalid-parameter-rejected: members of the wrong type are not checked (a number as phoneNumber is dropped, the contact created).
    if (!request.faults.has('gws-contact-create-unchecked')) plainBody(request);
    const name = text(body, 'name');
    if (!name) throw new GwsFailure(1, 'name is required');
    // Breaks gws.input.valid-request-accepted: a contact without phoneNumber (optional in the contract) is refused as a missing parameter.
    if (body.phoneNumber === undefined && request.faults.has('gws-contact-phone-demanded')) throw new GwsFailure(1, 'phoneNumber is required');
    const contact: Contact = { id: guid(), type: 'Custom', name, ...(text(body, 'phoneNumber') ? { phoneNumber: text(body, 'phoneNumber') } : {}) };
    state.contacts.set(contact.id, contact);
    return ok(request, { id: contact.id, uri: uri(state, `/contacts?id=${contact.id}`) });
  });

/** The Custom contact the body's id names: Queue and User contacts are read-only (gws.negative.contacts-custom-only). */
function customContact(state: GwsState, request: ReferenceRequest, body: Json): Contact {
  const id = text(body, 'id');
  if (!id) throw new GwsFailure(1, 'id is required to identify the contact');
  const contact = state.contacts.get(id);
  if (contact) return contact;
  const other = allContacts(state).find((c) => c.id === id);
  if (!other) throw notFound(`contact ${id}`);
  // Breaks gws.negative.contacts-custom-only: a Queue or User contact is treated as writable.
  if (request.faults.has('gws-contact-queue-writable')) return { id, type: 'Custom', name: String(other.name) };
  throw new GwsFailure(3, `contact ${id} is of type ${String(other.type)}; only Custom contacts are writable`);
}

export const putContacts: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const body = plainBody(request);
    const contact = customContact(state, request, body);
    if (typeof body.name === 'string') contact.name = body.name;
    if (typeof body.phoneNumber === 'string') contact.phoneNumber = body.phoneNumber;
    return ok(request);
  });

export const deleteContacts: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const body = request.body === undefined ? Object.fromEntries(request.query.entries()) : plainBody(request);
    const contact = customContact(state, request, body);
    state.contacts.delete(contact.id);
    // Breaks gws.envelope.delete-only-status: a DELETE answers more than statusCode.
    return ok(request, request.faults.has('gws-delete-extra-attributes') ? { id: contact.id } : {});
  });
