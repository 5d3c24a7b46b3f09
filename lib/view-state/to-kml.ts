// Incidents → KML 2.2 for Google Earth and GIS tools. Incidents without a place have no point and are left out.
import type { IncidentView } from '../data';

/**
 * A Document with one Placemark per located incident: title as name, quotes as description, date as TimeStamp.
 * @example toKml([riot], 'Mapwire incidents') // '<?xml version="1.0" encoding="UTF-8"?>\n<kml …'
 */
export function toKml(incidents: readonly IncidentView[], name: string): string {
  const placemarks = incidents
    .filter((i) => i.lat !== null && i.lon !== null)
    .map((incident) =>
      [
        `    <Placemark id="${escapeXml(incident.id)}">`,
        `      <name>${escapeXml(incident.title)}</name>`,
        `      <description>${escapeXml(describe(incident))}</description>`,
        incident.date === null ? null : `      <TimeStamp><when>${escapeXml(incident.date)}</when></TimeStamp>`,
        `      <ExtendedData><Data name="type"><value>${escapeXml(incident.type)}</value></Data></ExtendedData>`,
        `      <Point><coordinates>${incident.lon},${incident.lat}</coordinates></Point>`,
        '    </Placemark>',
      ]
        .filter((line) => line !== null)
        .join('\n'),
    );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<kml xmlns="http://www.opengis.net/kml/2.2">',
    '  <Document>',
    `    <name>${escapeXml(name)}</name>`,
    ...placemarks,
    '  </Document>',
    '</kml>',
    '',
  ].join('\n');
}

function describe(incident: IncidentView): string {
  const head = `${incident.type}${incident.place ? ` in ${incident.place.name}` : ''}${incident.date ? ` on ${incident.date}` : ''}`;
  return [head, ...incident.claims.map((c) => `“${c.quote}” (${c.source})`)].join('\n');
}

/** Article text is untrusted: every value is escaped, and characters XML 1.0 forbids are dropped. */
function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
