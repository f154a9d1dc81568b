/** IANA time zones the browser knows, with the common European ones first. */
export function timeZoneOptions(current: string): string[] {
  const preferred = ['Europe/Helsinki', 'Europe/Tallinn', 'Europe/Oslo', 'Europe/London', 'UTC'];
  let all: string[] = [];
  try {
    all = Intl.supportedValuesOf('timeZone');
  } catch {
    all = [];
  }
  const rest = all.filter((zone) => !preferred.includes(zone));
  const list = [...preferred, ...rest];
  return list.includes(current) ? list : [current, ...list];
}
