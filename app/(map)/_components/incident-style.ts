// How each incident type looks: Okabe–Ito colours (safe for the common colour-vision deficiencies), a letter and a
// shape per type, so no type is told apart by colour alone.
import type { IncidentType } from '@/lib/types';
import type { IncidentView } from '@/lib/data';

type Shape = 'circle' | 'diamond' | 'square';

interface TypeStyle {
  label: string;
  colour: string;
  /** Text colour with enough contrast on `colour`. */
  ink: string;
  letter: string;
  /** diamond: violence, square: security forces, circle: civic and political events. */
  shape: Shape;
}

export const TYPE_STYLE: Record<IncidentType, TypeStyle> = {
  protest: { label: 'Protest', colour: '#0072B2', ink: '#fff', letter: 'P', shape: 'circle' },
  riot: { label: 'Riot', colour: '#D55E00', ink: '#fff', letter: 'R', shape: 'diamond' },
  clash: { label: 'Clash', colour: '#E69F00', ink: '#000', letter: 'C', shape: 'diamond' },
  killing: { label: 'Killing', colour: '#000000', ink: '#fff', letter: 'K', shape: 'diamond' },
  injury: { label: 'Injury', colour: '#CC79A7', ink: '#000', letter: 'I', shape: 'diamond' },
  detention: { label: 'Detention', colour: '#56B4E9', ink: '#000', letter: 'D', shape: 'square' },
  arson: { label: 'Arson', colour: '#D55E00', ink: '#fff', letter: 'A', shape: 'diamond' },
  looting: { label: 'Looting', colour: '#E69F00', ink: '#000', letter: 'L', shape: 'diamond' },
  deployment: { label: 'Deployment', colour: '#009E73', ink: '#fff', letter: 'T', shape: 'square' },
  shutdown: { label: 'Shutdown', colour: '#6b6b6b', ink: '#fff', letter: 'X', shape: 'circle' },
  statement: { label: 'Statement', colour: '#F0E442', ink: '#000', letter: 'S', shape: 'circle' },
  resignation: { label: 'Resignation', colour: '#CC79A7', ink: '#000', letter: 'Q', shape: 'circle' },
  emergency: { label: 'Emergency', colour: '#D55E00', ink: '#fff', letter: 'E', shape: 'square' },
  policy: { label: 'Policy', colour: '#56B4E9', ink: '#000', letter: 'Y', shape: 'circle' },
  other: { label: 'Other', colour: '#999999', ink: '#000', letter: 'O', shape: 'circle' },
};

/** Icon radius in pixels: without casualties, and the most any casualty count adds. */
const RADIUS_PX = { base: 10, maxExtra: 10 } as const;

/** People killed or injured: what "severity" means for the icon size. */
export function casualties(incident: IncidentView): number {
  return (incident.figures.killed?.value ?? 0) + (incident.figures.injured?.value ?? 0);
}

/** Grows with the square root of casualties, so 100 dead reads bigger than 1 without swamping the map. */
export function incidentRadius(incident: IncidentView): number {
  return Math.round(RADIUS_PX.base + Math.min(RADIUS_PX.maxExtra, Math.sqrt(casualties(incident))));
}

/** Standalone SVG markup for a type's icon; only our constants go into it, never article text. */
export function incidentSvg(type: IncidentType, radius: number, selected = false): string {
  const style = TYPE_STYLE[type];
  const size = 2 * radius + 6;
  const c = size / 2;
  const stroke = selected ? 'stroke="#1f2933" stroke-width="3"' : 'stroke="#fff" stroke-width="2"';
  const body =
    style.shape === 'circle'
      ? `<circle cx="${c}" cy="${c}" r="${radius}" fill="${style.colour}" ${stroke}/>`
      : style.shape === 'square'
        ? `<rect x="${c - radius * 0.9}" y="${c - radius * 0.9}" width="${radius * 1.8}" height="${radius * 1.8}" rx="2" fill="${style.colour}" ${stroke}/>`
        : `<path d="M${c} ${c - radius * 1.15}L${c + radius * 1.15} ${c}L${c} ${c + radius * 1.15}L${c - radius * 1.15} ${c}Z" fill="${style.colour}" ${stroke}/>`;
  const fontSize = Math.max(9, Math.round(radius * 0.95));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true">` +
    body +
    `<text x="${c}" y="${c}" dy="0.35em" text-anchor="middle" font-size="${fontSize}" font-weight="700" ` +
    `font-family="system-ui,sans-serif" fill="${style.ink}">${style.letter}</text></svg>`
  );
}
