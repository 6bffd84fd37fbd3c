import type { FamilyImplementation } from '../http/reference-types';
import { authorizationFault } from './authorization-fault';
import { deleteRecording } from './delete-handler';
import { errorBody } from './error-body';
import { PROVIDER_STATES } from './provider-states';
import { getRecording, getRecordingMedia } from './read-handlers';
import { searchRecordings } from './search-handler';
import { seededState } from './seed';
import { deleteSettings, getSettings, writeSettings } from './settings-handlers';
import type { GirState } from './types';

/** The Genesys Interaction Recording family of the reference target. */
export const genesysInteractionRecording: FamilyImplementation<GirState> = {
  family: 'genesys-interaction-recording',
  authScheme: 'basic',
  createState: seededState,
  handlers: {
    getRecordings: searchRecordings,
    getRecordingsByRecordingId: getRecording,
    deleteRecordingsByRecordingId: deleteRecording,
    getRecordingsByRecordingIdDecryptByMediaUUIDMp3: getRecordingMedia,
    getSettingsRecording: getSettings,
    postSettingsRecording: writeSettings,
    putSettingsRecording: writeSettings,
    deleteSettingsRecording: deleteSettings,
  },
  providerStates: PROVIDER_STATES,
  authorizationFault,
  errorBody,
};
