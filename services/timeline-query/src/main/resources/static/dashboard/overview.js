// The overview: one card per track with what a reader wants at a glance.

import * as api from './api.js';
import { el, emptyState, fact } from './dom.js';
import { label, occurrence } from './format.js';
import { linkTo, trackPath } from './route.js';

const ROLE_ORDER = ['host', 'party', 'mediator', 'guarantor', 'observer'];

export async function overviewView(route) {
  const { time } = route;
  const summaries = await api.tracks(time);
  if (summaries.length === 0) {
    return emptyState(time.live
      ? 'No negotiation track is recorded yet. Record one with the CLI or POST /api/v1/tracks/{trackId}/commands.'
      : 'No track had been announced by then. Move the date later, or go back to now.');
  }
  const tracks = await Promise.all(summaries.map((summary) => api.track(summary.trackId, time, { developments: 1 })));
  return el('section', { class: 'overview', 'aria-labelledby': 'overview-heading' },
    el('h1', { id: 'overview-heading' }, 'Negotiation tracks'),
    el('ul', { class: 'cards' }, tracks.map((track) => el('li', {}, card(track, time)))));
}

function card(track, time) {
  const open = (track.stickingPoints || []).filter((point) => !point.resolved);
  const latest = (track.developments || [])[0];
  return el('article', { class: 'track-card', 'data-track-id': track.trackId },
    el('header', {},
      el('h2', {}, el('a', { href: linkTo(trackPath(track.trackId), time) }, track.name)),
      el('span', { class: `status status-${track.status}` }, label(track.status))),
    el('dl', { class: 'facts' },
      fact('Kind', label(track.kind)),
      fact('Venue', venue(track)),
      fact('Participants', participantsByRole(track.participants || [])),
      fact('Mood', mood(track.latestMood)),
      fact('Sticking points', open.length
        ? [`${open.length} open`, el('ul', { class: 'plain' }, open.map((point) => el('li', {}, point.title)))]
        : 'none open'),
      fact('Last development', latest
        ? [el('span', { class: 'type' }, label(latest.type)), ' · ',
          el('time', { datetime: latest.occurredAt }, occurrence(latest.occurredAt, latest.occurredAtPrecision)),
          el('p', { class: 'summary' }, latest.summary)]
        : 'none yet')));
}

export function venue(track) {
  if (!track.venue) {
    return 'not announced';
  }
  return track.venue.country ? `${track.venue.name} (${track.venue.country})` : track.venue.name;
}

export function mood(assessment) {
  if (!assessment) {
    return 'not assessed';
  }
  const by = assessment.assessedBy ? `, says ${assessment.assessedBy.name}` : '';
  return `${label(assessment.mood)}${by}`;
}

/** "Host: Egypt · Parties: Israel, Hamas · Mediators: Qatar, Turkey"; those who left are struck out. */
export function participantsByRole(participants) {
  if (participants.length === 0) {
    return 'none yet';
  }
  const roles = [...new Set(participants.map((participant) => participant.role))]
    .sort((a, b) => rank(a) - rank(b));
  return el('ul', { class: 'plain roles' }, roles.map((role) => el('li', {},
    el('span', { class: 'role' }, `${label(role)}: `),
    participants.filter((participant) => participant.role === role).map((participant, index) => [
      index ? ', ' : '',
      participant.active ? participant.actor.name : el('s', { title: 'withdrew' }, participant.actor.name),
    ]))));
}

function rank(role) {
  const index = ROLE_ORDER.indexOf(role);
  return index < 0 ? ROLE_ORDER.length : index;
}
