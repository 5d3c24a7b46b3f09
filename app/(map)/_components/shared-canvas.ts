// One canvas for every layer the map draws on canvas (places, actors and arcs beyond their DOM limits). Each canvas
// renderer is a <canvas> as large as the map, and a click reaches only the topmost one: with a canvas per layer, the
// places' canvas took every click meant for the actor spots or the other places under it.
import L from 'leaflet';

const CANVAS_PANE = 'mw-canvas';
/** Above the overlay pane (400) and below the marker pane (600), where the DOM place markers' panes are. */
const CANVAS_PANE_Z = 590;

const renderers = new WeakMap<L.Map, L.Canvas>();

/** The map's shared canvas renderer, made on first use. */
export function sharedCanvas(map: L.Map): L.Canvas {
  let renderer = renderers.get(map);
  if (renderer === undefined) {
    const pane = map.getPane(CANVAS_PANE) ?? map.createPane(CANVAS_PANE);
    pane.style.zIndex = String(CANVAS_PANE_Z);
    renderer = L.canvas({ pane: CANVAS_PANE, padding: 0.5 });
    renderers.set(map, renderer);
  }
  return renderer;
}
