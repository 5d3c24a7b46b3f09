// YYYY-MM-DD → a Date at noon UTC, so that no time zone moves the day when dates are compared or counted.

/** @example toNoon('2022-01-07').toISOString() === '2022-01-07T12:00:00.000Z' */
export function toNoon(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}
