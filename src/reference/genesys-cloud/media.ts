import { randomUUID } from 'node:crypto';
import type { ReferenceRequest } from '../http/reference-types';
import { messagingCommunication } from './messaging-send';
import { pageOf } from './pagination';
import { bodyOf, invalid, missingResource, ok, type GcHandlerBody } from './request-error';
import type { GcState, Media } from './state';

const MEDIA_STATUSES: readonly Media['status'][] = ['uploading', 'valid', 'invalid'];

function mediaView(state: GcState, conversationId: string, media: Media): Record<string, unknown> {
  const base = `/api/v2/conversations/messages/${conversationId}/communications/${media.communicationId}/messages/media/${media.id}`;
  return {
    ...media,
    ...(media.status === 'uploading' ? { uploadUrl: `${state.services.baseUrl()}/uploads/media/${media.id}` } : { url: `${state.services.baseUrl()}/media/${media.id}/${encodeURIComponent(media.name)}` }),
    selfUri: base,
  };
}

function mediaOfCommunication(request: ReferenceRequest, state: GcState) {
  const { conversation, communication } = messagingCommunication(request, state);
  return { conversation, media: conversation.media.filter((m) => m.communicationId === communication.id), communicationId: communication.id };
}

const listMedia: GcHandlerBody = (request, state) => {
  // Breaks gc.pagination.media-list: the optional paging parameters are refused.
  if (request.faults.has('gc-media-list-rejects-paging') && (request.query.has('pageSize') || request.query.has('pageNumber'))) throw invalid('paging is not supported');
  const { conversation, media } = mediaOfCommunication(request, state);
  const status = request.query.get('status');
  if (status !== null && !MEDIA_STATUSES.includes(status as Media['status'])) throw invalid(`status must be one of ${MEDIA_STATUSES.join(', ')}`);
  const filtered = status === null ? media : media.filter((m) => m.status === status);
  return ok(pageOf(request, filtered.map((m) => mediaView(state, conversation.id, m))));
};

const getMedia: GcHandlerBody = (request, state) => {
  const { conversation, media } = mediaOfCommunication(request, state);
  const found = media.find((m) => m.id === request.params.mediaId);
  if (!found) throw missingResource(`media ${request.params.mediaId ?? ''} not found`);
  return ok(mediaView(state, conversation.id, found));
};

const createUpload: GcHandlerBody = (request, state) => {
  const { conversation, communicationId } = mediaOfCommunication(request, state);
  const body = bodyOf<{ contentLengthBytes: number; fileName: string; contentMd5: string }>(request);
  const media: Media = {
    id: randomUUID(),
    communicationId,
    name: body.fileName ?? '',
    contentLengthBytes: body.contentLengthBytes ?? 0,
    mediaType: 'application/octet-stream',
    status: 'uploading',
    ...(body.contentMd5 !== undefined ? { contentMd5: body.contentMd5 } : {}),
  };
  conversation.media.push(media);
  return ok(mediaView(state, conversation.id, media));
};

export const mediaHandlers: Readonly<Record<string, GcHandlerBody>> = {
  getConversationsMessageCommunicationMessagesMedia: listMedia,
  getConversationsMessageCommunicationMessagesMediaMediaId: getMedia,
  postConversationsMessageCommunicationMessagesMediaUploads: createUpload,
};
