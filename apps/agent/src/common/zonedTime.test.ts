import { describe, expect, it } from 'vitest';
import { fromZonedInput, toZonedInput, zoneOffsetMinutes } from './zonedTime.ts';

describe('zoned time helpers', () => {
  it('knows Helsinki is UTC+2 in winter and UTC+3 in summer', () => {
    expect(zoneOffsetMinutes(new Date('2025-01-15T12:00:00Z'), 'Europe/Helsinki')).toBe(120);
    expect(zoneOffsetMinutes(new Date('2025-07-15T12:00:00Z'), 'Europe/Helsinki')).toBe(180);
  });

  it('shows an instant as wall time of the agent zone and back', () => {
    expect(toZonedInput('2025-07-15T12:00:00.000Z', 'Europe/Oslo')).toBe('2025-07-15T14:00');
    expect(fromZonedInput('2025-07-15T14:00', 'Europe/Oslo')).toBe('2025-07-15T12:00:00.000Z');
    expect(fromZonedInput('2025-01-15T09:30', 'Europe/Tallinn')).toBe('2025-01-15T07:30:00.000Z');
  });

  it('treats empty values as no date', () => {
    expect(toZonedInput(null, 'UTC')).toBe('');
    expect(fromZonedInput('', 'UTC')).toBeNull();
  });
});
