// Marker event handlers shared by the map's layers.
import type L from 'leaflet';

/**
 * Click and keyboard handlers for a marker. Leaflet makes markers focusable buttons but only opens popups on Enter,
 * so Enter and Space are wired to the same action as a click here.
 */
export function activateMarker(action: () => void): L.LeafletEventHandlerFnMap {
  return {
    click: action,
    keypress: (e) => {
      const key = (e as L.LeafletKeyboardEvent).originalEvent.key;
      if (key === 'Enter' || key === ' ') action();
    },
  };
}
