/**
 * iCalendar checks beyond what ical.js parses (see TESTING.md): CRLF line
 * ends, no line over 75 octets, VERSION and PRODID, unique UIDs, DTSTAMP and
 * DTSTART on every event, date values that round-trip, DTEND >= DTSTART.
 */
import ICAL from 'ical.js';

export interface IcsEvent {
  uid: string;
  summary: string;
  description: string;
  url: string;
  start: string;
  end: string;
}

export function checkIcs(text: string): { events: IcsEvent[]; problems: string[] } {
  const problems: string[] = [];
  const lines = text.split('\r\n');
  if (text.replace(/\r\n/g, '').includes('\n')) problems.push('a line ends without CR LF');
  lines.forEach((line, i) => {
    if (Buffer.byteLength(line, 'utf8') > 75) problems.push(`line ${i + 1} is longer than 75 octets`);
  });
  const cal = new ICAL.Component(ICAL.parse(text));
  if (cal.getFirstPropertyValue('version') !== '2.0') problems.push('VERSION is not 2.0');
  if (!cal.getFirstPropertyValue('prodid')) problems.push('PRODID missing');
  const events: IcsEvent[] = [];
  const uids = new Set<string>();
  for (const v of cal.getAllSubcomponents('vevent')) {
    const uid = String(v.getFirstPropertyValue('uid') ?? '');
    if (!uid) problems.push('event without UID');
    if (uids.has(uid)) problems.push(`duplicate UID ${uid}`);
    uids.add(uid);
    if (!v.getFirstPropertyValue('dtstamp')) problems.push(`${uid}: DTSTAMP missing`);
    const start = v.getFirstPropertyValue('dtstart') as ICAL.Time | null;
    const end = v.getFirstPropertyValue('dtend') as ICAL.Time | null;
    if (!start) {
      problems.push(`${uid}: DTSTART missing`);
      continue;
    }
    const startText = start.toString();
    if (!/^\d{4}-\d{2}-\d{2}/.test(startText) || ICAL.Time.fromDateString(startText.slice(0, 10)).toString() !== startText.slice(0, 10)) {
      problems.push(`${uid}: DTSTART ${startText} does not round-trip`);
    }
    if (end && end.compare(start) < 0) problems.push(`${uid}: DTEND before DTSTART`);
    events.push({
      uid,
      summary: String(v.getFirstPropertyValue('summary') ?? ''),
      description: String(v.getFirstPropertyValue('description') ?? ''),
      url: String(v.getFirstPropertyValue('url') ?? ''),
      start: startText,
      end: end?.toString() ?? '',
    });
  }
  return { events, problems };
}
