// A track page: its whole state as of the chosen time, and its history with corrections marked.

import * as api from './api.js';
import { el, fact, webAddress } from './dom.js';
import { label, moment, occurrence } from './format.js';
import { mood, participantsByRole, venue } from './overview.js';
import { linkTo, trackPath } from './route.js';

/** The most developments, and entries of each list, a track page shows (the API's own maximum). */
const HISTORY_LIMIT = 1000;

/** Parts of the state listed as dated developments, each under its heading. */
const DATED_PARTS = [
  ['positions', 'Positions'], ['exchanges', 'Exchanges'], ['releases', 'Releases'], ['truce', 'Truce'],
  ['agreements', 'Agreements'], ['commitments', 'Commitments'], ['envoys', 'Envoys'], ['moods', 'Assessments of the mood'],
];

export async function trackView(route) {
  const track = await api.track(route.trackId, route.time, { developments: HISTORY_LIMIT, entries: HISTORY_LIMIT });
  return el('article', { class: 'track-page', 'data-track-id': track.trackId, 'aria-labelledby': 'track-heading' },
    el('header', { class: 'track-header' },
      el('h1', { id: 'track-heading' }, track.name),
      el('span', { class: `status status-${track.status}` }, label(track.status))),
    el('dl', { class: 'facts wide' },
      fact('Kind', label(track.kind)),
      fact('Host', track.host ? track.host.name : 'not named'),
      fact('Venue', venue(track)),
      fact('Format', track.format || 'not stated'),
      fact('Purpose', track.purpose || 'not stated'),
      fact('Mood', mood(track.latestMood)),
      fact('Participants', participantsByRole(track.participants || []))),
    section(track, 'agenda', 'Agenda', (item) => [item.title, ' ', badge(item.open ? 'open' : 'closed')]),
    section(track, 'stickingPoints', 'Sticking points', stickingPoint),
    section(track, 'documents', 'Documents', documentItem),
    section(track, 'sessions', 'Sessions', (session) => [session.round ? `${session.round} · ` : '',
      el('time', { datetime: session.convenedAt }, occurrence(session.convenedAt, 'day')), ' · ',
      session.venue ? session.venue.name : 'venue not stated',
      session.adjournedAt ? ` · adjourned ${occurrence(session.adjournedAt, 'day')}` : '']),
    DATED_PARTS.map(([key, heading]) => section(track, key, heading, dated)),
    section(track, 'links', 'Linked tracks', (link) => [label(link.relation), ': ',
      el('a', { href: linkTo(trackPath(link.linkedTrackId), route.time) }, link.linkedTrackId)]),
    history(track),
    el('details', { class: 'raw' },
      el('summary', {}, 'Every field, as the API returns it'),
      el('pre', {}, JSON.stringify(track, null, 2))));
}

/** One list of the state under its heading, saying so when the API showed only the latest of it. */
function section(track, key, heading, render) {
  const items = track[key];
  if (!items || items.length === 0) {
    return null;
  }
  return el('section', { class: 'part' },
    el('h2', {}, `${heading} (${shownOf(items.length, (track.entryCounts || {})[key])})`),
    el('ul', { class: 'plain entries' }, items.map((item) => el('li', {}, render(item)))));
}

function badge(text, kind = text) {
  return el('span', { class: `badge badge-${kind}` }, text);
}

function stickingPoint(point) {
  return [
    el('strong', {}, point.title), ' ', badge(label(point.status || (point.resolved ? 'resolved' : 'raised'))),
    point.description ? el('p', {}, point.description) : null,
    point.positions && point.positions.length
      ? el('ul', { class: 'stances' }, point.positions.map((position) => el('li', {},
        el('span', { class: 'actor' }, position.actor.name), ` (${label(position.stance)}): `, position.statement || '')))
      : null,
  ];
}

function documentItem(item) {
  return [
    el('strong', {}, item.title), ` — ${label(item.kind)}`,
    item.circulatedBy ? `, circulated by ${item.circulatedBy.name}` : '',
    item.responses && item.responses.length
      ? el('ul', { class: 'stances' }, item.responses.map((response) => el('li', {},
        el('span', { class: 'actor' }, response.actor.name), ` ${response.response}`,
        response.statement ? `: ${response.statement}` : '')))
      : null,
  ];
}

/** A part of the state that keeps the development it came from: its summary and date. */
function dated(item) {
  const metadata = item.metadata || {};
  return [
    el('time', { datetime: metadata.occurredAt }, occurrence(metadata.occurredAt, metadata.occurredAtPrecision)),
    ' · ', el('span', { class: 'type' }, label(item.type)),
    el('p', {}, metadata.summary || ''),
  ];
}

/** "3", or "the latest 1000 of 2500" when there are more than shown. */
function shownOf(shown, total) {
  return total > shown ? `the latest ${shown} of ${total}` : `${shown}`;
}

function history(track) {
  const developments = [...(track.developments || [])].reverse();
  return el('section', { class: 'part history', 'aria-labelledby': 'history-heading' },
    el('h2', { id: 'history-heading' }, `History (${shownOf(developments.length, track.developmentCount)}), newest first`),
    el('ol', { class: 'plain developments' }, developments.map(development)));
}

function development(item) {
  const amended = item.amendment ? `amended amended-${item.amendment}` : '';
  return el('li', { class: `development ${amended}`, 'data-event-id': item.eventId, 'data-type': item.type },
    el('div', { class: 'when' },
      el('time', { datetime: item.occurredAt }, occurrence(item.occurredAt, item.occurredAtPrecision)),
      el('span', { class: 'sequence' }, `#${item.sequence}`)),
    el('div', { class: 'what' },
      el('span', { class: 'type' }, label(item.type)), ' ', badge(item.confidence || 'unrated', 'confidence'),
      item.amendment ? amendmentNote(item) : null,
      el('p', { class: 'summary' }, item.summary || ''),
      sources(item.sources),
      el('p', { class: 'recorded' }, `Recorded ${moment(item.recordedAt)}`)));
}

function amendmentNote(item) {
  const text = item.amendment === 'retracted' ? 'Retracted' : 'Corrected';
  return el('p', { class: 'amendment' }, badge(text, item.amendment),
    item.amendmentReason ? ` ${item.amendmentReason}` : '',
    item.amendment === 'corrected' ? ' (shown as corrected)' : ' (no longer part of the track\'s state)');
}

/** Publisher, attribution and a link when the source gave a web address. */
export function sources(list) {
  if (!list || list.length === 0) {
    return null;
  }
  return el('ul', { class: 'sources' }, list.map((source) => {
    const address = source.url ? webAddress(source.url) : null;
    return el('li', {},
      address ? el('a', { href: address, rel: 'noopener noreferrer', target: '_blank' }, source.publisher) : source.publisher,
      source.attribution ? ` — ${source.attribution}` : '',
      source.publishedAt ? `, ${moment(source.publishedAt)}` : '');
  }));
}
