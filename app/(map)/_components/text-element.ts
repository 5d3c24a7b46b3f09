// Tooltip and popup content built as DOM text: Leaflet would parse a string as HTML, and the text comes from articles.

/** A span holding `text` as text. */
export function textElement(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}
