import type { ErrorObject } from 'ajv';

/**
 * Request-schema violations the reference lets through. Without `fault`, a lenient ambiguity
 * decision (the most ordinary reading); with `fault`, a switchable defect that breaks one clause.
 */
export interface ValidationWaiver {
  readonly fault?: string;
  readonly operations: readonly string[];
  readonly matches: (error: ErrorObject) => boolean;
}

const missing = (...names: string[]) => (e: ErrorObject) => e.keyword === 'required' && names.includes(String((e.params as { missingProperty?: string }).missingProperty));
const at = (path: string, keyword: string) => (e: ErrorObject) => e.instancePath === path && e.keyword === keyword;
const exclusive = (e: ErrorObject) => e.keyword === 'not' && e.instancePath === '';
const inThenBranch = (e: ErrorObject) => e.schemaPath.includes('/then/');

export const VALIDATION_WAIVERS: readonly ValidationWaiver[] = [
  // gc.conversation-patch-required-fields (lenient): {"state": "disconnected"} alone is enough.
  { operations: ['patchConversationsEmail', 'patchConversationsMessage'], matches: missing('participants', 'startTime') },

  { fault: 'gc-draft-accepts-missing-text', operations: ['putConversationsEmailMessagesDraft', 'postConversationsEmailMessages'], matches: missing('textBody') },
  { fault: 'gc-copy-accepts-missing-source', operations: ['postConversationsEmailMessagesDraftAttachmentsCopy'], matches: missing('sourceMessage') },
  { fault: 'gc-parking-accepts-missing-state', operations: ['patchConversationsEmailParticipantParkingstate'], matches: missing('state') },
  { fault: 'gc-email-accepts-missing-provider', operations: ['postConversationsEmails', 'postConversationsEmailInboundmessages'], matches: missing('provider') },
  { fault: 'gc-agentless-email-accepts-missing-sender', operations: ['postConversationsEmailsAgentless'], matches: missing('senderType') },
  { fault: 'gc-agentless-email-accepts-two-recipients', operations: ['postConversationsEmailsAgentless'], matches: at('/toAddresses', 'maxItems') },
  { fault: 'gc-fax-accepts-missing-addresses', operations: ['postConversationsFaxes'], matches: missing('addresses') },
  { fault: 'gc-message-accepts-missing-text', operations: ['postConversationsMessageCommunicationMessages'], matches: missing('textBody') },
  { fault: 'gc-media-upload-accepts-missing-length', operations: ['postConversationsMessageCommunicationMessagesMediaUploads'], matches: missing('contentLengthBytes') },
  { fault: 'gc-media-file-name-unchecked', operations: ['postConversationsMessageCommunicationMessagesMediaUploads'], matches: at('/fileName', 'pattern') },
  { fault: 'gc-social-accepts-missing-reply-to', operations: ['postConversationsMessageCommunicationSocialmediaMessages'], matches: missing('inReplyToMessageId') },
  { fault: 'gc-social-text-over-2000-accepted', operations: ['postConversationsMessageCommunicationSocialmediaMessages'], matches: at('/textBody', 'maxLength') },
  { fault: 'gc-typing-accepts-missing-typing', operations: ['postConversationsMessageCommunicationTyping'], matches: missing('typing') },
  {
    fault: 'gc-open-inbound-accepts-missing-channel',
    operations: ['postConversationsMessageInboundOpenEvent', 'postConversationsMessageInboundOpenMessage', 'postConversationsMessageInboundOpenReceipt', 'postConversationsMessageInboundOpenStructuredResponse'],
    matches: missing('channel'),
  },
  { fault: 'gc-outbound-messaging-accepts-missing-queue', operations: ['postConversationsMessages'], matches: missing('queueId') },
  { fault: 'gc-agentless-message-accepts-missing-to', operations: ['postConversationsMessagesAgentless'], matches: missing('toAddress') },
  { fault: 'gc-meeting-accepts-missing-ephemeral', operations: ['postConversationsVideosMeetings'], matches: missing('ephemeral') },
  { fault: 'gc-message-text-over-2000-accepted', operations: ['postConversationsMessageCommunicationMessages', 'postConversationsMessagesAgentless'], matches: (e) => at('/textBody', 'maxLength')(e) && !inThenBranch(e) },
  { fault: 'gc-agentless-sms-without-text-accepted', operations: ['postConversationsMessagesAgentless'], matches: (e) => missing('textBody')(e) && inThenBranch(e) },
  { fault: 'gc-sms-address-not-e164-accepted', operations: ['postConversationsMessages', 'postConversationsMessagesAgentless'], matches: at('/toAddress', 'pattern') },
  { fault: 'gc-flow-and-queue-accepted-on-create', operations: ['postConversationsEmails'], matches: exclusive },
  { fault: 'gc-flow-and-queue-accepted-inbound', operations: ['postConversationsEmailInboundmessages'], matches: exclusive },
  { fault: 'gc-email-direction-unchecked', operations: ['postConversationsEmails'], matches: at('/direction', 'enum') },
  { fault: 'gc-external-contact-inbound-accepted', operations: ['postConversationsEmails'], matches: (e) => e.instancePath === '/direction' && e.keyword === 'const' },
  { fault: 'gc-conversation-update-accepts-connected', operations: ['patchConversationsEmail', 'patchConversationsMessage'], matches: at('/state', 'enum') },
  {
    fault: 'gc-participant-state-unchecked',
    operations: ['patchConversationsEmailParticipant', 'patchConversationsMessageParticipant', 'patchConversationsEmailParticipantCommunication', 'patchConversationsMessageParticipantCommunication'],
    matches: at('/state', 'enum'),
  },
  { fault: 'gc-transfer-type-unchecked', operations: ['postConversationsEmailParticipantReplace', 'postConversationsMessageParticipantReplace'], matches: at('/transferType', 'enum') },
  { fault: 'gc-annotation-description-over-500-accepted', operations: ['putConversationRecording'], matches: (e) => /^\/annotations\/\d+\/description$/.test(e.instancePath) && e.keyword === 'maxLength' },
  { fault: 'gc-recording-user-without-version-accepted', operations: ['putConversationRecording'], matches: (e) => /^\/users\/\d+$/.test(e.instancePath) && missing('version')(e) },
  { fault: 'gc-proficiency-over-5-accepted', operations: ['putConversationRecording'], matches: (e) => /^\/users\/\d+\/(skills|languages)\/\d+\/proficiency$/.test(e.instancePath) && e.keyword === 'maximum' },
  { fault: 'gc-contact-address-and-extension-accepted', operations: ['putConversationRecording'], matches: (e) => /^\/users\/\d+\/(addresses|primaryContactInfo)\/\d+$/.test(e.instancePath) && e.keyword === 'not' },
];
