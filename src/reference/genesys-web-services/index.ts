import type { FamilyImplementation } from '../http/reference-types';
import { getMe, getMeChannels, getMeChannelsByChannelId, postChannelsById, postMe, postMeChannels, postMeChannelsByChannelId } from './agent-state';
import { deleteSettingsAgentStates, getSettingsAgentStates, postSettingsAgentStates, putSettingsAgentStates } from './agent-state-settings';
import { deleteMeInteractionsByIdAttachmentsByAttachmentId, getMeInteractionsByIdAttachmentsByAttachmentId, postMeInteractionsByIdAttachments } from './attachments';
import { authorizationFault } from './authorization-fault';
import { getMeCalls, getMeCallsById, postDevicesByIdCalls, postMeCallsById } from './calls';
import { deleteContacts, getContacts, postContacts, putContacts } from './contacts';
import { getDevices, getDevicesById, getMeDevices, getMeDevicesById, getUsersByIdDevices, postDevicesById } from './devices';
import { errorBody } from './envelope';
import { deleteFeaturesById, getFeatures, getFeaturesById, getSystemFeatures } from './features';
import { getInteractions, getInteractionsById, getMeInteractions, postMeInteractions, postMeInteractionsById, putInteractionsById } from './interactions';
import { PARTICIPANT_STATES } from './participant-states';
import { PROVIDER_STATES } from './provider-states';
import { SITUATION_STATES } from './situation-states';
import { getQueues, getQueuesById, getQueuesByIdSettingsCallRecording, getSystemRoutingTemplates, putQueuesByIdSettingsCallRecording } from './queues';
import { getRecordings } from './recordings';
import { seededState } from './seed';
import { getServices, getServicesById } from './services';
import {
  deleteSettings,
  deleteSettingsByGroupName,
  getSettings,
  getSettingsByGroupName,
  getSettingsGeneralSettings,
  getSettingsReporting,
  postSettings,
  postSettingsByGroupName,
  putSettingsByGroupName,
  putSettingsReporting,
  settingsBodyFault,
} from './settings';
import { getStatsByObjectId, getStatsByObjectIdByStatisticName } from './statistics';
import type { GwsState } from './types';
import { undocumentedMethodFault } from './unsupported-methods';
import {
  deleteUsers,
  deleteUsersById,
  getMeSkills,
  getMeSkillsBySkillId,
  getSkills,
  getSkillsById,
  getUsers,
  getUsersById,
  getUsersByUserIdSkills,
  getUsersByUserIdSkillsBySkillId,
  postUsers,
  postUsersById,
  postUsersByUserIdSkills,
} from './users';
import { getMeWorkbins, getMeWorkbinsByWorkbinIdInteractions, postMeWorkbinsByWorkbinId, postMeWorkbinsByWorkbinIdInteractions } from './workbins';

/**
 * The Genesys Web Services family of the reference target: the REST API of 004 with its
 * statusCode envelope, and its CometD notifications served by a Bayeux server (faye) mounted on
 * the family's HTTP server at /api/v2/notifications (see notifier.ts for the handshake's auth).
 */
export const genesysWebServices: FamilyImplementation<GwsState> = {
  family: 'genesys-web-services',
  authScheme: 'basic',
  createState: seededState,
  handlers: {
    getMe,
    postMe,
    getMeChannels,
    postMeChannels,
    getMeChannelsByChannelId,
    postMeChannelsByChannelId,
    getMeDevices,
    getMeDevicesById,
    getMeSkills,
    getMeSkillsBySkillId,
    getInteractions,
    getInteractionsById,
    putInteractionsById,
    getMeInteractions,
    postMeInteractions,
    postMeInteractionsById,
    postMeInteractionsByIdAttachments,
    getMeInteractionsByIdAttachmentsByAttachmentId,
    deleteMeInteractionsByIdAttachmentsByAttachmentId,
    getMeCalls,
    getMeCallsById,
    postMeCallsById,
    getDevices,
    getDevicesById,
    postDevicesById,
    postDevicesByIdCalls,
    postChannelsById,
    getUsers,
    postUsers,
    deleteUsers,
    getUsersById,
    postUsersById,
    deleteUsersById,
    getUsersByIdDevices,
    getUsersByUserIdSkills,
    postUsersByUserIdSkills,
    getUsersByUserIdSkillsBySkillId,
    getSkills,
    getSkillsById,
    getContacts,
    postContacts,
    putContacts,
    deleteContacts,
    getFeatures,
    getFeaturesById,
    deleteFeaturesById,
    getSystemFeatures,
    getServices,
    getServicesById,
    getSettings,
    postSettings,
    deleteSettings,
    getSettingsGeneralSettings,
    getSettingsReporting,
    putSettingsReporting,
    getSettingsAgentStates,
    postSettingsAgentStates,
    putSettingsAgentStates,
    deleteSettingsAgentStates,
    getSettingsByGroupName,
    postSettingsByGroupName,
    putSettingsByGroupName,
    deleteSettingsByGroupName,
    getQueues,
    getQueuesById,
    getQueuesByIdSettingsCallRecording,
    putQueuesByIdSettingsCallRecording,
    getSystemRoutingTemplates,
    getRecordings,
    getStatsByObjectId,
    getStatsByObjectIdByStatisticName,
    getMeWorkbins,
    postMeWorkbinsByWorkbinId,
    getMeWorkbinsByWorkbinIdInteractions,
    postMeWorkbinsByWorkbinIdInteractions,
  },
  providerStates: { ...PROVIDER_STATES, ...SITUATION_STATES, ...PARTICIPANT_STATES },
  authorizationFault,
  unparsableBodyFault: settingsBodyFault,
  undocumentedMethodFault,
  errorBody,
  attach: (server, state) => state.notifier.attach(server),
  close: (state) => state.notifier.close(),
};
