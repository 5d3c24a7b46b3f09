'use client';
// Layers drawn on one canvas for the whole map (places, actors and arcs beyond their DOM limits). Each canvas
// renderer is a <canvas> as large as the map, and a click reaches only the topmost one: with a canvas per layer, the
// places' canvas took every click meant for the actor spots or the other places under it. One renderer finds the
// layer under the pointer itself.
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { LayerGroup, useMap } from 'react-leaflet';

const CANVAS_PANE = 'mw-canvas';
/** Above the overlay pane (400) and below the marker pane (600), where the DOM place markers' panes are. */
const CANVAS_PANE_Z = 590;

const renderers = new WeakMap<L.Map, L.Canvas>();

/** The map's shared canvas renderer, made on first use. */
function sharedCanvas(map: L.Map): L.Canvas {
  let renderer = renderers.get(map);
  if (renderer === undefined) {
    const pane = map.getPane(CANVAS_PANE) ?? map.createPane(CANVAS_PANE);
    pane.style.zIndex = String(CANVAS_PANE_Z);
    renderer = L.canvas({ pane: CANVAS_PANE, padding: 0.5 });
    renderers.set(map, renderer);
  }
  return renderer;
}

/**
 * A layer group holding what `draw` makes with the shared canvas renderer, drawn again whenever `draw` changes
 * (keep it in a useCallback). Inside a LayersControl.Overlay, the control switches it on and off.
 */
export function CanvasGroup({ draw }: { draw: (renderer: L.Canvas) => L.Layer[] }) {
  const map = useMap();
  const group = useRef<L.LayerGroup>(null);
  useEffect(() => {
    const layer = group.current;
    if (layer === null) return;
    for (const item of draw(sharedCanvas(map))) layer.addLayer(item);
    return () => {
      layer.clearLayers();
    };
  }, [map, draw]);
  return <LayerGroup ref={group} />;
}
