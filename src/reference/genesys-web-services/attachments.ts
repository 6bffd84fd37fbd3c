import type { Handler } from '../http/reference-types';
import { GwsFailure, guarded, notFound, ok } from './envelope';
import { ownInteraction } from './interaction-access';
import { formParts } from './multipart';
import type { GwsState } from './types';

/**
 * POST /me/interactions/{id}/attachments: the file bound to the "attachment" form variable becomes
 * a document of the interaction; answers its documentId.
 */
export const postMeInteractionsByIdAttachments: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const { interaction } = ownInteraction(state, request, request.params.id ?? '');
    const body = Buffer.isBuffer(request.body) ? request.body : undefined;
    if (!body) throw new GwsFailure(1, 'a multipart/form-data body with the file in "attachment" is required');
    const part = formParts(request.headers['content-type'], body)?.find((p) => p.name === 'attachment');
    if (!part) throw new GwsFailure(1, 'the file must be bound to the "attachment" variable');
    state.sequence += 1;
    const documentId = `0000Dc${state.sequence.toString(36).toUpperCase().padStart(10, '0')}`;
    interaction.attachments.push({ id: documentId, mimeType: part.contentType, fileName: part.fileName ?? 'attachment', content: part.content });
    return ok(request, { documentId });
  });

/** GET: the attachment's bytes, with its MimeType as content type. */
export const getMeInteractionsByIdAttachmentsByAttachmentId: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const { interaction } = ownInteraction(state, request, request.params.id ?? '');
    const attachment = interaction.attachments.find((a) => a.id === request.params.attachmentId);
    if (!attachment) throw notFound(`attachment ${request.params.attachmentId ?? ''}`);
    return { status: 200, body: attachment.content, headers: { 'content-type': attachment.mimeType, 'content-disposition': `attachment; filename="${attachment.fileName}"` } };
  });

export const deleteMeInteractionsByIdAttachmentsByAttachmentId: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const { interaction } = ownInteraction(state, request, request.params.id ?? '');
    const before = interaction.attachments.length;
    interaction.attachments = interaction.attachments.filter((a) => a.id !== request.params.attachmentId);
    if (interaction.attachments.length === before) throw notFound(`attachment ${request.params.attachmentId ?? ''}`);
    return ok(request);
  });
