import type { IncidentType } from '@/lib/types';
import { TYPE_STYLE, incidentSvg } from './incident-style';

/** The map icon of a type as an <img>, for the legend, lists and the table (decorative: the label is beside it). */
export function TypeIcon({ type, size = 18 }: { type: IncidentType; size?: number }) {
  const src = `data:image/svg+xml,${encodeURIComponent(incidentSvg(type, 9))}`;
  // eslint-disable-next-line @next/next/no-img-element
  return <img className="mw-type-icon" src={src} width={size} height={size} alt="" data-type={type} title={TYPE_STYLE[type].label} />;
}
