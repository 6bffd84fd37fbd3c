import type { Communication, Conversation, Draft, MediaType, Participant, StoredMessage, Wrapup } from './state';

/** Path segment of each media type's conversation routes, for selfUri links. */
const ROUTE_SEGMENT: Readonly<Record<MediaType, string>> = {
  email: 'emails',
  message: 'messages',
  cobrowse: 'cobrowsesessions',
  video: 'videos',
  social: 'socials',
  internalmessage: 'internalmessages',
};

/** The Conversation read model; it never carries `state` (gc.state.conversation-state-absent-on-read). */
export function conversationView(conversation: Conversation, mediaType?: MediaType, transfersListed = 20): Record<string, unknown> {
  const segment = mediaType ? `${ROUTE_SEGMENT[mediaType]}/` : '';
  return {
    id: conversation.id,
    name: conversation.name,
    startTime: conversation.startTime,
    endTime: conversation.endTime,
    ...(conversation.address !== undefined ? { address: conversation.address } : {}),
    recordingState: conversation.recordingState,
    securePause: conversation.securePause,
    divisions: conversation.divisions,
    participants: conversation.participants.map((p) => participantView(p, mediaType)).filter((p) => p.communications.length > 0 || !mediaType),
    recentTransfers: conversation.recentTransfers.slice(-transfersListed).map((t) => ({
      id: t.id,
      state: t.state,
      transferType: t.transferType,
      dateIssued: t.dateIssued,
      initiator: { id: t.initiatorParticipantId },
      destination: t.destination,
    })),
    selfUri: `/api/v2/conversations/${segment}${conversation.id}`,
  };
}

export function participantView(participant: Participant, mediaType?: MediaType) {
  const communications = participant.communications.filter((c) => !mediaType || c.mediaType === mediaType);
  const wrapup = latestWrapup(participant, false);
  return {
    id: participant.id,
    name: participant.name,
    purpose: participant.purpose,
    state: communications.some((c) => c.state !== 'disconnected') ? 'connected' : 'disconnected',
    ...(participant.address !== undefined ? { address: participant.address } : {}),
    ...(participant.userId !== undefined ? { userId: participant.userId, user: { id: participant.userId } } : {}),
    ...(participant.queueId !== undefined ? { queueId: participant.queueId, queue: { id: participant.queueId } } : {}),
    ...(participant.parkingState !== undefined ? { parkingState: participant.parkingState } : {}),
    ...(participant.monitoredParticipantId !== undefined ? { monitoredParticipantId: participant.monitoredParticipantId } : {}),
    ...(wrapup ? { wrapup: wrapupView(wrapup) } : {}),
    attributes: participant.attributes,
    wrapupSkipped: participant.wrapupSkipped,
    communications: communications.map(communicationView),
  };
}

export function communicationView(communication: Communication): Record<string, unknown> {
  const { wrapup: _wrapup, provisionalWrapup: _provisional, ...rest } = communication;
  return rest;
}

export function wrapupView(wrapup: Wrapup): Record<string, unknown> {
  return { ...wrapup };
}

/** The wrap-up of a participant: that of its most recently wrapped-up communication. */
export function latestWrapup(participant: Participant, provisional: boolean): Wrapup | undefined {
  const wrapups = participant.communications.map((c) => (provisional ? c.provisionalWrapup : c.wrapup)).filter((w): w is Wrapup => w !== undefined);
  return wrapups.at(-1);
}

/** An e-mail as the EmailMessage model (from, textBody and to are always present). */
export function emailMessageView(conversation: Conversation, message: StoredMessage): Record<string, unknown> {
  return {
    id: message.id,
    from: message.from,
    to: message.to,
    cc: message.cc,
    bcc: message.bcc,
    subject: message.subject ?? '',
    textBody: message.textBody ?? '',
    ...(message.htmlBody !== undefined ? { htmlBody: message.htmlBody } : {}),
    attachments: message.attachments,
    time: message.time,
    selfUri: `/api/v2/conversations/emails/${conversation.id}/messages/${message.id}`,
  };
}

export function draftView(conversation: Conversation, draft: Draft): Record<string, unknown> {
  const { edited: _edited, ...content } = draft;
  const size = Buffer.byteLength(JSON.stringify(content));
  const limit = conversation.settings.sendingSizeLimit;
  return {
    ...content,
    emailSizeBytes: size,
    ...(typeof limit === 'number' ? { maxEmailSizeBytes: limit } : {}),
    selfUri: `/api/v2/conversations/emails/${conversation.id}/messages/draft`,
  };
}

/** A messaging message (MessageData). With useNormalizedMessage the deprecated textBody and media go. */
export function messageDataView(conversation: Conversation, message: StoredMessage, normalized: boolean): Record<string, unknown> {
  const media = conversation.media.filter((m) => message.mediaIds.includes(m.id)).map((m) => ({ id: m.id, name: m.name, mediaType: m.mediaType, contentLengthBytes: m.contentLengthBytes }));
  const common = {
    id: message.id,
    conversationId: conversation.id,
    timestamp: message.time,
    direction: message.direction,
    fromAddress: firstAddress(message.from),
    toAddress: firstAddress(message.to[0]),
    ...(message.messengerType !== undefined ? { messengerType: message.messengerType } : {}),
    status: message.status,
    ...(message.inReplyToMessageId !== undefined ? { inReplyToMessageId: message.inReplyToMessageId } : {}),
    selfUri: `/api/v2/conversations/messages/${conversation.id}/messages/${message.id}`,
  };
  if (normalized) return { ...common, normalizedMessage: { id: message.id, type: 'Text', text: message.textBody ?? '', direction: message.direction === 'inbound' ? 'Inbound' : 'Outbound' } };
  return { ...common, textBody: message.textBody ?? '', media, ...(message.messagingTemplate ? { messagingTemplate: message.messagingTemplate } : {}) };
}

function firstAddress(party: Record<string, unknown> | undefined): string {
  const value = party?.address ?? party?.email ?? party?.id;
  return typeof value === 'string' ? value : '';
}
