// Where the dashboard is and when: everything lives in the URL's fragment, so a view can be
// shared or bookmarked, e.g. #/timeline?asOf=2025-10-07&type=position-stated or
// #/tracks/sharm-el-sheikh-talks?knownAt=2025-10-09.

import { day } from './format.js';

/** The moment every view shows: now (live), or the end of a date in one of the two meanings. */
export class TimePoint {
  constructor(mode, date) {
    this.mode = mode === 'knownAt' ? 'knownAt' : 'asOf';
    this.date = date || null;
  }

  get live() {
    return this.date === null;
  }

  /** The query parameters the API takes for it (docs/time-travel.md). */
  parameters() {
    return this.live ? {} : { [this.mode]: this.date };
  }

  describe() {
    if (this.live) {
      return 'Showing now, with live updates.';
    }
    const when = /^\d{4}-\d{2}-\d{2}$/.test(this.date) ? `the end of ${day(this.date)} (UTC)` : this.date;
    return this.mode === 'knownAt'
      ? `Showing only what Parley had recorded by ${when}, corrections made later left out.`
      : `Showing what had happened by ${when}, as Parley knows it now.`;
  }
}

export function currentRoute() {
  const fragment = window.location.hash.replace(/^#/, '') || '/';
  const separator = fragment.indexOf('?');
  const path = separator < 0 ? fragment : fragment.slice(0, separator);
  const query = new URLSearchParams(separator < 0 ? '' : fragment.slice(separator + 1));
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  let view = 'unknown';
  if (segments.length === 0) {
    view = 'overview';
  } else if (segments.length === 1 && segments[0] === 'timeline') {
    view = 'timeline';
  } else if (segments.length === 2 && segments[0] === 'tracks') {
    view = 'track';
  }
  const mode = query.has('knownAt') ? 'knownAt' : 'asOf';
  return { view, trackId: view === 'track' ? segments[1] : null, query, time: new TimePoint(mode, query.get(mode)) };
}

/** A link to a view that keeps the chosen time (and nothing else of the current query). */
export function linkTo(path, time) {
  const query = new URLSearchParams(time.parameters());
  const text = query.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}

export function trackPath(trackId) {
  return `/tracks/${encodeURIComponent(trackId)}`;
}

/** Changes query parameters of the current view (null removes one); the hashchange re-renders. */
export function updateQuery(changes) {
  window.location.hash = withQuery(changes);
}

/** The same change, kept in the URL without re-rendering or adding to the browser's history. */
export function rememberQuery(changes) {
  window.history.replaceState(null, '', `#${withQuery(changes)}`);
}

function withQuery(changes) {
  const route = currentRoute();
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') {
      route.query.delete(name);
    } else {
      route.query.set(name, value);
    }
  }
  const path = (window.location.hash.replace(/^#/, '') || '/').split('?')[0] || '/';
  const text = route.query.toString();
  return `${path}${text ? `?${text}` : ''}`;
}
