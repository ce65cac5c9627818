// The query API as the dashboard uses it; errors carry the problem document's own words.

/** A failed request: the HTTP status (0 when Parley could not be reached) and a readable message. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The most the timeline chart loads; beyond it the view says so and asks for filters. */
export const MAX_MARKS = 2000;

async function getJson(path, parameters = {}) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') {
      url.searchParams.set(name, value);
    }
  }
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    throw new ApiError(0, 'Parley did not answer; is it running?');
  }
  if (!response.ok) {
    throw new ApiError(response.status, await problemMessage(response));
  }
  return response.json();
}

async function problemMessage(response) {
  try {
    const problem = await response.json();
    const fields = (problem.errors || []).map((error) => `${error.field}: ${error.message}`);
    return [problem.detail || problem.title || `HTTP ${response.status}`, ...fields].join('; ');
  } catch {
    return `HTTP ${response.status}`;
  }
}

export function tracks(time) {
  return getJson('/api/v1/tracks', time.parameters());
}

/**
 * A track's view: {@code developments} latest developments, and {@code entries} latest entries of
 * each list of its state (either left out: the API's default of 100).
 */
export function track(trackId, time, { developments, entries } = {}) {
  return getJson(`/api/v1/tracks/${encodeURIComponent(trackId)}`, { ...time.parameters(), developments, entries });
}

/** Every development up to MAX_MARKS, following the pages; {@code truncated} when there were more. */
export async function timeline(time) {
  const developments = [];
  let after = null;
  do {
    const page = await getJson('/api/v1/timeline', { ...time.parameters(), limit: 500, after });
    developments.push(...page.developments);
    after = page.next;
  } while (after && developments.length < MAX_MARKS);
  return { developments: developments.slice(0, MAX_MARKS), truncated: Boolean(after) };
}

/** When the first development on record occurred, or null when there is none. */
export async function firstOccurrence() {
  const page = await getJson('/api/v1/timeline', { limit: 1 });
  return page.developments.length ? page.developments[0].occurredAt : null;
}

/** The event types the live stream names its events by (the command service lists them). */
export async function eventTypes() {
  return Object.keys(await getJson('/api/v1/command-schemas'));
}
