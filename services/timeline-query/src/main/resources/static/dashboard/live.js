// New developments as they are recorded, over Server-Sent Events from the command side's stream
// (GET /api/v1/events/stream). The stream names each event by its type, so the dashboard
// listens for every type the command service lists; the browser resumes after a dropped
// connection with Last-Event-ID by itself.

import * as api from './api.js';

export class LiveUpdates {
  constructor({ onDevelopment, onStatus }) {
    this.onDevelopment = onDevelopment;
    this.onStatus = onStatus;
  }

  async start() {
    let types;
    try {
      types = await api.eventTypes();
    } catch {
      this.onStatus('off', 'no event stream is served here');
      return;
    }
    // from=latest: what is already recorded is read from the projections, not replayed here
    const source = new EventSource('/api/v1/events/stream?from=latest');
    types.forEach((type) => source.addEventListener(type, (message) => this.receive(message)));
    source.addEventListener('open', () => this.onStatus('on', 'new developments appear as they are recorded'));
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CLOSED) {
        this.onStatus('off', 'the event stream closed; reload the page to try again');
      } else {
        this.onStatus('reconnecting', 'the event stream dropped; reconnecting');
      }
    });
  }

  receive(message) {
    let entry;
    try {
      entry = JSON.parse(message.data);
    } catch {
      return; // not an event of ours: nothing to show
    }
    this.onDevelopment(entry);
  }
}
