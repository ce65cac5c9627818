// The date control: a slider over every day from just before the first development to today, a
// date field for an exact day, "Now" for the live view, and the choice between what had happened
// by then (asOf) and what Parley knew then (knownAt). Each change goes to the URL.

import { updateQuery } from './route.js';

const DAY_MILLIS = 86_400_000;

function dayNumber(isoDate) {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MILLIS);
}

function isoDate(number) {
  return new Date(number * DAY_MILLIS).toISOString().slice(0, 10);
}

export class TimeTravelControl {
  constructor(today) {
    this.slider = document.getElementById('time-slider');
    this.date = document.getElementById('time-date');
    this.now = document.getElementById('time-now');
    this.label = document.getElementById('time-label');
    this.modes = [...document.querySelectorAll('input[name="time-mode"]')];
    this.preferredMode = 'asOf';
    this.today = today;
    this.setRange(today);
    this.slider.addEventListener('input', () => this.preview());
    this.slider.addEventListener('change', () => this.choose(this.sliderDate()));
    this.date.addEventListener('change', () => this.choose(this.date.value || null));
    this.now.addEventListener('click', () => this.choose(null));
    this.modes.forEach((radio) => radio.addEventListener('change', () => {
      this.preferredMode = radio.value;
      this.choose(this.date.value || null);
    }));
  }

  /** The slider starts the day before the first development, so one can go back to before it all. */
  setRange(firstOccurredAt) {
    const first = firstOccurredAt ? dayNumber(firstOccurredAt.slice(0, 10)) - 1 : dayNumber(this.today) - 30;
    this.slider.min = String(Math.min(first, dayNumber(this.today)));
    this.slider.max = String(dayNumber(this.today));
    this.date.min = isoDate(Number(this.slider.min));
    this.date.max = this.today;
  }

  /** Shows the route's time in the controls. */
  show(time) {
    if (!time.live) {
      this.preferredMode = time.mode;
    }
    this.modes.forEach((radio) => { radio.checked = radio.value === this.preferredMode; });
    const isDate = /^\d{4}-\d{2}-\d{2}$/.test(time.date || '');
    this.date.value = isDate ? time.date : '';
    this.slider.value = String(isDate ? dayNumber(time.date) : Number(this.slider.max));
    this.slider.setAttribute('aria-valuetext', time.live ? 'now' : time.date);
    this.now.disabled = time.live;
    this.label.textContent = time.describe();
  }

  sliderDate() {
    const value = Number(this.slider.value);
    return value >= Number(this.slider.max) ? null : isoDate(value);
  }

  preview() {
    const date = this.sliderDate();
    this.date.value = date || '';
    this.slider.setAttribute('aria-valuetext', date || 'now');
  }

  choose(date) {
    updateQuery({ asOf: null, knownAt: null, [this.preferredMode]: date });
  }
}
