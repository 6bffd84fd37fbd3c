import { randomUUID } from 'node:crypto';
import { now } from './factory';
import { bodyOf, missingResource, ok, type GcHandlerBody } from './request-error';
import type { Meeting } from './state';

const meetingView = (meeting: Meeting) => ({ ...meeting, id: meeting.meetingId, selfUri: `/api/v2/conversations/videos/meetings/${meeting.meetingId}` });

const generateMeetingId: GcHandlerBody = (request, state) => {
  const body = bodyOf<{ conferenceId: string; ephemeral: boolean; expireTimeDays: number }>(request);
  const meeting: Meeting = {
    meetingId: randomUUID(),
    ephemeral: body.ephemeral ?? false,
    dateCreated: now(),
    ...(body.conferenceId !== undefined ? { conferenceId: body.conferenceId } : {}),
    ...(body.expireTimeDays !== undefined ? { expireTimeDays: body.expireTimeDays } : {}),
  };
  state.meetings.push(meeting);
  return ok(meetingView(meeting));
};

const getMeeting: GcHandlerBody = (request, state) => {
  const meeting = state.meetings.find((m) => m.meetingId === request.params.meetingId);
  if (!meeting) throw missingResource(`meeting ${request.params.meetingId ?? ''} not found`);
  return ok(meetingView(meeting));
};

export const meetingHandlers: Readonly<Record<string, GcHandlerBody>> = {
  postConversationsVideosMeetings: generateMeetingId,
  getConversationsVideosMeeting: getMeeting,
};
