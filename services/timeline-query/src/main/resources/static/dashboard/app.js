// The dashboard's entry point: renders the view the URL names at the time it names, keeps the
// time-travel controls in step, and refreshes the live view when new developments have reached
// the projections.

import * as api from './api.js';
import { el, emptyState, errorState, loadingState, show } from './dom.js';
import { label } from './format.js';
import { LiveUpdates } from './live.js';
import { overviewView } from './overview.js';
import { TimePoint, currentRoute } from './route.js';
import { timelineView } from './timeline.js';
import { TimeTravelControl } from './timetravel.js';
import { trackView } from './track.js';

const VIEWS = {
  overview: { what: 'the tracks', title: 'Overview', build: overviewView },
  timeline: { what: 'the timeline', title: 'Timeline', build: timelineView },
  track: { what: 'the track', title: 'Track', build: trackView },
};
/** How long the live view waits for a new development to reach the projections before refreshing anyway. */
const PROJECTION_WAIT_MILLIS = 10_000;

const main = document.getElementById('view');
const notice = document.getElementById('notice');
const liveStatus = document.getElementById('live-status');
const today = new Date().toISOString().slice(0, 10);
const control = new TimeTravelControl(today);
const context = { recent: new Set() };
let renders = 0;
let shownPath = null;
let missedWhileAway = 0;

async function render({ quiet = false } = {}) {
  const route = currentRoute();
  const ticket = ++renders;
  control.show(route.time);
  markCurrentNavigation(route);
  const path = `${route.view}/${route.trackId}`;
  const newPage = path !== shownPath;
  shownPath = path;
  if (route.time.live) {
    missedWhileAway = 0;
    if (!quiet) {
      notice.replaceChildren();
    }
  }
  const view = VIEWS[route.view];
  if (!view) {
    document.title = 'Parley — not found';
    show(main, emptyState('There is no such page.', el('a', { href: '#/' }, 'Go to the overview')));
    return;
  }
  document.title = `Parley — ${view.title}${route.trackId ? `: ${route.trackId}` : ''}`;
  if (!quiet) {
    show(main, loadingState(view.what));
  }
  main.setAttribute('aria-busy', 'true');
  let content;
  try {
    content = await view.build(route, context);
  } catch (error) {
    content = errorState(view.what, error, () => render());
  }
  if (ticket !== renders) {
    return; // a later navigation has taken over
  }
  show(main, content);
  main.removeAttribute('aria-busy');
  if (newPage && !quiet) {
    main.focus({ preventScroll: true });
  }
}

function markCurrentNavigation(route) {
  document.querySelectorAll('nav a[data-view]').forEach((link) => {
    if (link.dataset.view === route.view) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
}

/** Tracks whose new events the live view waits for, by the sequence it waits for. */
const awaited = new Map();
let refreshing = false;

function onDevelopment(entry) {
  context.recent.add(entry.event.metadata.eventId);
  if (!currentRoute().time.live) {
    missedWhileAway += 1;
    show(notice, `${missedWhileAway} new development${missedWhileAway === 1 ? '' : 's'} recorded since; `,
      el('button', { type: 'button', onclick: () => control.choose(null) }, 'back to now'));
    return;
  }
  show(notice, `New: ${label(entry.type)} on ${entry.trackId}.`);
  awaited.set(entry.trackId, Math.max(awaited.get(entry.trackId) || 0, entry.sequence));
  if (!refreshing) {
    refreshWhenProjected();
  }
}

/** The query side sees an event once its projection has consumed it from Kafka: wait for that, briefly. */
async function refreshWhenProjected() {
  refreshing = true;
  while (awaited.size > 0) {
    const waitingFor = new Map(awaited);
    awaited.clear();
    const deadline = Date.now() + PROJECTION_WAIT_MILLIS;
    for (let pause = 100; Date.now() < deadline && !(await projected(waitingFor)); pause = Math.min(pause * 2, 1000)) {
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
    if (currentRoute().time.live) {
      await render({ quiet: true });
    }
  }
  refreshing = false;
}

async function projected(waitingFor) {
  const now = new TimePoint('asOf', null);
  const versions = await Promise.all([...waitingFor.keys()].map((trackId) => api.track(trackId, now, { developments: 0, entries: 0 })
    .then((track) => track.version, () => 0))); // a track not projected yet is not found
  return [...waitingFor.values()].every((sequence, index) => versions[index] >= sequence);
}

function onStatus(state, explanation) {
  liveStatus.dataset.state = state;
  liveStatus.textContent = `Live updates: ${state} (${explanation}).`;
}

// the fragment is the router's: the skip link moves the focus instead of changing it
document.querySelector('.skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', () => render());
api.firstOccurrence().then((first) => control.setRange(first), () => control.setRange(null)).finally(() => {
  render();
  new LiveUpdates({ onDevelopment, onStatus }).start();
});
