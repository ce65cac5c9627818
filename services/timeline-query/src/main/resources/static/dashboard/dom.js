// Builds the page from data without ever parsing it as HTML: every text from the API becomes a
// text node or an attribute value, so a summary like <script>alert(1)</script> shows as typed.

/** An element with attributes (on* names become listeners) and children (nodes or plain text). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      node.className = value;
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  appendAll(node, children);
  return node;
}

function appendAll(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces a node's children with the given ones. */
export function show(node, ...children) {
  node.replaceChildren();
  appendAll(node, children);
}

/** A link target only for web addresses: a recorded "javascript:" URL stays text. */
export function webAddress(value) {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The three states every view can be in besides showing its data. */
export function loadingState(what) {
  return el('p', { class: 'state loading', role: 'status' }, `Loading ${what}…`);
}

export function emptyState(message, ...actions) {
  return el('div', { class: 'state empty' }, el('p', {}, message), actions);
}

export function errorState(what, error, retry) {
  return el('div', { class: 'state error', role: 'alert' },
    el('p', {}, `Could not load ${what}: ${error.message}`),
    retry ? el('button', { type: 'button', onclick: retry }, 'Try again') : null);
}

/** A term and its description, for a definition list. */
export function fact(term, description) {
  return [el('dt', {}, term), el('dd', {}, description)];
}
