// The cross-track timeline: one swimlane per track, one mark per development, drawn with d3.
// Marks are focusable buttons: hovering shows a tooltip, selecting (click, Enter or Space) shows
// the summary, actors, sources and confidence beside the chart. Filters and the selected mark
// are kept in the URL.

import * as api from './api.js';
import { el, emptyState, fact } from './dom.js';
import { CATEGORIES, actorsIn, category, label, moment, occurrence } from './format.js';
import { linkTo, rememberQuery, trackPath, updateQuery } from './route.js';
import { sources } from './track.js';

const AXIS_HEIGHT = 30;
const LABEL_WIDTH = 190;
const MARK_SPACING = 16;
const MAX_ROWS = 6;
const MAX_TICKS_PER_PIXEL = 1 / 110;
const LANE_PADDING = 12;
const MIN_CHART_WIDTH = 640;
const FILTERS = ['track', 'actor', 'type'];

export async function timelineView(route, context) {
  const { time, query } = route;
  const [summaries, loaded] = await Promise.all([api.tracks(time), api.timeline(time)]);
  const names = new Map(summaries.map((summary) => [summary.trackId, summary.name]));
  const all = loaded.developments;
  const filters = Object.fromEntries(FILTERS.map((name) => [name, query.get(name) || '']));
  const shown = all.filter((entry) => matches(entry, filters));
  const heading = el('h1', { id: 'timeline-heading' }, 'Timeline');
  const section = el('section', { class: 'timeline', 'aria-labelledby': 'timeline-heading' }, heading);
  if (all.length === 0) {
    section.append(emptyState(nothingYet(time)));
    return section;
  }
  section.append(filterForm(all, names, filters));
  if (loaded.truncated) {
    section.append(el('p', { class: 'inline-notice' },
      `Showing the first ${api.MAX_MARKS} developments in time order; filter to narrow them down.`));
  }
  if (shown.length === 0) {
    section.append(emptyState('No development matches these filters.',
      el('button', { type: 'button', onclick: clearFilters }, 'Clear the filters')));
    return section;
  }
  const details = el('aside', { class: 'details', 'aria-live': 'polite', 'aria-label': 'Selected development' });
  const select = (entry) => {
    showDetails(details, entry, names, time);
    section.querySelectorAll('.mark').forEach((mark) => mark.setAttribute('aria-pressed', String(mark.dataset.eventId === entry.eventId)));
    // the selection is shareable, but choosing a mark is not a new page in the browser's history
    rememberQuery({ event: entry.eventId });
  };
  section.append(
    el('p', { class: 'count' }, `${shown.length} of ${all.length} developments`),
    el('div', { class: 'chart-and-details' },
      el('div', { class: 'chart', tabindex: '-1' }, chart(shown, names, time, context.recent, select)),
      details),
    legend());
  const selected = shown.find((entry) => entry.eventId === query.get('event'));
  if (selected) {
    select(selected);
  } else {
    showDetails(details, null, names, time);
  }
  return section;
}

function nothingYet(time) {
  if (time.live) {
    return 'Nothing is recorded yet.';
  }
  return time.mode === 'knownAt' ? 'Parley had recorded nothing by then. Move the date later, or show what had happened by then.'
    : 'Nothing had happened by then. Move the date later.';
}

function matches(entry, filters) {
  return (!filters.track || entry.trackId === filters.track)
    && (!filters.type || entry.type === filters.type)
    && (!filters.actor || actorsIn(entry.event).some((actor) => actor.id === filters.actor));
}

function clearFilters() {
  updateQuery({ track: null, actor: null, type: null, event: null });
}

function filterForm(all, names, filters) {
  const actors = new Map();
  all.forEach((entry) => actorsIn(entry.event).forEach((actor) => actors.set(actor.id, actor.name)));
  const trackIds = [...new Set(all.map((entry) => entry.trackId))];
  const options = {
    track: trackIds.map((id) => [id, names.get(id) || id]),
    actor: [...actors.entries()].sort((a, b) => a[1].localeCompare(b[1])),
    type: [...new Set(all.map((entry) => entry.type))].sort().map((type) => [type, label(type)]),
  };
  const field = (name, text) => el('div', { class: 'field' },
    el('label', { for: `filter-${name}` }, text),
    el('select', { id: `filter-${name}`, name, onchange: (event) => updateQuery({ [name]: event.target.value, event: null }) },
      el('option', { value: '' }, 'All'),
      options[name].map(([value, shown]) => el('option', { value, selected: value === filters[name] }, shown))));
  return el('form', { class: 'filters', role: 'search', 'aria-label': 'Filter the timeline', onsubmit: (event) => event.preventDefault() },
    field('track', 'Track'), field('actor', 'Actor'), field('type', 'Type'),
    FILTERS.some((name) => filters[name]) ? el('button', { type: 'button', onclick: clearFilters }, 'Clear filters') : null);
}

/** The swimlanes: marks closer than MARK_SPACING in one lane stack into rows instead of overlapping. */
function chart(entries, names, time, recent, select) {
  const d3 = window.d3;
  const width = chartWidth();
  const dates = entries.map((entry) => new Date(entry.occurredAt));
  const [first, last] = d3.extent(dates);
  const x = d3.scaleUtc().domain([d3.utcDay.offset(first, -1), d3.utcDay.offset(last, 1)]).range([LABEL_WIDTH, width - 16]);
  const laneIds = [...new Set(entries.map((entry) => entry.trackId))];
  const lanes = laneIds.map((trackId) => stack(entries.filter((entry) => entry.trackId === trackId), x));
  let top = AXIS_HEIGHT;
  lanes.forEach((lane) => {
    lane.top = top;
    lane.height = lane.rows * MARK_SPACING + 2 * LANE_PADDING;
    top += lane.height;
  });
  const svg = d3.create('svg').attr('class', 'swimlanes').attr('width', width).attr('height', top + 4)
    .attr('role', 'group').attr('aria-label', `${entries.length} developments on ${lanes.length} tracks, in order of occurrence`);
  svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${AXIS_HEIGHT - 6})`)
    .call(axis(x, width));
  lanes.forEach((lane, index) => {
    const group = svg.append('g').attr('class', 'lane').attr('transform', `translate(0,${lane.top})`);
    group.append('rect').attr('class', index % 2 ? 'lane-band odd' : 'lane-band').attr('x', 0).attr('width', width).attr('height', lane.height);
    const name = names.get(lane.trackId) || lane.trackId;
    group.append('a').attr('href', linkTo(trackPath(lane.trackId), time)).attr('class', 'lane-label')
      .append('text').attr('x', 8).attr('y', LANE_PADDING + 10).text(name.length > 26 ? `${name.slice(0, 25)}…` : name)
      .append('title').text(name);
    lane.marks.forEach(({ entry, row, position }) => mark(group, entry, name, position, LANE_PADDING + 6 + row * MARK_SPACING, recent, select));
  });
  return svg.node();
}

/** Whole days as ticks while the chart spans weeks; d3's own month and year ticks beyond that. */
function axis(x, width) {
  const d3 = window.d3;
  const most = Math.max(2, Math.floor((width - LABEL_WIDTH) * MAX_TICKS_PER_PIXEL));
  const [start, end] = x.domain();
  const days = d3.utcDay.count(start, end);
  if (days > most * 7) {
    return d3.axisTop(x).ticks(most);
  }
  return d3.axisTop(x).ticks(d3.utcDay.every(Math.ceil(days / most))).tickFormat(d3.utcFormat('%-d %b %Y'));
}

/** The chart fills what the details panel leaves (it sits beside the chart on wide screens, below on narrow ones). */
function chartWidth() {
  const available = document.getElementById('view').clientWidth - 34;
  return Math.max(MIN_CHART_WIDTH, window.innerWidth >= 1000 ? available - 316 : available);
}

/**
 * Developments of one lane on the same day form a small grid centred on that day (at most
 * MAX_ROWS high), so a busy day stays readable instead of piling up or overlapping.
 */
function stack(entries, x) {
  const d3 = window.d3;
  const byDay = d3.group(entries, (entry) => d3.utcDay.floor(new Date(entry.occurredAt)).getTime());
  const marks = [];
  let rows = 1;
  byDay.forEach((sameDay) => {
    const height = Math.min(sameDay.length, MAX_ROWS);
    const columns = Math.ceil(sameDay.length / height);
    rows = Math.max(rows, height);
    sameDay.forEach((entry, index) => {
      const column = Math.floor(index / height);
      const position = x(new Date(entry.occurredAt)) + (column - (columns - 1) / 2) * MARK_SPACING;
      marks.push({ entry, row: index % height, position });
    });
  });
  return { trackId: entries[0].trackId, marks, rows };
}

function mark(lane, entry, trackName, position, y, recent, select) {
  const d3 = window.d3;
  const kind = category(entry.type);
  const metadata = entry.event.metadata || {};
  const text = `${label(entry.type)}, ${occurrence(entry.occurredAt, metadata.occurredAtPrecision)}, ${trackName}: ${metadata.summary || ''}`;
  const classes = ['mark', entry.corrected ? 'corrected' : '', recent.has(entry.eventId) ? 'new' : ''].filter(Boolean).join(' ');
  const group = lane.append('g').attr('class', classes).attr('transform', `translate(${position},${y})`)
    .attr('tabindex', 0).attr('role', 'button').attr('aria-pressed', 'false').attr('aria-label', text)
    .attr('data-event-id', entry.eventId).attr('data-type', entry.type).attr('data-track-id', entry.trackId)
    .on('click', () => select(entry))
    .on('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        select(entry);
      }
    });
  group.append('title').text(text);
  group.append('circle').attr('class', 'focus-ring').attr('r', 10);
  group.append('path').attr('d', d3.symbol(d3[kind.symbol], 80)()).attr('fill', kind.colour);
}

function legend() {
  const d3 = window.d3;
  return el('ul', { class: 'legend plain', 'aria-label': 'Legend' }, CATEGORIES.map((kind) => {
    const icon = d3.create('svg').attr('width', 16).attr('height', 16).attr('aria-hidden', 'true');
    icon.append('path').attr('transform', 'translate(8,8)').attr('d', d3.symbol(d3[kind.symbol], 80)()).attr('fill', kind.colour);
    return el('li', {}, icon.node(), kind.name);
  }), el('li', {}, el('span', { class: 'corrected-sample', 'aria-hidden': 'true' }), 'corrected since first recorded'));
}

function showDetails(panel, entry, names, time) {
  panel.replaceChildren();
  if (!entry) {
    panel.append(el('p', { class: 'hint' },
      'Select a mark (click it, or Tab to it and press Enter) to see its summary, actors, sources and confidence.'));
    return;
  }
  const metadata = entry.event.metadata || {};
  const actors = actorsIn(entry.event);
  panel.append(
    el('h2', {}, label(entry.type)),
    el('p', { class: 'summary' }, metadata.summary || ''),
    el('dl', { class: 'facts' },
      fact('Track', el('a', { href: linkTo(trackPath(entry.trackId), time) }, names.get(entry.trackId) || entry.trackId)),
      fact('Occurred', occurrence(entry.occurredAt, metadata.occurredAtPrecision)),
      fact('Recorded', moment(entry.recordedAt)),
      fact('Confidence', label(metadata.confidence || 'unrated')),
      fact('Actors', actors.length ? actors.map((actor) => actor.name).join(', ') : 'none named'),
      fact('Sources', sources(metadata.sources) || 'none given'),
      entry.corrected ? fact('Correction', 'Corrected after it was first recorded: this is the corrected version.') : null));
}
