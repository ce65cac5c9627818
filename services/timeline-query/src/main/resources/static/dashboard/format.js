// How dates, event types and actors read on screen. Dates are shown in UTC, like the API's.

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const MOMENT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short',
});

/** An occurrence as precisely as it was reported: "8 Oct 2025", "week of 6 Oct 2025", "October 2025". */
export function occurrence(instant, precision) {
  if (!instant) {
    return 'unknown';
  }
  const date = new Date(instant);
  switch (precision) {
    case 'instant':
      return MOMENT.format(date);
    case 'week':
      return `week of ${DAY.format(date)}`;
    case 'month':
      return MONTH.format(date);
    case 'approximate':
      return `about ${DAY.format(date)}`;
    default:
      return DAY.format(date);
  }
}

export function moment(instant) {
  return instant ? MOMENT.format(new Date(instant)) : 'unknown';
}

export function day(isoDate) {
  return DAY.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "hostage-list-exchanged" reads "Hostage list exchanged". */
export function label(wireName) {
  const text = String(wireName || '').replaceAll('-', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Event types grouped for the chart: each group has a colour (at least 3:1 against the white
 * background) and a shape, so the groups stay apart without colour too.
 */
export const CATEGORIES = [
  { id: 'meetings', name: 'Meetings and status', colour: '#005a9c', symbol: 'symbolCircle',
    test: (type) => /^(track|meeting|session|summit|talks|tracks)-/.test(type) },
  { id: 'participants', name: 'Participants and envoys', colour: '#8a4b00', symbol: 'symbolSquare',
    test: (type) => /^(participant|envoy)-/.test(type) },
  { id: 'positions', name: 'Positions, plans and proposals', colour: '#6a3d9a', symbol: 'symbolTriangle',
    test: (type) => /^(position|proposal|plan|document|commitment)-/.test(type) },
  { id: 'issues', name: 'Agenda and sticking points', colour: '#b0002a', symbol: 'symbolDiamond',
    test: (type) => /^(agenda-item|sticking-point)-/.test(type) },
  { id: 'exchanges', name: 'Exchanges, releases, truce, agreements', colour: '#00704f', symbol: 'symbolStar',
    test: (type) => /^(hostage|persons|truce|agreement)-/.test(type) },
  { id: 'other', name: 'Assessments and corrections', colour: '#4a4a4a', symbol: 'symbolCross', test: () => true },
];

export function category(type) {
  return CATEGORIES.find((candidate) => candidate.test(type));
}

/** Every actor an event names (parties, hosts, mediators, the actor stating a position...), once each. */
export function actorsIn(event) {
  const found = new Map();
  const visit = (value, key) => {
    if (key === 'metadata' || value === null || typeof value !== 'object') {
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item) => visit(item));
      return;
    }
    if (typeof value.id === 'string' && typeof value.name === 'string' && typeof value.kind === 'string') {
      found.set(value.id, value);
    }
    Object.entries(value).forEach(([childKey, child]) => visit(child, childKey));
  };
  visit(event);
  return [...found.values()];
}
