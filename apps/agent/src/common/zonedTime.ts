/** Offset in minutes of `timeZone` from UTC at the instant `date`. */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/** An ISO instant as the `YYYY-MM-DDTHH:mm` wall time of `timeZone` (for datetime-local inputs). */
export function toZonedInput(iso: string | null, timeZone: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  const local = new Date(date.getTime() + zoneOffsetMinutes(date, timeZone) * 60_000);
  return local.toISOString().slice(0, 16);
}

/** A `YYYY-MM-DDTHH:mm` wall time in `timeZone` as an ISO UTC instant. */
export function fromZonedInput(value: string, timeZone: string): string | null {
  if (!value) return null;
  const [datePart, timePart = '00:00'] = value.split('T');
  const [year, month, day] = datePart.split('-').map(Number);
  const [hour, minute] = timePart.split(':').map(Number);
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  let instant = guess - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000;
  instant = guess - zoneOffsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant).toISOString();
}
